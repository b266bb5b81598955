// A citizen's journey in a real Chromium: search "实验动物" on the portal, open the guide,
// see the materials table; then the same guide at phone width. Screenshots are kept
// in test/e2e/artifacts/ for people to look at.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney, type BrowserJourney } from '../support/e2e.ts';

describe('portal journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'portal' });
  let server: BrowserJourney['server'];
  beforeAll(() => void (server = journey.server));

  it('searches 实验动物, opens the guide and sees the materials table', async () => {
    const page = await journey.newPage();
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
    const page = await journey.newPage({ width: 375, height: 812 }, { isMobile: true });
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
