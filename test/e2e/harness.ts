import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createApp } from '../../api/app.js';
import { Store, type Clock } from '../../api/store/store.js';
import type { Db } from '../../api/store/db.js';
import { openTestDb } from '../support/template.js';

export const DEMO_PASSWORD = 'Demo#2026';

/** Debian's Chromium; never a downloaded browser. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};

const DIST = path.resolve('dist');

const RAW_KEY = /\b(?:resources|qd|ra)\.[A-Za-z_]+\.[A-Za-z_.]+/;

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** The server's database, for a fixture no demo account can make through the API. */
  db: Db;
  /** A fresh browser context (its own cookies and local storage: its own session and language). */
  newPage(): Promise<Page>;
  /**
   * Saves a full-page PNG (or, with `fullPage: false`, the window as the user sees it: a scrolled page's sticky app
   * bar stays at its top) as test-results/e2e/<suite>/<name>.png and returns its path; fails when the screen
   * shows an untranslated key (resources.users.fields.role, qd.roles.admin, ra.action.save).
   */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app in-process: a fresh seeded database, the API and the built admin (dist/) on a free port,
 * and Chromium to drive it. `suite` names the folder the screenshots go to; `clock`, when given, is the server's.
 */
export async function startHarness(suite: string, clock?: Clock): Promise<Harness> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` before the e2e tests');
  const db: Db = await openTestDb();
  const app = createApp({
    store: new Store(db, clock),
    staticDir: DIST,
    login: { maxFailures: 5, lockMs: 900_000, perAddress: { windowMs: 60_000, limit: 10_000 } },
    publicApi: { perAddress: { windowMs: 60_000, limit: 100_000 } },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM);
  const contexts: BrowserContext[] = [];
  const shots = path.resolve('test-results', 'e2e', suite);
  fs.mkdirSync(shots, { recursive: true });

  return {
    baseUrl,
    browser,
    db,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },
    async screenshot(page, name, { fullPage = true } = {}) {
      const file = path.join(shots, `${name}.png`);
      await page.screenshot({ path: file, fullPage, animations: 'disabled' });
      const rawKey = (await page.locator('body').innerText()).match(RAW_KEY);
      if (rawKey && !name.startsWith('FAILED')) throw new Error(`screen ${name} shows the untranslated key ${rawKey[0]}`);
      return file;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** Signs in through the login page and waits for the layout's menu. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/#/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('.RaSidebar-fixed, .RaMenu-open, [class*="RaMenu-"]').first().waitFor();
}

/**
 * Menu entries' labels as shown: not the count badge on an icon when something waits there, nor what only a screen
 * reader hears (the count in words).
 */
export const shownLabels = (items: Locator): Promise<string[]> =>
  items.evaluateAll((links) =>
    links
      .map((a) => {
        const copy = a.cloneNode(true) as HTMLElement;
        const hidden = [...a.querySelectorAll('*')].map((e) => e.classList.contains('MuiBadge-badge') || getComputedStyle(e).clip.startsWith('rect'));
        [...copy.querySelectorAll('*')].filter((_, i) => hidden[i]).forEach((e) => e.remove());
        return (copy.textContent ?? '').trim();
      })
      .filter(Boolean),
  );

/** The sidebar's entries, as shown. */
export async function menuEntries(page: Page): Promise<string[]> {
  const items = page.locator('[class*="RaMenu-"] a[role="menuitem"], [class*="RaMenu-"] a');
  await items.first().waitFor();
  return shownLabels(items);
}

/** Picks `option` in the MUI select labelled `label`. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}
