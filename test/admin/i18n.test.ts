import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../admin/i18n/zh.js';
import { en } from '../../admin/i18n/en.js';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

const zhKeys = new Set(keys(zh as Tree));
const enKeys = new Set(keys(en as Tree));

const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
const adminFiles = sources(path.resolve('admin')).filter((f) => !f.includes(`${path.sep}i18n${path.sep}`));

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    const own = (k: string) => !k.startsWith('ra.');
    expect([...zhKeys].filter((k) => own(k) && !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('put Chinese on every react-admin message (no English left over from the v4 pack)', () => {
    const ra = (zh as Tree).ra as Tree;
    const english = keys(ra, 'ra.').filter((k) => {
      const value = k
        .split('.')
        .slice(1)
        .reduce<string | Tree>((t, part) => (t as Tree)[part], ra) as string;
      const text = value.replace(/%\{\w+\}/g, '');
      return /^[\x20-\x7e]*$/.test(text) && /[a-z]{3}/i.test(text);
    });
    // Kept in English on purpose: technical words with no everyday Chinese equivalent.
    expect(english).toEqual(['ra.configurable.inspector.title']);
  });

  it('cover every qd.* key the admin uses', () => {
    const used = new Set(adminFiles.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/['"`](qd\.[a-z_.]+[a-z_])['"`]/g)].map((m) => m[1])));
    const known = (k: string) => zhKeys.has(k) || [...zhKeys].some((z) => z.startsWith(`${k}.`));
    expect([...used].filter((k) => !known(k))).toEqual([]);
  });

  it('keep Chinese text out of the components (it belongs in i18n/zh.ts)', () => {
    const offenders = adminFiles.filter(
      (f) => !f.endsWith('i18nProvider.ts') && /[\u4e00-\u9fff]/.test(fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});
