// A citizen's journey in a real Chromium: search "实验动物" on the portal, open the guide,
// see the materials table; then the same guide at phone width. Screenshots are kept
// in test/e2e/artifacts/ for people to look at.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startServer, stop, type RunningServer } from '../support/server-process.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

describe('portal journey in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-e2e-'));
    await fs.mkdir(ARTIFACTS, { recursive: true });
    server = await startServer({ DATA_DIR: dataDir, ADMIN_TOKEN: 'e2e-admin-token' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stop(server);
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('searches 实验动物, opens the guide and sees the materials table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(server.url + '/');
    await page.getByTestId('home-search').fill('实验动物');
    await page.getByTestId('home-search').press('Enter');
    await page.waitForURL(/\/items\?/);
    const results = page.getByTestId('item-result');
    // Wait until both licences are rendered (not just their placeholders).
    await expect.poll(async () => (await results.allInnerTexts()).join('\n')).toContain('实验动物生产许可证核发');
    await expect.poll(async () => (await results.allInnerTexts()).join('\n')).toContain('实验动物使用许可证核发');

    await page.getByRole('link', { name: '实验动物生产许可证核发' }).first().click();
    await expect.poll(() => page.getByTestId('guide-title').innerText()).toContain('实验动物生产许可证核发');
    const table = page.getByTestId('materials-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    expect(await table.innerText()).toContain('实验动物质量');
    await page.screenshot({ path: path.join(ARTIFACTS, 'guide-desktop.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('shows the guide usably at phone width (掌上办)', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', isMobile: true });
    const list = await (await fetch(`${server.url}/api/catalog/items?q=${encodeURIComponent('高新技术企业认定')}`)).json();
    await page.goto(`${server.url}/items/${list.items[0].code}`);
    await expect.poll(() => page.getByTestId('guide-title').innerText()).toContain('高新技术企业认定');
    await page.getByTestId('materials-table').waitFor();
    // Nothing wider than the screen: the page does not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'guide-phone.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
