// 好差评 in a real Chromium: a visitor scans the window's QR code on a phone-sized page and
// rates the service 非常不满意 with a reason and a phone number; a second rating of the same
// visit is refused; the supervisor sees the figures move (on the follow-up page and on the
// 数据看板 opened from the user menu) and the follow-up in the list; the office records the
// call-back. Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';

describe('rating journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'rating' });
  const { newPage, signIn } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  it('rates a window by QR on a phone; the supervisor sees the figure change; the office calls back', async () => {
    // The supervisor's figures before.
    const supervisor = await newPage({ width: 1280, height: 900 });
    await supervisor.goto(`${base}/workbench/followups`);
    await supervisor.getByTestId('sign-in-required').click();
    await supervisor.waitForURL(/\/idp\//);
    await signIn(supervisor, 'supervisor');
    await supervisor.waitForURL(`${base}/workbench/followups`);
    const total = async () => Number((await supervisor.getByTestId('figure-total').locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
    await supervisor.getByTestId('rating-figures').locator('.ant-statistic').first().waitFor();
    const before = await total();
    // 数据看板 from the user menu: the satisfaction figures before.
    const dashboardFigure = async (id: string) => (await supervisor.getByTestId(id).locator('.ant-statistic-content-value').innerText()).trim();
    await supervisor.getByTestId('user-menu').click();
    await supervisor.getByTestId('menu-dashboard').click();
    await supervisor.waitForURL(`${base}/workbench/dashboard`);
    await supervisor.getByTestId('dashboard-ratings-total').waitFor();
    const ratingsBefore = Number(await dashboardFigure('dashboard-ratings-total'));
    const rateBefore = await dashboardFigure('dashboard-satisfaction-rate');
    await supervisor.goto(`${base}/workbench/followups`);

    // A phone scans the window's QR code: the rating page, no login.
    const phone = await newPage({ width: 390, height: 844 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.goto(`${base}/rate/W-HALL-01`);
    await phone.getByText('服务评价 · 省政务服务中心科技厅窗口 1 号').waitFor();
    await phone.getByTestId('rating-level-1').click();
    // Below 基本满意 a reason is required: the form says so before anything is sent.
    await phone.getByTestId('rating-submit').click();
    await phone.getByText('评价为“不满意”或“非常不满意”时，请选择原因或填写意见').waitFor();
    await phone.getByTestId('rating-tag-多次跑动').click();
    await phone.getByTestId('rating-comment').fill('同一份材料让我跑了两趟');
    await phone.getByTestId('rating-phone').fill('13900139000');
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rating-done').waitFor();
    expect(await phone.getByTestId('rating-done').innerText()).toMatch(/前与您联系，回访整改/);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'rating-phone-done.png') });

    // The same visit again: refused, with the reason shown.
    await phone.goto(`${base}/rate/W-HALL-01`);
    await phone.getByTestId('rating-level-5').click();
    await phone.getByTestId('rating-phone').fill('13900139000');
    await phone.getByTestId('rating-submit').click();
    await phone.getByTestId('rating-error').filter({ hasText: '不能重复评价' }).waitFor();

    // The supervisor's figure moved by one, and the follow-up is listed for the window's office.
    await supervisor.reload();
    await expect.poll(total, { timeout: 15_000 }).toBe(before + 1);
    await supervisor.getByText('全部').click();
    await supervisor.getByText('同一份材料让我跑了两趟').waitFor();
    await supervisor.screenshot({ path: path.join(ARTIFACTS, 'rating-supervisor.png') });
    // 数据看板: one more rating, and a 非常不满意 lowers the satisfaction rate.
    await supervisor.getByTestId('user-menu').click();
    await supervisor.getByTestId('menu-dashboard').click();
    await supervisor.waitForURL(`${base}/workbench/dashboard`);
    await expect.poll(async () => Number(await dashboardFigure('dashboard-ratings-total')), { timeout: 15_000 }).toBe(ratingsBefore + 1);
    const rateAfter = await dashboardFigure('dashboard-satisfaction-rate');
    expect(rateAfter).not.toBe(rateBefore);
    expect(rateAfter).toMatch(/%$/);
    await supervisor.getByTestId('chart-satisfaction').locator('canvas').waitFor();
    await supervisor.screenshot({ path: path.join(ARTIFACTS, 'dashboard-supervisor.png'), fullPage: true });

    // The window's clerk (政务服务中心科技厅窗口) opens it and records the call-back.
    const clerk = await newPage({ width: 1280, height: 900 });
    await clerk.goto(`${base}/workbench/followups`);
    await clerk.getByTestId('sign-in-required').click();
    await clerk.waitForURL(/\/idp\//);
    await signIn(clerk, 'window-clerk');
    await clerk.waitForURL(`${base}/workbench/followups`);
    await clerk.getByText('同一份材料让我跑了两趟').click();
    await clerk.getByTestId('followup-callback').fill('已电话联系申请人，了解到材料被要求重复提交');
    await clerk.getByTestId('followup-problem').fill('窗口未使用网上预审通过的材料');
    await clerk.getByTestId('followup-callback-submit').click();
    await clerk.getByTestId('followup-state').filter({ hasText: '已回访，整改中' }).waitFor();
  });
});
