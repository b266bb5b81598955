// Online application in a real Chromium: 张三 (natural person) opens the guide of 科技成果登记
// (generic workflow), is sent through the login by 「在线办理」 and submits the form; 周敏
// (事项管理人) finds the case in 工作台 and asks for a correction; 张三 sees what to correct
// and resubmits; 周敏 accepts it (a second, stale tab is told the case moved). Materials: 张三
// uploads a PDF in the case page's materials panel, 周敏 opens it inline and cannot accept
// until the other required materials are there (told all of them at once); 张三 uploads them
// during the correction. Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { TEST_PDF } from '../support/materials.ts';

const ITEM = '科技成果登记';
const CORRECTION = '1. 请补充科技成果评价证明；2. 申请事项说明中写明成果完成单位。';

/** Uploads a PDF for one material through the materials panel's upload button and waits for its link. */
async function uploadPdf(page: Page, index: number, fileName: string): Promise<void> {
  const row = page.getByTestId(`material-${index}`);
  await row.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.concat([TEST_PDF, Buffer.from(`% ${fileName}\n`)]) });
  await row.getByTestId('material-file').filter({ hasText: fileName }).waitFor();
  expect(await row.getByTestId('material-status').innerText()).toBe('已上传');
}

const stateOf = (page: Page) => page.getByTestId('case-header').getByTestId('case-state').innerText();
/** Waits for the toasts to go (before screenshots). */
const toastsGone = (page: Page) => expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);

