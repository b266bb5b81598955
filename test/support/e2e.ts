// The set-up every browser journey shares: the real server started as `npm start` does with a
// fresh DATA_DIR, Debian's Chromium, pages in contexts of their own (zh-CN, a desktop viewport
// unless asked otherwise), signing in on the bundled identity provider's page, and everything
// closed and removed after the file. Call useBrowserJourney() at the top of a describe block;
// it registers the beforeAll/afterAll hooks, and what it returns is usable inside tests (and in
// hooks registered after it).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startServer, stop, type RunningServer } from './server-process.ts';

/** Screenshots are kept here for people to look at. */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../e2e/artifacts');
/** Every demo account's password. */
export const DEMO_PASSWORD = 'Demo@2026';

export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserJourneyOptions {
  /** Names the temporary data folder and the default admin token. */
  name: string;
  /** ADMIN_TOKEN of the server (default `e2e-<name>-journey-token`). */
  adminToken?: string;
  /** The viewport of newPage() when none is given (default 1280 × 900). */
  viewport?: Viewport;
}

export interface BrowserJourney {
  /** The server's public address (http://localhost:port): cookies and the OIDC callback are bound to it. */
  readonly base: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly adminToken: string;
  /** A page in a fresh context (no cookies shared with other pages), closed after the file. */
  newPage(viewport?: Viewport, extra?: BrowserContextOptions): Promise<Page>;
  /** Fills the identity provider's login form (#username, #password) and submits it. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** A new page signed in as `username` through /auth/login, showing `urlPath`. */
  signedInPage(username: string, urlPath: string): Promise<Page>;
  /** A new page on 工作台, signed in from its sign-in prompt as staff do. */
  workbenchPage(username: string): Promise<Page>;
  /** On an item's guide, anonymous: 在线办理 goes through the login as `username` and lands on the item's form. */
  applyOnline(page: Page, username: string, itemCode: string, itemName: string): Promise<void>;
}

/** Shared machines are slow to start the server cold (it migrates and seeds); these limits are generous. */
const START_MS = 240_000;
const HOOK_MS = 300_000;

export function useBrowserJourney(opts: BrowserJourneyOptions): BrowserJourney {
  const adminToken = opts.adminToken ?? `e2e-${opts.name}-journey-token`;
  const defaultViewport = opts.viewport ?? { width: 1280, height: 900 };
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  const contexts: BrowserContext[] = [];
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`the browser journey's ${what} is not there yet (use it inside tests)`);
    return v;
  };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `kzt-e2e-${opts.name}-`));
    await fs.mkdir(ARTIFACTS, { recursive: true });
    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: adminToken }, START_MS);
    browser = await launchChromium();
  }, HOOK_MS);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    if (server) await stop(server);
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  const journey: BrowserJourney = {
    get base() {
      return `http://localhost:${ready(server, 'server').port}`;
    },
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    adminToken,
    async newPage(viewport = defaultViewport, extra = {}) {
      const context = await ready(browser, 'browser').newContext({ viewport, locale: 'zh-CN', ...extra });
      contexts.push(context);
      return context.newPage();
    },
    async signIn(page, username, password = DEMO_PASSWORD) {
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(password);
      await page.locator('#login-submit').click();
    },
    async signedInPage(username, urlPath) {
      const page = await journey.newPage();
      await page.goto(`${journey.base}/auth/login?returnTo=${encodeURIComponent(urlPath)}`);
      await page.waitForURL(/\/idp\//);
      await journey.signIn(page, username);
      await page.waitForURL(`${journey.base}${urlPath}`);
      return page;
    },
    async workbenchPage(username) {
      const page = await journey.newPage();
      await page.goto(`${journey.base}/workbench`);
      await page.getByTestId('sign-in-required').click();
      await page.waitForURL(/\/idp\//);
      await journey.signIn(page, username);
      await page.waitForURL(`${journey.base}/workbench`);
      return page;
    },
    async applyOnline(page, username, itemCode, itemName) {
      await page.getByTestId('apply-online').click();
      await page.waitForURL(/\/idp\//);
      await journey.signIn(page, username);
      await page.waitForURL(`${journey.base}/items/${itemCode}/apply`);
      await page.getByTestId('apply-title').filter({ hasText: itemName }).waitFor();
    },
  };
  return journey;
}
