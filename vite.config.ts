/// <reference types="vitest/config" />
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes dist/.vite/bundle.json: each chunk with its gzipped size, whether index.html loads it up front (the entry
 * and what it imports statically), and the source modules in it (with their minified bytes). test/structure/bundle.test.ts reads it to hold the
 * first load's weight and to check that no server module reaches the browser. (Dot-folders are not served.)
 */
const bundleReport = (): Plugin => ({
  name: 'qd-bundle-report',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const initial = new Set<string>();
    const visit = (file: string) => {
      if (initial.has(file)) return;
      initial.add(file);
      chunks.find((c) => c.fileName === file)?.imports.forEach(visit);
    };
    chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
    const report = chunks.map((c) => ({
      file: c.fileName,
      initial: initial.has(c.fileName),
      gzip: gzipSync(c.code).length,
      modules: Object.entries(c.modules).map(([id, m]) => ({
        id: path.relative(import.meta.dirname, id.replace(/^\0/, '').replace(/\?.*$/, '')),
        bytes: m.renderedLength,
      })),
    }));
    this.emitFile({ type: 'asset', fileName: '.vite/bundle.json', source: JSON.stringify(report, null, 1) });
  },
});

// The admin lives in admin/ and builds to dist/, which the API server serves at /.
// In development (npm run dev) Vite proxies /api to the API server on port 3000.
export default defineConfig({
  root: 'admin',
  plugins: [react(), bundleReport()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // The frame every page needs (React, MUI, react-admin, the router, forms, queries) in one chunk, rather than
        // dozens of small shared ones the browser would fetch one by one; the pages stay split (lazyView).
        codeSplitting: {
          groups: [
            {
              name: 'frame',
              test: /node_modules[\\/](react|react-dom|scheduler|@mui[\\/](material|system|utils|styled-engine|private-theming|core-downloads-tracker)|@emotion|@popperjs|ra-core|ra-ui-materialui|react-admin|ra-i18n-polyglot|node-polyglot|react-router|react-router-dom|@remix-run|react-hook-form|@tanstack|lodash|inflection|query-string|jsonexport|react-transition-group|clsx|prop-types|react-is|hoist-non-react-statics|stylis|@babel[\\/]runtime)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  test: {
    root: '.',
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A screen may first fetch its code (views load on demand) and then its data: polls wait up to 10 s.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
  },
});
