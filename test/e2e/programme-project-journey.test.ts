// J3 科技计划项目立项 played entirely in a real Chromium with the demo accounts, as newcomers
// would: 孙七 (ah-institute, 安徽省某某科学研究院) opens the guide, 在线办理, fills the project
// application (programme, field, dates, budget, team row, leader's ID number, commitment) and
// uploads the materials on the case page; 周敏 (item-manager) finds it in 工作台 and passes the
// formal review (受理编号 and 受理通知书 for the applicant), draws the expert panel; the five
// drawn experts sign in and answer in the form; 周敏 sees 会签 with the average score, closes the
// review with an opinion and ends the publicity; 郑洁 (decision-maker) approves; the sealed
// 项目立项通知 is delivered: the applicant sees the final state, downloads the PDF through the
// browser (checked with pdftotext and pdfsig) and finds the notice in 我的消息.
// Screenshots are kept in test/e2e/artifacts/ (j3-*.png).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../server/modules/identity/idp/demo-accounts.ts';
import { programmeProjectForm } from '../support/application-forms.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { TEST_PDF } from '../support/materials.ts';
import { pdfsig, pdfText } from '../support/pdf-tools.ts';

const ITEM = '科技计划项目立项';
const FORM = programmeProjectForm();
const APPLICANT = '安徽省某某科学研究院';
const REVIEW_OPINION = '五位专家一致同意立项，平均分 83 分；建议细化固碳评价指标。';
const SCORES = [90, 85, 80, 82, 78]; // average 83
const EXPERT_OPINIONS = ['研究目标明确，技术路线可行，建议立项。', '同意立项，建议补充示范区建设内容。', '同意。', '同意立项。', '经费预算基本合理，同意立项。'];

const stateOf = (page: Page) => page.getByTestId('case-header').getByTestId('case-state').innerText();
const toastsGone = (page: Page) => expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 20_000 }).toBe(0);
const shot = async (page: Page, name: string) => {
  await toastsGone(page);
  await page.screenshot({ path: path.join(ARTIFACTS, `j3-${name}.png`), fullPage: true });
};
/** The timeline entry (办理过程) that shows every one of `texts` (action, actor, from → to, opinion). */
const event = (page: Page, ...texts: string[]) =>
  texts.reduce((l, t) => l.filter({ hasText: t }), page.getByTestId('case-timeline').locator('.case-event'));
/** The form section (card) with this title. */
const section = (page: Page, title: string) =>
  page.getByTestId('form-section').filter({ has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) });

/** Picks an option of an antd Select opened from its label. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  await expect.poll(() => scope.locator('.ant-select').filter({ hasText: option }).count()).toBe(1);
}

/** Uploads a PDF for one material through the materials panel's upload button and waits for its link. */
async function uploadPdf(page: Page, index: number, fileName: string): Promise<void> {
  const row = page.getByTestId(`material-${index}`);
  await row.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.concat([TEST_PDF, Buffer.from(`% ${fileName}\n`)]) });
  await row.getByTestId('material-file').filter({ hasText: fileName }).waitFor();
  expect(await row.getByTestId('material-status').innerText()).toBe('已上传');
}

/** Clicks a link that downloads a file (in this page or a tab it opens) and returns the download. */
async function downloadBy(page: Page, link: Locator): Promise<Download> {
  const context = page.context();
  const got = new Promise<Download>((resolve) => {
    page.once('download', resolve);
    context.once('page', (p) => p.once('download', resolve));
  });
  await link.click();
  return got;
}

/** A case action button (in 当前可办理), confirmed in its popconfirm. */
async function confirmAction(page: Page, label: string): Promise<void> {
  await page.getByTestId('case-actions').getByRole('button', { name: label, exact: true }).click();
  // (not exact: a button that was loading can keep antd's leaving "loading" icon in its name)
  await page.locator('.ant-popconfirm').getByRole('button', { name: label }).click();
}

/** A case action that asks for an opinion in its modal. */
async function actionWithOpinion(page: Page, label: string, opinion: string): Promise<void> {
  await page.getByTestId('case-actions').getByRole('button', { name: label, exact: true }).click();
  const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('reason-form') });
  await modal.getByTestId('reason-input').fill(opinion);
  // (not exact: after a refused try the button can keep antd's leaving "loading" icon in its name)
  await modal.getByRole('button', { name: label }).click();
}