describe('online application journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'case' });
  const { newPage, signIn } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  it('applies online, is asked for a correction, resubmits and is accepted', async () => {
    const list = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent(ITEM)}`)).json()) as { items: { code: string; name: string }[] };
    const code = list.items.find((i) => i.name === ITEM)!.code;

    // 1. Anonymous on the guide: 在线办理 goes through the login and back to the form.
    const applicant = await newPage();
    await applicant.goto(`${base}/items/${code}`);
    await applicant.getByTestId('guide-title').filter({ hasText: ITEM }).waitFor();
    await journey.applyOnline(applicant, 'zhangsan', code, ITEM);

    // 2. The form (the item's own, 一表申请): identity from the login (read-only), name and
    // mobile prefilled from it, each field checked as the server would.
    expect(await applicant.getByTestId('applicant-info').innerText()).toContain('张三');
    expect(await applicant.getByTestId('apply-materials').innerText()).toContain('科技成果登记表');
    await applicant.getByText('提交申请后，在办件页面上传材料；也可复用以往办件中的材料、签署告知承诺或申请容缺受理').waitFor();
    expect(await applicant.getByLabel('联系人').inputValue()).toBe('张三');
    expect(await applicant.getByLabel('联系电话').inputValue()).toBe('13800000001');
    await applicant.getByLabel('联系电话').fill('12345');
    await applicant.getByTestId('apply-submit').click();
    await applicant.getByText('联系电话应为 11 位手机号码或带区号的固定电话').waitFor();
    await applicant.getByText('请填写通讯地址').waitFor();
    await applicant.getByText('请填写申请事项说明').waitFor();
    await applicant.getByLabel('通讯地址').fill('安徽省合肥市蜀山区某某路 1 号');
    // Typing is saved as a draft by itself; 保存草稿 saves at once.
    await applicant.getByTestId('draft-status').filter({ hasText: '自动保存' }).waitFor();
    await applicant.getByLabel('申请事项说明').fill('申请登记“某某新型传感器”科技成果。');
    await applicant.getByTestId('save-draft').click();
    await applicant.locator('.ant-message-notice').filter({ hasText: '草稿已保存' }).waitFor();

    // The draft waits in 我的办件; 继续填写 brings the answers back.
    await applicant.goto(`${base}/me/cases`);
    const draftRow = applicant.getByTestId('my-drafts').getByTestId('draft-row').filter({ hasText: ITEM });
    await draftRow.waitFor();
    await draftRow.getByTestId('draft-continue').click();
    await applicant.waitForURL(`${base}/items/${code}/apply`);
    await applicant.getByTestId('draft-restored').waitFor();
    expect(await applicant.getByLabel('通讯地址').inputValue()).toBe('安徽省合肥市蜀山区某某路 1 号');
    expect(await applicant.getByLabel('申请事项说明').inputValue()).toBe('申请登记“某某新型传感器”科技成果。');
    expect(await applicant.getByLabel('联系电话').inputValue()).toBe('12345');
    await applicant.getByLabel('联系电话').fill('13800138000');
    await toastsGone(applicant);
    await applicant.screenshot({ path: path.join(ARTIFACTS, 'apply-form.png'), fullPage: true });
    await applicant.getByTestId('apply-submit').click();

    // 3. The case page: its number in the toast and the header, 待初审, the form as submitted.
    await applicant.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = applicant.url();
    const caseId = caseUrl.split('/').pop()!;
    const toast = await applicant.locator('.ant-message-notice').filter({ hasText: '办件编号' }).innerText();
    const caseNo = await applicant.getByTestId('case-no').innerText();
    expect(caseNo).toMatch(new RegExp(`^${code}\\d{12}$`));
    expect(toast).toContain(caseNo);
    expect(await stateOf(applicant)).toBe('待初审');
    expect(await applicant.getByTestId('case-form').innerText()).toContain('13800138000');
    await applicant.getByTestId('case-timeline').filter({ hasText: '提交申请' }).waitFor();
    expect(await applicant.getByTestId('case-actions').innerText()).toContain('撤回申请');

    // 3a. The materials panel: 张三 uploads the registration form as a PDF; it opens inline.
    await applicant.getByTestId('materials-progress').filter({ hasText: '必要材料已提交 0/3 项' }).waitFor();
    expect(await applicant.getByTestId('material-0').innerText()).toContain('科技成果登记表');
    await uploadPdf(applicant, 0, '科技成果登记表.pdf');
    await applicant.getByTestId('materials-progress').filter({ hasText: '1/3' }).waitFor();
    await applicant.getByTestId('case-timeline').filter({ hasText: '上传材料：科技成果登记表' }).waitFor();
    const href = await applicant.getByTestId('material-0').getByTestId('material-file').getAttribute('href');
    const file = await applicant.request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^inline;/);

    // 4. 周敏 signs in from 工作台 and finds the case in her queue.
    const reviewer = await newPage();
    await reviewer.goto(`${base}/workbench`);
    await reviewer.getByTestId('sign-in-required').click();
    await reviewer.waitForURL(/\/idp\//);
    await signIn(reviewer, 'item-manager');
    await reviewer.waitForURL(`${base}/workbench`);
    const row = reviewer.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo });
    await row.waitFor();
    expect(await row.innerText()).toContain('张三');
    await reviewer.getByTestId('user-menu').click();
    await reviewer.getByRole('menuitem', { name: /工作台/ }).waitFor();
    expect(await reviewer.getByRole('menuitem', { name: /我的办件/ }).count()).toBe(0);
    await reviewer.keyboard.press('Escape');
    await expect.poll(() => reviewer.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
    await reviewer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'workbench.png'), fullPage: true });

    // 5. On the case page 周敏 sees the uploaded file (read-only: no upload buttons). 受理 is
    // refused while required materials are missing, naming all of them at once.
    await row.getByTestId('case-link').click();
    await reviewer.waitForURL(`${base}/workbench/cases/${caseId}`);
    await reviewer.getByTestId('material-0').getByTestId('material-file').filter({ hasText: '科技成果登记表.pdf' }).waitFor();
    expect(await reviewer.getByTestId('material-upload').count()).toBe(0);
    await reviewer.getByTestId('case-actions').getByRole('button', { name: '受理', exact: true }).click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: '受理', exact: true }).click();
    const refused = await reviewer.locator('.ant-message-notice').filter({ hasText: '申请材料不齐全' }).innerText();
    expect(refused).toContain('「评价证明或知识产权证明」、「研制报告或研究报告」');
    expect(await stateOf(reviewer)).toBe('待初审');

    // 退回补正: the reason is required, and asked for as a one-time notice.
    await reviewer.getByTestId('case-actions').getByRole('button', { name: '退回补正' }).click();
    const modal = reviewer.locator('.ant-modal').filter({ hasText: '补正要求（一次性告知，请逐项列明）' });
    await modal.waitFor();
    await modal.getByRole('button', { name: '退回补正' }).click();
    await modal.getByText('请填写理由或意见').waitFor();
    await modal.getByRole('textbox').fill(CORRECTION);
    await modal.getByRole('button', { name: '退回补正' }).click();
    await reviewer.locator('.ant-message-notice').filter({ hasText: '待补正' }).waitFor();
    await expect.poll(() => stateOf(reviewer)).toBe('待补正');

    // 6. 张三 reloads: what to correct, then 提交补正材料; the case is in 我的办件.
    await applicant.reload();
    const notice = applicant.getByTestId('correction-notice');
    await expect.poll(() => notice.innerText()).toContain(`需要您补正：${CORRECTION}`);
    // (material 1, the licence, comes from the e-licence library: nothing to upload)
    expect(await applicant.getByTestId('material-1').innerText()).toContain('由系统从电子证照库获取，无需上传');
    await uploadPdf(applicant, 2, '评价证明.pdf');
    await uploadPdf(applicant, 3, '研制报告.pdf');
    await applicant.getByTestId('materials-progress').filter({ hasText: '3/3' }).waitFor();
    // The application is editable now: what was submitted, to be corrected and resubmitted.
    const correction = applicant.getByTestId('correction-form');
    expect(await correction.getByLabel('联系电话').inputValue()).toBe('13800138000');
    await correction.getByLabel('申请事项说明').fill('');
    await correction.getByTestId('apply-submit').click();
    await correction.getByText('请填写申请事项说明').waitFor();
    await correction.getByLabel('申请事项说明').fill('申请登记“某某新型传感器”科技成果，完成单位：某某大学；已补充科技成果评价证明。');
    await correction.getByTestId('apply-submit').click();
    await expect.poll(() => stateOf(applicant)).toBe('待初审');
    await expect.poll(() => applicant.getByTestId('case-form').innerText()).toContain('完成单位：某某大学');
    expect(await applicant.getByTestId('correction-notice').count()).toBe(0);
    await applicant.getByTestId('case-timeline').filter({ hasText: CORRECTION }).waitFor();
    await applicant.getByTestId('user-menu').click();
    await applicant.getByRole('menuitem', { name: /我的办件/ }).click();
    await applicant.waitForURL(`${base}/me/cases`);
    const mine = applicant.getByTestId('my-cases').getByRole('row').filter({ hasText: caseNo });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('待初审');
    expect(await applicant.getByTestId('my-drafts').count()).toBe(0); // the submission took the draft's place

    // 7. 周敏 has the case open in a second tab too; she accepts in the first: 待决定.
    const staleTab = await reviewer.context().newPage();
    await staleTab.goto(`${base}/workbench/cases/${caseId}`);
    await staleTab.getByTestId('case-actions').getByRole('button', { name: '不予受理' }).waitFor();
    await reviewer.getByTestId('case-reload').click();
    await reviewer.getByTestId('case-actions').getByRole('button', { name: '受理', exact: true }).click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: '受理', exact: true }).click();
    await expect.poll(() => stateOf(reviewer)).toBe('待决定');
    expect(await reviewer.getByTestId('case-actions').count()).toBe(0);

    // The stale tab is told the case moved instead of changing it, and reloads.
    await staleTab.getByTestId('case-actions').getByRole('button', { name: '不予受理' }).click();
    const refuse = staleTab.locator('.ant-modal').filter({ hasText: '意见/理由' });
    await refuse.getByRole('textbox').fill('材料不符合要求');
    await refuse.getByRole('button', { name: '不予受理' }).click();
    await staleTab.getByTestId('case-changed').waitFor();
    await staleTab.getByTestId('case-changed').getByRole('button', { name: '刷新' }).click();
    await expect.poll(() => stateOf(staleTab)).toBe('待决定');

    // 8. 张三 sees 待决定 with the whole history.
    await applicant.goto(caseUrl);
    await expect.poll(() => stateOf(applicant)).toBe('待决定');
    const timeline = applicant.getByTestId('case-timeline');
    await timeline.filter({ hasText: '受理' }).filter({ hasText: '待初审 → 待决定' }).waitFor();
    expect(await applicant.getByTestId('case-actions').count()).toBe(0);
    await toastsGone(applicant);
    await applicant.screenshot({ path: path.join(ARTIFACTS, 'case-applicant.png'), fullPage: true });

    // At phone width the case page does not scroll sideways.
    await applicant.setViewportSize({ width: 375, height: 800 });
    await applicant.getByTestId('case-header').waitFor();
    expect(await applicant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }, 90_000);
});
