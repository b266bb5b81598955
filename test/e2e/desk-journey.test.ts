// The window desk and the workflow diagram in a real Chromium: 王芳 (窗口人员) submits an
// application for 张三 at the window (帮代办), finds it by its number in the work queue, returns
// it for correction and opens the printable 补正通知书;
// 张三 signs in and sees it in 我的办件 as his; 黄磊 (系统管理员) opens the J1 workflow
// diagram. Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';

const ITEM = '科技成果登记';

describe('window desk and workflow diagram journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'desk', viewport: { width: 1366, height: 900 } });
  const { newPage, signIn } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  /** Opens `path`, signs in from its 请登录 prompt and comes back. */
  const openSignedIn = async (urlPath: string, username: string) => {
    const page = await newPage();
    await page.goto(base + urlPath);
    await page.getByTestId('sign-in-required').click();
    await page.waitForURL(/\/idp\//);
    await signIn(page, username);
    await page.waitForURL(base + urlPath);
    return page;
  };

  it('submits for 张三 at the window, who then sees it as his; the admin sees the J1 diagram', async () => {
    // 1. 王芳 opens the desk from her workbench.
    const clerk = await openSignedIn('/workbench', 'window-clerk');
    await clerk.getByTestId('open-desk').click();
    await clerk.waitForURL(`${base}/workbench/desk`);

    // 2. 张三's ID card: a mistyped number is caught before anything is sent; the right one is checked.
    await clerk.getByLabel('身份证号', { exact: true }).fill('340102198506120012');
    await clerk.getByLabel('姓名', { exact: true }).fill('张三');
    await clerk.getByTestId('desk-check').click();
    await clerk.getByText('身份证号校验位不符').waitFor();
    await clerk.getByLabel('身份证号', { exact: true }).fill('340102198506120011');
    await clerk.getByTestId('desk-check').click();
    await clerk.getByTestId('desk-check-result').waitFor();

    // 3. The item and the form, then submit.
    await clerk.getByTestId('desk-item').click();
    await clerk.keyboard.type(ITEM);
    await clerk.locator('.ant-select-item-option').filter({ hasText: ITEM }).first().click();
    await clerk.getByLabel('联系人', { exact: true }).fill('张三');
    await clerk.getByLabel('联系电话').fill('13800138000');
    await clerk.getByLabel('通讯地址').fill('安徽省合肥市庐阳区某某路 8 号');
    await clerk.getByLabel('申请事项说明').fill('窗口代为申请登记“某某新型传感器”科技成果。');
    await clerk.screenshot({ path: path.join(ARTIFACTS, 'desk.png'), fullPage: true });
    await clerk.getByTestId('apply-submit').click();
    await clerk.waitForURL(/\/workbench\/cases\//);
    const caseNo = await clerk.getByTestId('case-no').innerText();
    expect(await clerk.getByTestId('case-header').innerText()).toContain('张三');
    await clerk.getByTestId('case-on-behalf').waitFor();
    await clerk.getByTestId('case-timeline').filter({ hasText: '窗口代办（王芳）' }).waitFor();

    // 4. Back in the workbench, searching by its number finds exactly it.
    await clerk.goto(`${base}/workbench`);
    await clerk.getByTestId('queue-search').locator('input').fill(caseNo);
    await clerk.getByTestId('queue-search').locator('input').press('Enter');
    await clerk.waitForURL(/q=/);
    const rows = clerk.getByTestId('work-queue').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(caseNo);

    // At the window the paper is short: 退回补正 with every item at once, and the printable
    // 补正通知书 lists them (acceptance waits for 张三's materials: only the applicant provides them).
    await rows.first().getByTestId('case-link').click();
    await clerk.waitForURL(/\/workbench\/cases\//);
    await clerk.getByTestId('case-actions').getByRole('button', { name: '退回补正' }).click();
    const modal = clerk.locator('.ant-modal').filter({ hasText: '补正要求' });
    await modal.getByRole('textbox').fill('1. 请补充科技成果评价证明；2. 申请事项说明中写明成果完成单位。');
    await modal.getByRole('button', { name: '退回补正' }).click();
    await clerk.getByTestId('notice-correction').waitFor();
    const caseUrl = clerk.url();
    expect(caseUrl).toContain('/workbench/cases/');
    await clerk.goto(caseUrl.replace('/workbench/cases/', '/cases/') + '/notices/correction');
    const notice = clerk.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('补正通知书');
    expect(await clerk.getByTestId('notice-list').locator('li').allInnerTexts()).toEqual(['请补充科技成果评价证明', '申请事项说明中写明成果完成单位。']);
    await clerk.screenshot({ path: path.join(ARTIFACTS, 'correction-notice.png'), fullPage: true });

    // 5. 张三 signs in: the case is his, in 我的办件.
    const zhangsan = await openSignedIn('/me/cases', 'zhangsan');
    await zhangsan.getByTestId('my-cases').getByText(caseNo).waitFor();

    // 6. 黄磊 opens 流程 in the admin console: J1's states are drawn.
    const admin = await newPage();
    await admin.goto(`${base}/admin`);
    await admin.waitForURL(/\/admin\/login$/);
    await admin.getByTestId('staff-login').click();
    await admin.waitForURL(/\/idp\//);
    await signIn(admin, 'admin');
    await admin.waitForURL(/\/admin\/items$/);
    await admin.getByRole('menuitem', { name: /流程/ }).click();
    await admin.waitForURL(/\/admin\/workflows$/);
    await admin.getByRole('tab', { name: /实验动物许可/ }).click();
    const diagram = admin.getByTestId('workflow-diagram-lab-animal-licence');
    await diagram.waitFor();
    const texts = await diagram.locator('text').allTextContents();
    for (const label of ['待初审', '专家预审', '待补正', '待网上受理', '待收纸质材料', '专家现场验收', '待审批决定', '已办结（准予许可，发证）']) expect(texts).toContain(label);
    expect(texts).toContain('初审通过，转专家预审');
    await admin.screenshot({ path: path.join(ARTIFACTS, 'workflow-diagram.png'), fullPage: true });
  }, 240_000);
});
