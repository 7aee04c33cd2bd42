import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What `vite build` wrote about its chunks (vite.config.ts, qd-bundle-report); npm test builds before it tests. */
interface Chunk {
  file: string;
  initial: boolean;
  /** Loaded up front by the public portal's page (dist/portal/index.html). */
  portal: boolean;
  gzip: number;
  modules: { id: string; bytes: number }[];
}
const reportFile = path.resolve('dist/.vite/bundle.json');

/** Issue 13: 1.3 × a bare react-admin 5 + MUI app built the same way (374.6 KB gzipped). */
const INITIAL_BUDGET = 490 * 1024;

describe('the admin bundle', () => {
  if (!fs.existsSync(reportFile)) throw new Error(`${reportFile} is missing: run \`npx vite build\` first (npm test does)`);
  const chunks: Chunk[] = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const initial = chunks.filter((c) => c.initial);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

  it(`loads at most ${kb(INITIAL_BUDGET)} of gzipped JavaScript before any route renders`, () => {
    const size = initial.reduce((s, c) => s + c.gzip, 0);
    const total = chunks.reduce((s, c) => s + c.gzip, 0);
    console.log(`admin JavaScript, gzipped: initial ${kb(size)} in ${initial.length} file(s), total ${kb(total)} in ${chunks.length}`);
    expect(size).toBeLessThanOrEqual(INITIAL_BUDGET);
  });

  it('leaves the data grid, the spreadsheet and CSV readers to the screens that use them', () => {
    const upFront = initial.flatMap((c) => c.modules.map((m) => m.id)).filter((id) => /node_modules\/(@mui\/x-data-grid|exceljs|papaparse)\//.test(id));
    expect(upFront).toEqual([]);
    // …and they are in the bundle, on demand (the check sees real module ids).
    expect(chunks.some((c) => !c.initial && c.modules.some((m) => m.id.includes('node_modules/@mui/x-data-grid/')))).toBe(true);
  });

  it('holds no server module: from api/ only the pure ones it shares (domain rules, permissions, the file columns)', () => {
    const server = chunks
      .flatMap((c) => c.modules.map((m) => m.id))
      .filter((id) => id.startsWith('api/') && !/^api\/(domain|permissions)\/|^api\/io\/columns\.ts$/.test(id));
    expect(server).toEqual([]);
    expect(chunks.some((c) => c.modules.some((m) => m.id.startsWith('api/domain/')))).toBe(true);
  });
});

describe('the public portal bundle', () => {
  const chunks: Chunk[] = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (cs: Chunk[]) => cs.reduce((s, c) => s + c.gzip, 0);

  it('loads at most a third of the admin’s first-load JavaScript (issue 14), and neither react-admin nor MUI', () => {
    const portal = chunks.filter((c) => c.portal);
    const admin = sum(chunks.filter((c) => c.initial));
    console.log(`portal JavaScript, gzipped: initial ${kb(sum(portal))} in ${portal.length} file(s); admin initial ${kb(admin)}`);
    expect(portal.some((c) => c.modules.some((m) => m.id.startsWith('portal/')))).toBe(true);
    expect(sum(portal)).toBeLessThanOrEqual(admin / 3);
    const heavy = portal
      .flatMap((c) => c.modules.map((m) => m.id))
      .filter((id) => /node_modules\/(@mui|@emotion|react-admin|ra-core|ra-ui-materialui)\//.test(id));
    expect(heavy).toEqual([]);
  });

  it('is its own page, dist/portal/index.html, loading only the portal’s chunks', () => {
    const html = fs.readFileSync(path.resolve('dist/portal/index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((f) => chunks.find((c) => c.file === f)?.portal)).toBe(true);
  });
});
