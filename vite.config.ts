/// <reference types="vitest/config" />
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes dist/.vite/bundle.json: each chunk with its gzipped size, whether the admin's index.html (`initial`) or the
 * portal's (`portal`) loads it up front (the entry and what it imports statically), and the source modules in it (with their minified bytes). test/structure/bundle.test.ts reads it to hold the
 * first load's weight and to check that no server module reaches the browser. (Dot-folders are not served.)
 */
const bundleReport = (): Plugin => ({
  name: 'qd-bundle-report',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    /** What an entry's page loads up front: the entry and what it imports statically. */
    const upFront = (entry: string) => {
      const files = new Set<string>();
      const visit = (file: string) => {
        if (files.has(file)) return;
        files.add(file);
        chunks.find((c) => c.fileName === file)?.imports.forEach(visit);
      };
      chunks.filter((c) => c.isEntry && c.name === entry).forEach((c) => visit(c.fileName));
      return files;
    };
    const initial = upFront('admin');
    const portal = upFront('portal');
    const report = chunks.map((c) => ({
      file: c.fileName,
      initial: initial.has(c.fileName),
      portal: portal.has(c.fileName),
      gzip: gzipSync(c.code).length,
      modules: Object.entries(c.modules).map(([id, m]) => ({
        id: path.relative(import.meta.dirname, id.replace(/^\0/, '').replace(/\?.*$/, '')),
        bytes: m.renderedLength,
      })),
    }));
    this.emitFile({ type: 'asset', fileName: '.vite/bundle.json', source: JSON.stringify(report, null, 1) });
  },
});

// The admin lives in admin/ and builds to dist/, which the API server serves at /; the public portal (portal/, no
// react-admin, no MUI) is a second entry, dist/portal/index.html, served at /public/.
// In development (npm run dev) Vite proxies /api to the API server on port 3000.
/**
 * Both entries' pages are built from the project root (Vite names an HTML output after its path under the root, and
 * refuses one outside it); the admin's page is then written as dist/index.html, where the server and the tests
 * expect it, and the portal's stays dist/portal/index.html. In development (vite) the admin is at /admin/.
 */
const adminAtRoot = (): Plugin => ({
  name: 'qd-admin-at-root',
  apply: 'build',
  writeBundle(options) {
    const dir = options.dir ?? 'dist';
    fs.renameSync(path.join(dir, 'admin/index.html'), path.join(dir, 'index.html'));
    fs.rmdirSync(path.join(dir, 'admin'));
  },
});

export default defineConfig({
  root: '.',
  plugins: [react(), adminAtRoot(), bundleReport()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { admin: path.resolve(import.meta.dirname, 'admin/index.html'), portal: path.resolve(import.meta.dirname, 'portal/index.html') },
      output: {
        // The frame every page needs (React, MUI, react-admin, the router, forms, queries) in one chunk, rather than
        // dozens of small shared ones the browser would fetch one by one; the pages stay split (lazyView).
        codeSplitting: {
          groups: [
            // React itself, shared by the admin and the portal: its own chunk, so the portal never loads the admin's frame.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run)[\\/]/, priority: 2 },
            {
              name: 'frame',
              priority: 1,
              test: /node_modules[\\/](react|react-dom|scheduler|@mui[\\/](material|system|utils|styled-engine|private-theming|core-downloads-tracker)|@emotion|@popperjs|ra-core|ra-ui-materialui|react-admin|ra-i18n-polyglot|node-polyglot|react-router|react-router-dom|@remix-run|react-hook-form|@tanstack|lodash|inflection|query-string|jsonexport|react-transition-group|clsx|prop-types|react-is|hoist-non-react-statics|stylis|@babel[\\/]runtime)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' }, open: '/admin/' },
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
