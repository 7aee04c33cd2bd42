import fs from 'node:fs';
import { buildTemplate } from './template.js';

/** Vitest global setup: one template database per run (see template.ts). */
export default async function setup() {
  const { file } = await buildTemplate();
  if (file) process.env.QD_TEMPLATE_FILE = file;
  return () => {
    if (file) fs.rmSync(file, { force: true });
  };
}
