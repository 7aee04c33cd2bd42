import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, from the npm package (never a CDN). */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, which GB/T 37668-2019 follows. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** A violation that fails the audit: `serious` or `critical`; the others are listed, not failed. */
export const isBlocking = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';

/**
 * Runs axe-core over the page as it is now, with the WCAG 2.1 AA tags. The bundle is evaluated through the
 * DevTools protocol, so the app's Content-Security-Policy (script-src 'self') does not have to be loosened for it.
 */
export async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'minor',
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240) })),
    }));
  }, WCAG_TAGS);
}

/** One line per violation and node, for the test's output. */
export const describeViolations = (where: string, violations: Violation[]) =>
  violations.flatMap((v) => [`${where}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.length})`, ...v.nodes.map((n) => `    ${n.target} :: ${n.summary}`)]);
