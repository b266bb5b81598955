// 工作人员与角色 in a real Chromium: the system administrator signs in through unified
// identity, sees staff with masked ID numbers, reveals one (audited by the server), adds a
// staff member with an 专家 role limited to one item, grants them 窗口人员 too, and is refused
// deactivating themselves; a catalogue manager has no such menu entry and is told so at
// /admin/staff. The screenshot is kept in test/e2e/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseInSelect } from '../support/browser.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';

/** The demo administrator 黄磊 (KJT0018). */
const ADMIN = { staffNo: 'KJT0018', idNumber: '340104197906300132', masked: '3401**********0132' };
/** A synthetic, valid ID number (Hefei, 1990-03-07). */
const NEW_STAFF = { idNumber: '340104199003071235', masked: '3401**********1235', name: '王五', staffNo: 'KJ-900', office: '计划处' };
const SCOPE_ITEM = '科技保险补助';

/** Waits until every toast has gone (they close by themselves). */
const noToasts = (page: Page) =>
  expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);

describe('staff administration journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'staff', viewport: { width: 1366, height: 900 } });
  const { newPage, signIn } = journey;

  /** Staff sign-in from the admin login page, landing on the catalogue list. */
  const adminLogin = async (username: string) => {
    const page = await newPage();
    await page.goto(journey.base + '/admin');
    await page.waitForURL(/\/admin\/login$/);
    await page.getByTestId('staff-login').click();
    await page.waitForURL(/\/idp\//);
    await signIn(page, username);
    await page.waitForURL(/\/admin\/items$/);
    await page.getByTestId('admin-items-table').getByRole('link').first().waitFor();
    return page;
  };

  it('lets the administrator list, reveal, add and edit staff', async () => {
    const page = await adminLogin('admin');
    await page.getByRole('menuitem', { name: '工作人员与角色' }).click();
    await page.waitForURL(/\/admin\/staff$/);
    const table = page.getByTestId('staff-table');
    const rowOf = (staffNo: string) => table.locator('tbody tr').filter({ has: page.getByTestId(`edit-${staffNo}`) });

    // 1. The list shows masked ID numbers only.
    const adminRow = rowOf(ADMIN.staffNo);
    await adminRow.waitFor();
    const adminText = await adminRow.innerText();
    expect(adminText).toContain('黄磊');
    expect(adminText).toContain(ADMIN.masked);
    expect(adminText).toContain('系统管理员');
    expect(adminText).toContain('在岗');
    const tableText = await table.innerText();
    expect(tableText).not.toContain(ADMIN.idNumber);
    expect(tableText).toMatch(/3401\*{10}\d{3}[\dX]/);

    // 2. 查看 shows the full number in a dialog that says the read is recorded.
    await page.getByTestId(`reveal-${ADMIN.staffNo}`).click();
    const dialog = page.getByTestId('personal-data');
    await dialog.getByText('查看完整个人信息将被记录').waitFor();
    await expect.poll(() => page.getByTestId('personal-id-number').innerText()).toBe(ADMIN.idNumber);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // 3. Add 王五: the ID number is checked in the browser with the server's message first.
    await page.getByTestId('staff-add').click();
    const form = page.getByTestId('staff-form');
    await form.getByLabel('身份证号').fill('340104199003071234');
    await form.getByLabel('姓名').click();
    await form.getByText('身份证号校验位不符，请检查是否输错').waitFor();
    await form.getByLabel('身份证号').fill(NEW_STAFF.idNumber);
    await form.getByLabel('姓名').fill(NEW_STAFF.name);
    await form.getByLabel('工号').fill(NEW_STAFF.staffNo);
    await form.getByLabel('处室').fill(NEW_STAFF.office);
    await form.getByTestId('role-expert').click();
    await chooseInSelect(page, form.getByTestId('scope-expert-items'), '科技保险', SCOPE_ITEM);
    await page.keyboard.press('Escape');
    expect(await form.getByText('身份证号校验位不符').count()).toBe(0);
    await page.getByTestId('staff-form-save').click();
    await page.locator('.ant-message-notice').filter({ hasText: `已新增工作人员「${NEW_STAFF.name}」` }).waitFor();
    const newRow = rowOf(NEW_STAFF.staffNo);
    await newRow.waitFor();
    const newText = await newRow.innerText();
    expect(newText).toContain(NEW_STAFF.name);
    expect(newText).toContain(NEW_STAFF.office);
    expect(newText).toContain(NEW_STAFF.masked);
    expect(newText).toContain('专家');
    expect(newText).toContain(`专家 · 事项：${SCOPE_ITEM}`);
    expect(newText).not.toContain(NEW_STAFF.idNumber);

    // 4. The same person again is refused with the server's message; the dialog stays open.
    await page.getByTestId('staff-add').click();
    await form.getByLabel('身份证号').fill(NEW_STAFF.idNumber);
    await form.getByLabel('姓名').fill(NEW_STAFF.name);
    await form.getByLabel('工号').fill(NEW_STAFF.staffNo);
    await form.getByLabel('处室').fill(NEW_STAFF.office);
    await page.getByTestId('staff-form-save').click();
    await form.getByRole('alert').filter({ hasText: '该人员已是工作人员' }).waitFor();
    await page.getByRole('button', { name: '取 消' }).or(page.getByRole('button', { name: '取消' })).click();
    await form.waitFor({ state: 'hidden' });

    // 5. Edit 王五: grant 窗口人员 as well; the item scope of 专家 is kept.
    await page.getByTestId(`edit-${NEW_STAFF.staffNo}`).click();
    await expect.poll(() => form.getByRole('checkbox', { name: '专家', exact: true }).isChecked()).toBe(true);
    await form.getByTestId('role-window_clerk').click();
    await page.getByTestId('staff-form-save').click();
    await page.locator('.ant-message-notice').filter({ hasText: `已保存「${NEW_STAFF.name}」的信息` }).waitFor();
    await expect.poll(() => rowOf(NEW_STAFF.staffNo).innerText()).toContain('窗口人员');
    expect(await rowOf(NEW_STAFF.staffNo).innerText()).toContain(`专家 · 事项：${SCOPE_ITEM}`);

    // 6. Deactivating oneself: warned about sessions, then refused by the server in Chinese.
    await page.getByTestId(`edit-${ADMIN.staffNo}`).click();
    await page.getByTestId('staff-active').click();
    await page.getByTestId('deactivate-warning').filter({ hasText: '停用后其所有会话将立即结束' }).waitFor();
    await page.getByTestId('staff-form-save').click();
    await form.getByRole('alert').filter({ hasText: '不能停用自己或撤销自己的管理员角色' }).waitFor();
    expect(await page.getByTestId('admin-forbidden').count()).toBe(0);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    expect(await rowOf(ADMIN.staffNo).innerText()).toContain('在岗');

    await noToasts(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-admin.png'), fullPage: true });
  }, 120_000);

  it('shows a catalogue manager no staff menu, and refuses the page', async () => {
    const page = await adminLogin('item-manager');
    await page.getByRole('menuitem', { name: '事项管理' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '工作人员与角色' }).count()).toBe(0);

    // Navigate within the app (the router follows history), as a bookmark or typed path would.
    await page.evaluate(() => {
      history.pushState(null, '', '/admin/staff');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByTestId('admin-forbidden').filter({ hasText: '您没有工作人员管理权限' }).waitFor();
    // The refusal belongs to that page: back in the catalogue, it is open to them again.
    await page.goBack();
    await page.waitForURL(/\/admin\/items$/);
    await page.getByTestId('admin-items-table').getByRole('link').first().waitFor();
  }, 90_000);
});