describe('J3 科技计划项目立项 in Chromium, from application to the sealed approval', () => {
  const journey = useBrowserJourney({ name: 'j3' });
  const { newPage } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  // Shared by the steps (they run in order).
  let applicant: Page;
  let manager: Page;
  let caseId: string;
  let caseNo: string;
  let caseUrl: string;
  let experts: string[];

  /** A staff member signs in from 工作台 and opens the case from their queue. */
  async function openFromWorkbench(username: string): Promise<Page> {
    const page = await journey.workbenchPage(username);
    const row = page.getByTestId('work-queue').locator('tr.ant-table-row').filter({ hasText: caseNo });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain(APPLICANT);
    await row.getByTestId('case-link').click();
    await page.waitForURL(`${base}/workbench/cases/${caseId}`);
    await page.getByTestId('case-header').waitFor();
    return page;
  }

  it('孙七 applies online from the guide and uploads the materials', async () => {
    applicant = await newPage();
    await applicant.goto(`${base}/items?q=${encodeURIComponent(ITEM)}`);
    await applicant.getByRole('link', { name: ITEM, exact: true }).first().click();
    await applicant.getByTestId('guide-title').filter({ hasText: ITEM }).waitFor();
    const code = applicant.url().split('/').pop()!;
    await journey.applyOnline(applicant, 'ah-institute', code, ITEM);
    expect(await applicant.getByTestId('applicant-info').innerText()).toContain(APPLICANT);

    // 申报单位: name and credit code come from the identity (read-only).
    const unit = section(applicant, '申报单位');
    expect(await unit.locator('[data-field="unitName"]').inputValue()).toBe(APPLICANT);
    expect(await unit.locator('[data-field="unitName"]').getAttribute('readonly')).not.toBeNull();
    await unit.getByLabel('单位地址').fill(FORM.unitAddress);
    await unit.getByLabel('联系人', { exact: true }).fill(FORM.contactName);
    await unit.getByLabel('联系电话').fill(FORM.contactPhone);

    // 项目基本信息.
    const project = section(applicant, '项目基本信息');
    await project.getByLabel('项目名称').fill(FORM.projectName);
    await choose(applicant, project, '计划类别', '重点研发计划');
    await choose(applicant, project, '技术领域', '资源与环境');
    await project.getByLabel('计划开始日期').fill(FORM.startDate);
    await project.getByLabel('计划开始日期').press('Enter');
    await project.getByLabel('实施周期').fill(String(FORM.durationMonths));
    await project.getByLabel('关键词').fill('土壤固碳、农田、江淮地区');
    await project.getByLabel('项目摘要').fill(FORM.summary);

    // 项目负责人: a mistyped ID number is caught at once, with the reason.
    const leader = section(applicant, '项目负责人');
    await leader.getByLabel('姓名', { exact: true }).fill(FORM.leaderName);
    await leader.getByLabel('身份证号').fill('340104199003071234');
    await leader.getByLabel('身份证号').blur();
    await leader.getByText('身份证号校验位不符，请检查是否输错').waitFor();
    await leader.getByLabel('身份证号').fill(FORM.leaderIdNumber);
    await expect.poll(() => leader.getByText('身份证号校验位不符').count()).toBe(0);
    await leader.getByRole('radio', { name: '正高级' }).check();
    await leader.getByLabel('手机号码').fill(FORM.leaderPhone);

    const budget = section(applicant, '经费预算（万元）');
    await budget.getByLabel('项目总经费').fill(String(FORM.budgetTotal));
    await budget.getByLabel('申请财政资金').fill(String(FORM.budgetFiscal));
    await budget.getByLabel('自筹资金', { exact: true }).fill(String(FORM.budgetSelf));

    // 项目团队: submitting without a row is refused on the table itself.
    await applicant.getByRole('checkbox', { name: '我已阅读并确认' }).check();
    await applicant.getByTestId('apply-submit').click();
    const teamSection = section(applicant, '项目团队');
    await teamSection.locator('.ant-form-item-explain-error').first().waitFor();
    expect(applicant.url()).toBe(`${base}/items/${code}/apply`);
    await applicant.getByTestId('add-row-team').click();
    const row = applicant.getByTestId('table-team').locator('.form-table-row').first();
    const member = FORM.team[0]!;
    await row.getByLabel('姓名').fill(member.name);
    await row.getByLabel('工作单位').fill(member.unit);
    await row.getByLabel('职称').fill(member.title);
    await row.getByLabel('项目分工').fill(member.role);
    await row.getByLabel('投入月数').fill(String(member.months));
    await shot(applicant, '01-application-form');
    await applicant.getByTestId('apply-submit').click();

    // The case page: number, 形式审查, the project as submitted.
    await applicant.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    caseUrl = applicant.url();
    caseId = caseUrl.split('/').pop()!;
    caseNo = await applicant.getByTestId('case-no').innerText();
    expect(caseNo).toMatch(new RegExp(`^${code}\\d{12}$`));
    expect(await stateOf(applicant)).toBe('形式审查');
    const form = applicant.getByTestId('case-form');
    await form.waitFor();
    for (const s of [FORM.projectName, '重点研发计划', '资源与环境', '2027-01-01', '正高级', APPLICANT, '项目负责人']) expect(await form.innerText()).toContain(s);
    await event(applicant, '提交申请', '孙七').waitFor();

    // Materials: the application itself is the form just sent (nothing to upload, no paper);
    // the licence comes from the e-licence library; the integrity commitment and the leader's
    // title certificate are uploaded as PDFs.
    const declaration = await applicant.getByTestId('material-0').innerText();
    expect(declaration).toContain('项目申报书');
    expect(declaration).toContain('在线办理，无需上传');
    expect(declaration).not.toContain('纸质');
    expect(await applicant.getByTestId('material-1').innerText()).toContain('由系统从电子证照库获取，无需上传');
    const names = await applicant.getByTestId('case-materials').innerText();
    expect(names).toContain('科研诚信承诺书');
    expect(names).toContain('项目负责人职称或学位证明');
    const indexOf = async (name: string) => {
      for (let i = 0; ; i++) {
        const r = applicant.getByTestId(`material-${i}`);
        if ((await r.count()) === 0) throw new Error(`material ${name} not found`);
        if ((await r.innerText()).includes(name)) return i;
      }
    };
    await uploadPdf(applicant, await indexOf('科研诚信承诺书'), '科研诚信承诺书.pdf');
    await uploadPdf(applicant, await indexOf('项目负责人职称或学位证明'), '研究员职称证书.pdf');
    const progress = await applicant.getByTestId('materials-progress').innerText();
    const [done, total] = progress.match(/(\d+)\/(\d+)/)!.slice(1).map(Number);
    expect(done).toBe(total);
    await event(applicant, '上传材料：科研诚信承诺书', '孙七').waitFor();
    await shot(applicant, '02-applicant-submitted');
  }, 180_000);

  it('周敏 finds it in 工作台 and passes the formal review; the applicant gets the acceptance number and notice', async () => {
    manager = await openFromWorkbench('item-manager');
    expect(await stateOf(manager)).toBe('形式审查');
    await manager.getByTestId('material-file').filter({ hasText: '科研诚信承诺书.pdf' }).waitFor();
    await confirmAction(manager, '形式审查通过，受理');
    await manager.locator('.ant-message-notice').filter({ hasText: '办件当前状态：专家评审' }).waitFor();
    await expect.poll(() => stateOf(manager)).toBe('专家评审');
    const acceptanceNo = await manager.getByTestId('acceptance-no').innerText();
    expect(acceptanceNo).toMatch(/^科受字〔\d{4}〕第\d{6}号$/);

    await applicant.getByTestId('case-reload').click();
    await expect.poll(() => stateOf(applicant)).toBe('专家评审');
    expect(await applicant.getByTestId('acceptance-no').innerText()).toBe(acceptanceNo);
    await event(applicant, '形式审查通过，受理', '周敏', '形式审查 → 专家评审').waitFor();
    // 受理通知书 (printable) opens in a new tab with the acceptance number.
    const noticeButton = applicant.getByTestId('notice-acceptance');
    await noticeButton.waitFor();
    const [printTab] = await Promise.all([applicant.context().waitForEvent('page'), noticeButton.click()]);
    await printTab.waitForURL(`${base}/cases/${caseId}/notices/acceptance`);
    await printTab.getByText('受理通知书').first().waitFor();
    await expect.poll(() => printTab.locator('body').innerText()).toContain(acceptanceNo);
    expect(await printTab.locator('body').innerText()).toContain(APPLICANT);
    await shot(printTab, '03-acceptance-notice');
    await printTab.close();
  }, 120_000);

  it('周敏 draws the panel; the five experts answer in the form; 会签 shows the average; the review is closed with an opinion', async () => {
    const panelSection = manager.getByTestId('expert-section');
    await panelSection.getByText('至少 5 名专家，其中技术专家不少于 60%').first().waitFor();
    await panelSection.getByTestId('expert-draw').click();
    await manager.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await manager.locator('.ant-message-notice').filter({ hasText: '已随机抽取专家' }).waitFor();
    const panel = panelSection.getByTestId('expert-panel');
    await expect.poll(() => panel.locator('tbody tr.ant-table-row').count()).toBe(5);
    const names = await panel.locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
    experts = names.map((n) => {
      const account = demoAccounts.find((a) => a.name === n.trim());
      if (!account) throw new Error(`no demo account named ${n}`);
      return account.username;
    });
    expect(new Set(experts).size).toBe(5);
    expect(await panel.innerText()).toContain('已提交 0/5');
    await manager.getByTestId('case-reload').click();
    await event(manager, '随机抽取评审专家 5 名', '周敏').waitFor();
    await shot(manager, '04-panel-drawn');

    // Each drawn expert signs in, finds the case in 工作台 and gives opinion, score and 同意.
    for (const [i, username] of experts.entries()) {
      const expert = await openFromWorkbench(username);
      const form = expert.getByTestId('expert-answer-form');
      await form.getByText('同意', { exact: true }).click();
      await form.getByTestId('expert-score').fill(String(SCORES[i]));
      await form.getByTestId('expert-opinion').fill(EXPERT_OPINIONS[i]!);
      await form.getByTestId('expert-answer-submit').click();
      await expert.locator('.ant-message-notice').filter({ hasText: '意见已提交' }).waitFor();
      // An expert sees only their own answer, and cannot move the case.
      const own = expert.getByTestId('expert-panel').locator('tbody tr.ant-table-row');
      await expect.poll(() => own.count()).toBe(1);
      await expect.poll(() => own.innerText()).toContain(String(SCORES[i]));
      expect(await expert.getByTestId('case-actions').count()).toBe(0);
      if (i === 0) await shot(expert, '05-expert-answer');
      await expert.context().close();
      if (i === 0) {
        // 周敏 cannot close the review while experts are still to answer: told so in the modal.
        await manager.getByTestId('case-reload').click();
        await expect.poll(() => panel.innerText()).toContain('已提交 1/5');
        await actionWithOpinion(manager, '专家评审完成（意见会签）', '同意立项。');
        const modal = manager.locator('.ant-modal').filter({ has: manager.getByTestId('reason-form') });
        await modal.getByText('须先指派专家，且全部专家提交意见后才能办理').waitFor();
        await modal.getByRole('button', { name: '取消' }).click();
        await modal.waitFor({ state: 'hidden' });
        expect(await stateOf(manager)).toBe('专家评审');
      }
    }

    // 会签: all five answers side by side with the average score.
    await manager.getByTestId('case-reload').click();
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('已提交 5/5');
    expect(await manager.getByTestId('expert-average').innerText()).toContain('83');
    const table = await panel.innerText();
    for (const o of EXPERT_OPINIONS) expect(table).toContain(o);
    await shot(manager, '06-countersign');

    await actionWithOpinion(manager, '专家评审完成（意见会签）', REVIEW_OPINION);
    await manager.locator('.ant-message-notice').filter({ hasText: '办件当前状态：拟立项公示' }).waitFor();
    await expect.poll(() => stateOf(manager)).toBe('拟立项公示');
    await event(manager, '专家评审完成（意见会签）', '周敏', '专家评审 → 拟立项公示', REVIEW_OPINION).waitFor();
  }, 420_000);

  it('周敏 ends the publicity; 郑洁 approves; the sealed 项目立项通知 reaches the applicant', async () => {
    await confirmAction(manager, '公示期满无异议');
    await expect.poll(() => stateOf(manager)).toBe('待立项决定');
    expect(await manager.getByTestId('case-actions').count()).toBe(0);

    const decider = await openFromWorkbench('decision-maker');
    expect(await stateOf(decider)).toBe('待立项决定');
    await event(decider, '公示期满无异议', '周敏', '拟立项公示 → 待立项决定').waitFor();
    await event(decider, '专家评审完成（意见会签）', REVIEW_OPINION).waitFor(); // the review's conclusion, for the decision
    await confirmAction(decider, '批准立项（下达立项通知）');
    await expect.poll(() => stateOf(decider)).toBe('已办结（立项，立项通知已送达）');
    await event(decider, '批准立项（下达立项通知）', '郑洁', '待立项决定 → 已办结（立项，立项通知已送达）').waitFor();
    // The approval is sealed automatically after the step (a worker): it shows by itself once done.
    const docs = decider.getByTestId('sealed-documents');
    await docs.filter({ hasText: '项目立项通知' }).waitFor({ timeout: 30_000 });
    expect(await docs.innerText()).toContain('自动用印');
    await shot(decider, '07-approved-staff');

    // The applicant: concluded, the document delivered, downloaded through the browser.
    await applicant.goto(caseUrl);
    await expect.poll(() => stateOf(applicant)).toBe('已办结（立项，立项通知已送达）');
    const appDocs = applicant.getByTestId('sealed-documents');
    await appDocs.filter({ hasText: '项目立项通知' }).waitFor();
    expect(await appDocs.innerText()).toContain('申请人尚未下载');
    const download = await downloadBy(applicant, appDocs.getByRole('link', { name: /下载/ }).first());
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const pdf = await fs.readFile(file);
    await fs.writeFile(path.join(ARTIFACTS, 'j3-project-approval.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = await pdfText(pdf);
    expect(text).toContain('项目立项通知');
    expect(text).toContain(`“${FORM.projectName}”项目`);
    expect(text).toContain(APPLICANT);
    expect(text).toMatch(/皖科审项〔\d{4}〕\d+号/); // the document number (发文字号)
    expect(text).toContain(`办件编号：${caseNo}`);
    const report = await pdfsig(pdf);
    expect(report).toContain('Signature Type: adbe.pkcs7.detached');
    expect(report).toContain('Signature Validation: Signature is Valid.');

    // 送达 and the first download are on the record.
    await applicant.reload();
    await expect.poll(() => appDocs.innerText(), { timeout: 15_000 }).toContain('申请人已下载');
    await event(applicant, '批准立项（下达立项通知）', '郑洁').waitFor();
    await event(applicant, '自动用印，出具并送达：项目立项通知', '系统').waitFor();
    await event(applicant, '申请人下载：项目立项通知', '孙七').waitFor();
    await shot(applicant, '08-applicant-concluded');

    // 我的消息: accepted (with a promised date, never an empty one), concluded, and the sealed
    // document ready to download — the same notices go out by SMS.
    await applicant.getByTestId('user-menu').click();
    await applicant.getByRole('menuitem', { name: /我的消息/ }).click();
    await applicant.waitForURL(`${base}/me/notices`);
    await expect.poll(() => applicant.getByRole('checkbox', { name: /短信（138\*{4}\d{4}）/ }).isChecked(), { timeout: 15_000 }).toBe(true);
    const inbox = applicant.locator('.ant-list').last();
    const wanted = [`办件${caseNo}已受理`, `办件${caseNo}已办结`, `办件${caseNo}的项目立项通知已生成`];
    await expect
      .poll(async () => {
        await applicant.reload();
        await inbox.waitFor();
        const text = await inbox.innerText();
        return wanted.filter((w) => text.includes(w));
      }, { timeout: 60_000, interval: 3000 })
      .toEqual(wanted);
    const messages = await inbox.innerText();
    expect(messages).toMatch(/承诺办结日期：\S/);
    expect(messages).toContain('办理结果：批准立项（下达立项通知）');
    expect(messages).toContain('“项目立项通知”已生成，请登录科政通下载');
    await expect.poll(() => applicant.locator('.ant-spin-spinning').count(), { timeout: 15_000 }).toBe(0);
    await shot(applicant, '09-applicant-messages');

    // Outside the platform: the SMS gateway got the conclusion and the document notice for the
    // applicant's mobile, and the provincial platform has the case concluded (办结, 出证办结).
    const output = journey.server.output();
    const smsUrl = output.match(/短信网关 \S+（模拟）：(\S+)\/_standin\/messages/)![1];
    const platformUrl = output.match(/省政务服务平台（模拟）：(\S+)\/_standin\/received/)![1];
    await expect
      .poll(async () => {
        const { messages: sms } = (await (await fetch(`${smsUrl}/_standin/messages`)).json()) as { messages: { mobile: string; content: string }[] };
        return sms.filter((m) => m.content.includes(caseNo)).map((m) => m.content);
      }, { timeout: 30_000, interval: 1000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('已办结，结果：批准立项（下达立项通知）'), expect.stringContaining('“项目立项通知”已生成')]));
    await expect
      .poll(async () => {
        const { received } = (await (await fetch(`${platformUrl}/_standin/received`)).json()) as { received: { caseNo: string; status: string; conclusion: { result: string } | null }[] };
        return received.filter((r) => r.caseNo === caseNo).at(-1);
      }, { timeout: 30_000, interval: 1000 })
      .toMatchObject({ status: '3', conclusion: { result: '0' } });
  }, 240_000);
});
