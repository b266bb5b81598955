// Unified login in a real Chromium, through the bundled identity provider: a handler for two
// enterprises signs in (a wrong password first), switches enterprise, sees their sessions in
// 安全中心 (ending another device's session) and signs out; a catalogue manager goes straight
// into the admin console and saves a draft with the session; a natural person is told they
// have no admin rights. Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';

/** ah-tech (赵六) acts as handler for a company and its subsidiary. */
const PARENT = { creditCode: '91340100MA2N4F6H1P', name: '安徽某某智能科技股份有限公司' };
const SUBSIDIARY = { creditCode: '91340100MA2P7R1T9F', name: '合肥某某智能装备有限公司' };
/** An item without a statutory limit, promising 30 working days: 28 is a valid change. */
const EDITED_ITEM = '科技保险补助';

interface MeBody {
  subjectType: string;
  name: string;
  enterprise: { creditCode: string; name: string } | null;
  enterprises: { creditCode: string }[];
}

/** GET /api/me from inside the page (with its cookies): status and body. */
const fetchMe = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/me');
    return { status: res.status, body: (await res.json()) as unknown };
  });

describe('unified login journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'login' });
  const { newPage, signIn } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  it('signs a handler in, switches enterprise, lists sessions and signs out', async () => {
    const page = await newPage();

    // 1. Anonymous on the portal: 登录 leads to the provider's Chinese login page.
    await page.goto(base + '/');
    await page.getByTestId('login-button').click();
    await page.waitForURL(/\/idp\//);
    await page.locator('#username').waitFor();

    // 2. A wrong password is refused in Chinese; the right one brings us back, signed in.
    await signIn(page, 'ah-tech', 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '账号或密码错误' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-idp.png'), fullPage: true });
    await signIn(page, 'ah-tech');
    await page.waitForURL(base + '/');
    await page.getByTestId('user-menu').waitFor();
    expect(await page.getByTestId('login-button').count()).toBe(0);

    const me = await fetchMe(page);
    expect(me.status).toBe(200);
    const body = me.body as MeBody;
    expect(body.name).toBe('赵六');
    expect(body.subjectType).toBe('legal');
    expect(body.enterprises.map((e) => e.creditCode).sort()).toEqual([PARENT.creditCode, SUBSIDIARY.creditCode].sort());

    // 3. Switch to the other enterprise from the user menu.
    const [from, to] = body.enterprise?.creditCode === PARENT.creditCode ? [PARENT, SUBSIDIARY] : [SUBSIDIARY, PARENT];
    await page.getByTestId('user-menu').click();
    expect(await page.getByTestId('current-enterprise').innerText()).toBe(from.name);
    await page.getByRole('menuitem', { name: /切换单位/ }).click();
    await page.getByTestId(`switch-enterprise-${to.creditCode}`).click();
    await page.locator('.ant-message-notice').filter({ hasText: to.name }).waitFor();
    await page.getByTestId('user-menu').click();
    await expect.poll(() => page.getByTestId('current-enterprise').innerText()).toBe(to.name);
    expect(((await fetchMe(page)).body as MeBody).enterprise?.creditCode).toBe(to.creditCode);

    // 4. The same person also signs in on another device (a second browser context).
    const other = await newPage();
    await other.goto(base + '/');
    await other.getByTestId('login-button').click();
    await signIn(other, 'ah-tech');
    await other.getByTestId('user-menu').waitFor();

    // 5. 安全中心: who I am, this session, and the other device's session, which we end.
    await page.getByRole('menuitem', { name: /安全中心/ }).click();
    await page.waitForURL(base + '/me/security');
    await page.getByTestId('identity-card').filter({ hasText: '赵六' }).waitFor();
    const identity = await page.getByTestId('identity-card').innerText();
    expect(identity).toMatch(/3401\*+0042/);
    expect(identity).toContain('法人');
    expect(identity).toContain(to.name);
    expect(identity).not.toContain('340121198804290042');
    const sessions = page.getByTestId('sessions-table');
    const current = sessions.getByRole('row').filter({ hasText: '本设备' });
    await current.waitFor();
    expect(await current.innerText()).toContain('有效');
    expect(await current.innerText()).toContain('Chrome');
    const otherRow = sessions.getByRole('row').filter({ hasText: '其他设备' }).filter({ hasText: '有效' });
    await otherRow.getByRole('button', { name: '结束会话' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '结束会话' }).click();
    await page.locator('.ant-message-notice').filter({ hasText: '会话已结束' }).waitFor();
    await sessions.getByRole('row').filter({ hasText: '其他设备' }).filter({ hasText: '已结束' }).waitFor();
    expect((await fetchMe(other)).status).toBe(401);
    await other.close();

    // Let the toasts and the closing menu go before the screenshot.
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'security.png'), fullPage: true });

    // 6. At phone width the menu collapses into an icon button and the page does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('user-menu').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect((await page.getByTestId('user-menu').innerText()).trim()).toBe('');
    await page.setViewportSize({ width: 1280, height: 900 });

    // 7. Sign out: through the provider's logout, back on the portal as anonymous.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(base + '/');
    await page.getByTestId('login-button').waitFor();
    expect((await fetchMe(page)).status).toBe(401);
  }, 90_000);

  it('lets a catalogue manager into the admin console with the staff login, no token', async () => {
    const page = await newPage();
    await page.goto(base + '/admin');
    await page.waitForURL(/\/admin\/login$/);
    await page.getByTestId('staff-login').click();
    await page.waitForURL(/\/idp\//);
    await signIn(page, 'item-manager');
    await page.waitForURL(/\/admin\/items$/);
    await page.getByTestId('admin-items-table').getByRole('link').first().waitFor();
    expect(await page.getByTestId('admin-user').innerText()).toContain('周敏');
    expect(await page.getByTestId('admin-token').count()).toBe(0);

    // A change made with the session (sent with its CSRF token) is saved as a draft.
    await page.getByTestId('admin-items-table').getByRole('link', { name: EDITED_ITEM, exact: true }).click();
    await page.getByRole('heading', { name: EDITED_ITEM }).waitFor();
    await page.getByRole('button', { name: /编辑$/ }).click();
    await page.getByRole('tab', { name: '时限与收费' }).click();
    await page.getByLabel('承诺办结时限（工作日）').fill('28');
    await page.getByTestId('editor-save').click();
    await page.locator('.ant-message-notice').filter({ hasText: '草稿已保存' }).waitFor();
    await page.waitForURL(/\/admin\/items\/\d+$/);
  }, 90_000);

  it('tells a signed-in natural person that they have no admin rights', async () => {
    const page = await newPage();
    await page.goto(base + '/');
    await page.getByTestId('login-button').click();
    await page.waitForURL(/\/idp\//);
    await signIn(page, 'zhangsan');
    await page.waitForURL(base + '/');
    await page.getByTestId('user-menu').click();
    expect(await page.getByRole('menuitem', { name: /管理后台/ }).count()).toBe(0);
    await page.goto(base + '/admin');
    await page.getByTestId('admin-forbidden').waitFor();
    expect(await page.getByText('您没有事项管理权限').count()).toBe(1);
    expect(page.url()).not.toContain('/admin/login');
  }, 90_000);
});
