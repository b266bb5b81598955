// An administrator's journey in a real Chromium: log in (a wrong token first), try to give a
// 即办件 a time limit and be refused, change the promised days of another item, publish the
// draft, compare the two versions, and see the new limit on the public guide; then a citizen
// opens a blank form from a guide's 空白表格 link. Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';

/** 科技成果登记 is a 即办件: its promised days must stay 0. */
const INSTANT_ITEM = '科技成果登记';
/** 科技保险补助 has no statutory limit and promises 30 working days: any 1–365 is valid. */
const EDITED_ITEM = '科技保险补助';
const OLD_DAYS = 30;
const NEW_DAYS = 25;
/** An item whose first material (申请书) has a blank form. */
const TEMPLATE_ITEM = '实验动物生产许可证核发';
const TEMPLATE_MATERIAL = '实验动物生产许可证申请书';

/** Opens an item's editor from the admin list and shows its 时限与收费 tab. */
async function openEditor(page: Page, itemName: string): Promise<void> {
  await page.getByTestId('admin-items-table').getByRole('link', { name: itemName, exact: true }).click();
  await page.getByRole('heading', { name: itemName }).waitFor();
  // The button's name carries its icon's ("edit 编辑"); an item with a draft says 编辑草稿 instead.
  await page.getByRole('button', { name: /编辑$/ }).click();
  await page.getByRole('heading', { name: `编辑：${itemName}` }).waitFor();
  await page.getByRole('tab', { name: '时限与收费' }).click();
  await page.getByLabel('承诺办结时限（工作日）').waitFor();
}

/** The public guide's 承诺办结时限 cell. */
const promisedCell = (page: Page) =>
  page.locator('th', { hasText: '承诺办结时限' }).locator('xpath=following-sibling::td[1]');

describe('admin journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'admin' });

  it('edits, publishes and compares a version, then opens a blank form from a guide', async () => {
    const page = await journey.newPage();
    const context = page.context();
    const server = journey.server;

    // 1. Log in: a wrong token is refused in Chinese, the right one lets us in.
    await page.goto(server.url + '/admin');
    await page.waitForURL(/\/admin\/login$/);
    await page.getByTestId('admin-token').fill('not-the-admin-token');
    await page.getByTestId('admin-login').click();
    await page.getByRole('alert').filter({ hasText: '管理令牌无效' }).waitFor();
    await page.getByTestId('admin-token').fill(journey.adminToken);
    await page.getByTestId('admin-login').click();
    await page.waitForURL(/\/admin\/items$/);
    await page.getByTestId('admin-items-table').getByRole('link', { name: EDITED_ITEM, exact: true }).waitFor();

    // 2a. 科技成果登记 is handled on the spot: a time limit other than 0 is refused, nothing is saved.
    await openEditor(page, INSTANT_ITEM);
    const instantDays = page.getByLabel('承诺办结时限（工作日）');
    expect(await instantDays.inputValue()).toBe('0');
    await instantDays.fill('5');
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-issues').filter({ hasText: '即办件的承诺时限应为 0' }).waitFor();
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.getByRole('heading', { name: INSTANT_ITEM }).waitFor();
    await page.getByRole('menuitem', { name: '事项管理' }).click();
    await page.waitForURL(/\/admin\/items$/);

    // 2b. 科技保险补助: 30 → 25 working days, saved as a draft.
    await openEditor(page, EDITED_ITEM);
    const days = page.getByLabel('承诺办结时限（工作日）');
    expect(await days.inputValue()).toBe(String(OLD_DAYS));
    await days.fill(String(NEW_DAYS));
    await page.getByTestId('editor-save').click();
    await page.waitForURL(/\/admin\/items\/\d+$/);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    // 3. Publish the draft (第 2 版).
    const publish = page.getByTestId('publish-draft');
    await expect.poll(() => publish.isEnabled(), { timeout: 15_000 }).toBe(true);
    await publish.click();
    await page.getByRole('button', { name: '确认发布', exact: true }).click();
    await page.getByText('第 2 版已发布').waitFor();
    await expect.poll(() => publish.isDisabled(), { timeout: 15_000 }).toBe(true);

    // 4. Two versions in the history; their diff is exactly the promised days, 30 → 25.
    const history = page.getByTestId('version-history');
    await history.getByRole('row').filter({ hasText: '第 2 版' }).filter({ hasText: '现行版本' }).waitFor();
    await history.getByRole('row').filter({ hasText: '第 1 版' }).filter({ hasText: '历史版本' }).waitFor();
    expect(await history.getByRole('row').filter({ hasText: /第 \d+ 版/ }).count()).toBe(2);

    await page.getByRole('button', { name: '对比', exact: true }).click();
    const diff = page.getByTestId('diff-table');
    const change = diff.getByRole('row').filter({ hasText: 'promisedDays' });
    await change.waitFor();
    expect(await diff.innerText()).toContain('第 1 版 → 第 2 版：共 1 处变化');
    const cells = await change.getByRole('cell').allInnerTexts();
    expect(cells[0]).toContain('承诺办结时限');
    expect(cells[1]).toContain('修改');
    expect(cells[2]?.trim()).toBe(String(OLD_DAYS));
    expect(cells[3]?.trim()).toBe(String(NEW_DAYS));
    // Let the toasts (saved, published, the refused 即办件) close by themselves before the screenshot.
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-diff.png'), fullPage: true });

    // 5. The public guide shows the published version with the new promised days.
    await page.goto(`${server.url}/items/${encodeURIComponent(code)}`);
    await expect.poll(() => page.getByTestId('guide-title').innerText(), { timeout: 15_000 }).toBe(EDITED_ITEM);
    expect(await page.locator('.guide-codes').innerText()).toContain('版本：第 2 版');
    expect(await promisedCell(page).innerText()).toContain(`${NEW_DAYS} 个工作日`);

    // 6. A guide's 空白表格 link opens the printable blank form of that material (in a new tab).
    const list = await (await fetch(`${server.url}/api/catalog/items?q=${encodeURIComponent(TEMPLATE_ITEM)}`)).json();
    await page.goto(`${server.url}/items/${list.items[0].code}`);
    const materials = page.getByTestId('materials-table');
    const applicationRow = materials.getByRole('row').filter({ hasText: TEMPLATE_MATERIAL });
    const [formPage] = await Promise.all([
      context.waitForEvent('page'),
      applicationRow.getByRole('link', { name: '空白表格' }).click(),
    ]);
    const form = formPage.getByTestId('template-form');
    await form.waitFor();
    expect(await formPage.getByTestId('template-title').innerText()).toBe(TEMPLATE_MATERIAL);
    const formText = await form.innerText();
    expect(formText).toContain(TEMPLATE_ITEM);
    expect(formText).toContain('申请单位基本信息');
    expect(formText).toContain('统一社会信用代码');
    expect(formText).toContain('本单位承诺所填报信息及提交材料真实、准确、完整');
    expect(formText).toContain('法定代表人（签字）');
    await formPage.getByRole('button', { name: '打印' }).waitFor();
    await formPage.screenshot({ path: path.join(ARTIFACTS, 'template-form.png'), fullPage: true });

    // A path no material points at is a clear "no such form", not a blank page.
    await formPage.goto(formPage.url().replace(/\/templates\/\d+$/, '/templates/99'));
    await formPage.getByText('表格不存在', { exact: true }).waitFor();
    await formPage.close();
    await page.close();
  }, 90_000);
});
