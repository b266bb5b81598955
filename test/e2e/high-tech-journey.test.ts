// J2 高新技术企业认定 played entirely in a real Chromium with the demo accounts, from the
// application to the conclusion: 赵六 (ah-tech, for 安徽某某智能科技) opens the guide, 在线办理,
// fills the item's form (selects, money, the core-IP table, the confirmations), submits and
// uploads the materials on the case page; 周敏 (item-manager) passes the initial review; the
// stamped application appears for the enterprise (its QR code, read from the PDF, stands in for
// the printout); 陈刚 (service-point) scans it into a batch and mails it; 刘洋 (receiving-unit)
// scans it at the desk and confirms receipt (acceptance: 受理编号 and 受理通知书); 周敏 draws
// the panel, the drawn experts answer in the form, she sees 会签 and ends the review; after
// publicity (公示期满无异议) 郑洁 (decision-maker) 认定; the enterprise sees the conclusion, the
// whole timeline (who did what), the 受理通知书 and the sealed 高新技术企业认定通知书 (PDF).
// Screenshots in test/e2e/artifacts/j2-*.png (j2-failure-N.png: every page when it fails).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../server/modules/identity/idp/demo-accounts.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { TEST_PDF } from '../support/materials.ts';
import { qrOnPage } from '../support/qr.ts';

const ITEM = '高新技术企业认定';
const ENTERPRISE = '安徽某某智能科技股份有限公司';

/** The text of a PDF (pdftotext). */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
const stateOf = (page: Page) => page.getByTestId('case-header').getByTestId('case-state').innerText();
const toastsGone = (page: Page) => expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
const shot = async (page: Page, name: string) => {
  await toastsGone(page);
  await page.screenshot({ path: path.join(ARTIFACTS, `j2-${name}.png`), fullPage: true });
};

/** Uploads a PDF for one material through the materials panel and waits for its link. */
async function uploadPdf(page: Page, index: number, fileName: string): Promise<void> {
  const row = page.getByTestId(`material-${index}`);
  await row.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.concat([TEST_PDF, Buffer.from(`% ${fileName}\n`)]) });
  await row.getByTestId('material-file').filter({ hasText: fileName }).waitFor({ timeout: 30_000 });
  expect(await row.getByTestId('material-status').innerText()).toBe('已上传');
}

/**
 * Picks an option of an antd Select found by its form label, and waits until the select shows
 * it; a click lost while the list was still opening (busy machine) is tried again.
 */
async function choose(scope: Page | Locator, page: Page, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true }).locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' ant-select ')][1]");
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 10_000 }).toBe(option);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** Types a date into an antd DatePicker found by its form label. */
async function pickDate(scope: Page | Locator, label: string, day: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

describe('J2 高新技术企业认定 in Chromium, start to finish', () => {
  const journey = useBrowserJourney({ name: 'j2' });
  const { newPage } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  /** A fresh page signed in from 工作台 as a staff member. */
  const staffPage = journey.workbenchPage;
  /**
   * Answers a confirmation (popconfirm) opened by `trigger`, then waits for what it does
   * (`done`). While the page is still laying out its cards the bubble can move under the
   * pointer, and a click that lands beside it only closes it: then it is opened and answered
   * again (at most three times).
   */
  const confirmWith = async (page: Page, trigger: Locator, ok: string | RegExp, done: () => Promise<unknown>) => {
    const open = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
    for (let attempt = 1; ; attempt++) {
      if ((await open.count()) === 0) await trigger.click();
      await open.getByRole('button', { name: ok, exact: typeof ok === 'string' }).click({ timeout: 10_000 }).catch(() => undefined);
      try {
        await done();
        return;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
  };
  /** Takes a case action that asks to be confirmed (popconfirm) and waits for the case to be in `next`. */
  const confirmAction = (page: Page, label: string, next: string) =>
    confirmWith(page, page.getByTestId('case-actions').getByRole('button', { name: label, exact: true }), label, () => expect.poll(() => stateOf(page), { timeout: 20_000 }).toBe(next));

  // On a failure, every open page is kept as a picture (j2-failure-N.png) to see where it stood.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    let n = 0;
    for (const c of journey.browser.contexts()) for (const p of c.pages()) await p.screenshot({ path: path.join(ARTIFACTS, `j2-failure-${++n}.png`), fullPage: true }).catch(() => undefined);
  });

  it('applies online, passes the initial review, travels on paper, is reviewed by experts, published and recognised', async () => {
    const list = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent(ITEM)}`)).json()) as { items: { code: string; name: string }[] };
    const code = list.items.find((i) => i.name === ITEM)!.code;

    // 1. 赵六 on the guide: 在线办理 goes through the login and back to the form.
    const applicant = await newPage();
    await applicant.goto(`${base}/items/${code}`);
    await applicant.getByTestId('guide-title').filter({ hasText: ITEM }).waitFor();
    await journey.applyOnline(applicant, 'ah-tech', code, ITEM);
    expect(await applicant.getByTestId('applicant-info').innerText()).toContain(ENTERPRISE);

    const form = applicant.getByTestId('dynamic-form');
    await form.getByLabel('法定代表人', { exact: true }).fill('赵六');
    await form.getByLabel('单位地址', { exact: true }).fill('安徽省合肥市高新区创新大道 2800 号');
    await pickDate(form, '注册成立日期', '2018-05-16');
    // (the Enter that confirmed the typed date did not try to submit the half-filled form: no errors shown)
    expect(await form.locator('.ant-form-item-explain-error').count()).toBe(0);
    await form.getByLabel('联系人', { exact: true }).fill('赵六');
    await form.getByLabel('联系电话', { exact: true }).fill('13900139000');
    await form.getByLabel('电子邮箱', { exact: true }).fill('hr@example.com');
    await choose(form, applicant, '主要产品（服务）所属技术领域', '电子信息');
    await form.getByLabel('主要产品（服务）', { exact: true }).fill('工业视觉检测设备及其软件');
    const numbers: Array<[string, string]> = [
      ['近三年销售收入合计', '18000'],
      ['近一年销售收入', '7200'],
      ['近三年研究开发费用合计', '1100'],
      ['其中在中国境内发生的研究开发费用', '1050'],
      ['研究开发费用占销售收入比例', '6.1'],
      ['近一年高新技术产品（服务）收入', '5100'],
      ['高新技术产品（服务）收入占总收入比例', '70.8'],
      ['职工总数', '180'],
      ['科技人员数', '62'],
      ['科技人员占职工总数比例', '34.4'],
      ['Ⅰ类：发明专利（含国防专利）', '3'],
      ['Ⅱ类：实用新型专利', '12'],
      ['Ⅱ类：软件著作权', '20'],
      ['Ⅱ类：其他（外观设计、集成电路布图设计等）', '0'],
    ];
    for (const [label, value] of numbers) await form.getByLabel(label, { exact: true }).fill(value);
    const ip = form.getByTestId('table-coreIp');
    // (once under load the first click left the table empty: add until the row is there)
    await expect.poll(async () => {
      if ((await ip.locator('.form-table-row').count()) === 0) await form.getByTestId('add-row-coreIp').click();
      return ip.locator('.form-table-row').count();
    }, { timeout: 30_000, interval: 1_500 }).toBeGreaterThan(0);
    const row = ip.locator('.form-table-row').first();
    await row.getByLabel('名称', { exact: true }).fill('一种基于深度学习的缺陷检测方法');
    await choose(row, applicant, '类别', '发明专利');
    await row.getByLabel('授权号/登记号', { exact: true }).fill('ZL202110000000.1');
    await pickDate(row, '授权日期', '2023-03-10');
    await form.getByLabel('申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为', { exact: true }).check();
    await form.getByLabel('本企业承诺所填信息及所附材料真实、准确、完整，如有虚假愿承担相应责任', { exact: true }).check();
    await expect.poll(() => form.locator('.ant-form-item-explain-error').count()).toBe(0);
    await shot(applicant, '01-apply-form');
    await form.getByTestId('apply-submit').click();

    // The case page: number in the header, 待初审, the form as submitted.
    await applicant.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const caseId = applicant.url().split('/').pop()!;
    const caseNo = await applicant.getByTestId('case-no').innerText();
    expect(caseNo).toMatch(new RegExp(`^${code}\\d{12}$`));
    expect(await stateOf(applicant)).toBe('待初审');
    const submitted = await applicant.getByTestId('case-form').innerText();
    for (const s of [ENTERPRISE, '电子信息', '一种基于深度学习的缺陷检测方法', 'ZL202110000000.1', '18,000']) expect(submitted).toContain(s);

    // Materials on the case page: files uploaded one by one, 告知承诺 for the no-incident proof.
    await applicant.getByTestId('materials-progress').filter({ hasText: '必要材料已提交 0/' }).waitFor();
    await shot(applicant, '02-case-submitted');
    const uploads: Array<[number, string]> = [
      [0, '高新技术企业认定申请书.pdf'],
      [2, '知识产权证书.pdf'],
      [3, '研发项目立项及成果转化材料.pdf'],
      [4, '产品关键技术和检验报告.pdf'],
      [5, '职工和科技人员情况.pdf'],
      [6, '研发费用专项审计报告.pdf'],
      [7, '高新收入专项审计报告.pdf'],
      [8, '近三年财务会计报告.pdf'],
    ];
    for (const [i, name] of uploads) await uploadPdf(applicant, i, name);
    // The tax returns come from the tax department (data sharing): nothing to upload unless that fails.
    const tax = await applicant.getByTestId('material-9').innerText();
    for (const s of ['近三个会计年度企业所得税年度纳税申报表', '非必要', '经企业授权由税务部门共享提供，一般无需上传']) expect(tax).toContain(s);
    await applicant.getByTestId('material-10').getByTestId('material-commitment').click();
    await applicant.locator('.ant-modal-confirm').getByRole('button', { name: '我已阅读并承诺' }).click();
    await applicant.getByTestId('material-10').getByTestId('material-status').filter({ hasText: '告知承诺' }).waitFor();
    const progress = await applicant.getByTestId('materials-progress').innerText();
    const [done, total] = /(\d+)\/(\d+)/.exec(progress)!.slice(1);
    expect(done).toBe(total);
    await applicant.getByTestId('case-timeline').filter({ hasText: '上传材料：高新技术企业认定申请书' }).waitFor();
    await shot(applicant, '03-materials-complete');

    // 2. 周敏 finds the case in 工作台 and passes the initial review.
    const manager = await staffPage('item-manager');
    const queued = manager.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo });
    await queued.waitFor({ timeout: 30_000 });
    expect(await queued.innerText()).toContain(ENTERPRISE);
    await queued.getByTestId('case-link').click();
    await manager.waitForURL(`${base}/workbench/cases/${caseId}`);
    await manager.getByTestId('material-0').getByTestId('material-file').filter({ hasText: '高新技术企业认定申请书.pdf' }).waitFor();
    await confirmAction(manager, '初审通过（生成带二维码的申报材料）', '待受理点收件');

    // The enterprise's case page: the stamped application (生成中, then 下载打印).
    await applicant.reload();
    await expect.poll(() => stateOf(applicant)).toBe('待受理点收件');
    const download = applicant.getByTestId('document-download-1');
    await download.waitFor({ timeout: 120_000 }).catch(async () => {
      await applicant.reload();
      await download.waitFor({ timeout: 120_000 });
    });
    const pdfRes = await applicant.request.get(`${base}${await download.getAttribute('href')}`);
    expect(pdfRes.status()).toBe(200);
    expect(pdfRes.headers()['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(await pdfRes.body());
    const token = qrOnPage(pdf, 1); // the printout the enterprise takes to its service point
    await shot(applicant, '04-stamped-application');

    // 3. 陈刚 at the service point: a new batch, the printout scanned into it, mailed.
    const servicePoint = await staffPage('service-point');
    await servicePoint.getByTestId('open-paper-desk').click();
    await servicePoint.waitForURL(`${base}/workbench/paper`);
    await servicePoint.getByTestId('batch-create').click();
    const batchPanel = servicePoint.getByTestId('batch-panel');
    await batchPanel.waitFor();
    expect(await batchPanel.getByTestId('batch-status').innerText()).toBe('收件中');
    const batchNo = (await batchPanel.getByTestId('batch-no').innerText()).replace('批次 ', '');
    await servicePoint.getByTestId('scan-input').fill(token);
    await servicePoint.getByTestId('scan-input').press('Enter');
    await servicePoint.getByTestId('scan-notice').filter({ hasText: '已编入批次' }).waitFor();
    await batchPanel.getByRole('row').filter({ hasText: caseNo }).filter({ hasText: ENTERPRISE }).waitFor();
    await servicePoint.getByTestId('batch-courier').fill('顺丰速运');
    await servicePoint.getByTestId('batch-tracking-no').fill('SF1234567890');
    await servicePoint.getByTestId('batch-mail').click();
    await expect.poll(() => batchPanel.getByTestId('batch-status').innerText(), { timeout: 30_000 }).toBe('已寄出');
    expect(await batchPanel.innerText()).toContain('顺丰速运 SF1234567890');
    await servicePoint.getByTestId('batch-create').waitFor(); // the next batch can be started at once
    await shot(servicePoint, '05-service-point-mailed');

    // 4. 刘洋 at the receiving unit: the scanner types the token; the case's key data; receipt.
    const receiving = await staffPage('receiving-unit');
    await receiving.getByTestId('open-paper-desk').click();
    await receiving.waitForURL(`${base}/workbench/paper`);
    await receiving.getByTestId('scan-input').fill(token);
    await receiving.getByTestId('scan-input').press('Enter');
    const scanned = receiving.getByTestId('scanned-case');
    await scanned.waitFor();
    const key = await scanned.innerText();
    for (const s of [ENTERPRISE, caseNo, ITEM, '寄送代收单位中', '第 1 版']) expect(key).toContain(s);
    await shot(receiving, '06-receiving-scanned');
    await receiving.getByTestId('confirm-paper').click();
    const received = receiving.getByTestId('scan-notice').filter({ hasText: '已确认收到纸质材料' });
    await received.waitFor();
    expect(await received.innerText()).toContain(`${caseNo}，当前环节“专家评审”`);

    // Accepted: the enterprise sees 专家评审, its 受理编号 and the 受理通知书.
    await applicant.reload();
    await expect.poll(() => stateOf(applicant)).toBe('专家评审');
    const acceptanceNo = await applicant.getByTestId('acceptance-no').innerText();
    expect(acceptanceNo).toMatch(/^科受字〔\d{4}〕第\d{6}号$/);
    await applicant.getByTestId('notice-acceptance').waitFor();
    const timelineMid = await applicant.getByTestId('case-timeline').innerText();
    for (const s of [`编入批次 ${batchNo}`, `随批次 ${batchNo} 寄出：顺丰速运，单号 SF1234567890`, '扫码确认收到纸质材料']) expect(timelineMid).toContain(s);
    await shot(applicant, '07-accepted');

    // 5. 周敏 draws the panel on the case page.
    await manager.reload();
    await expect.poll(() => stateOf(manager)).toBe('专家评审');
    const section = manager.getByTestId('expert-section');
    const panelRows = section.getByTestId('expert-panel').getByRole('row');
    await confirmWith(manager, section.getByTestId('expert-draw'), /^确\s*定$/, () => expect.poll(() => panelRows.count(), { timeout: 20_000 }).toBe(6)); // header + 5
    const names = (await panelRows.allInnerTexts()).slice(1).map((t) => t.split(/\s/)[0]!);
    const usernames = names.map((n) => demoAccounts.find((a) => a.name === n)!.username);
    // 曹雪梅 and 华丽 are 回避 for 安徽某某智能科技's cases.
    expect(names).not.toContain('曹雪梅');
    expect(names).not.toContain('华丽');

    // Each drawn expert signs in, finds the case in 工作台 and answers in the form.
    for (const [i, u] of usernames.entries()) {
      const expert = await staffPage(u);
      const mine = expert.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo });
      await mine.waitFor({ timeout: 30_000 });
      await mine.getByTestId('case-link').click();
      await expert.waitForURL(`${base}/workbench/cases/${caseId}`);
      const answer = expert.getByTestId('expert-answer-form');
      await answer.getByText(i === 4 ? '修改后同意' : '同意', { exact: true }).click();
      await answer.getByTestId('expert-score').fill(String(80 + i * 2));
      await answer.getByTestId('expert-opinion').fill(`${names[i]}：知识产权与研发投入符合认定条件，创新能力评价 ${80 + i * 2} 分。`);
      await answer.getByTestId('expert-answer-submit').click();
      await expert.locator('.ant-message-notice').filter({ hasText: '意见已提交' }).waitFor();
      if (i === 0) await shot(expert, '08-expert-answer');
      await expert.context().close();
    }

    // 会签: every answer side by side with the average; 周敏 ends the review with her opinion.
    await manager.reload();
    await expect.poll(() => section.getByTestId('expert-average').innerText()).toContain('84'); // (80+82+84+86+88)/5
    expect(await section.innerText()).toContain('已提交 5/5');
    await shot(manager, '09-countersign');
    await manager.getByTestId('case-actions').getByRole('button', { name: '专家评审完成（意见会签）' }).click();
    const modal = manager.locator('.ant-modal').filter({ hasText: '意见/理由' });
    await modal.getByTestId('reason-input').fill('专家组 5 人一致同意，平均分 84 分，综合得分 70 分以上，符合认定条件，拟认定，进入公示。');
    await modal.getByRole('button', { name: '专家评审完成（意见会签）' }).click();
    await expect.poll(() => stateOf(manager), { timeout: 30_000 }).toBe('公示中');

    // 6. Publicity ends without objection.
    await confirmAction(manager, '公示期满无异议', '待认定决定');

    // 7. 郑洁 decides: 认定.
    const decider = await staffPage('decision-maker');
    const toDecide = decider.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo });
    await toDecide.waitFor({ timeout: 30_000 });
    await toDecide.getByTestId('case-link').click();
    await decider.waitForURL(`${base}/workbench/cases/${caseId}`);
    await confirmAction(decider, '认定', '已办结（认定为高新技术企业）');
    expect(await decider.getByTestId('case-actions').count()).toBe(0);

    // The enterprise: concluded, the whole timeline, the notices.
    await applicant.reload();
    await expect.poll(() => stateOf(applicant)).toBe('已办结（认定为高新技术企业）');
    expect(await applicant.getByTestId('case-header').innerText()).toContain('办结时间');
    const timeline = await applicant.getByTestId('case-timeline').innerText();
    const steps = [
      '提交申请', '初审通过（生成带二维码的申报材料）', `受理点扫码收件，编入批次 ${batchNo}`, '受理点收件并寄出', '代收单位确认收到，受理完成',
      '随机抽取评审专家 5 名', '专家评审完成（意见会签）', '公示期满无异议', '认定',
    ];
    let at = -1;
    for (const s of steps) {
      const next = timeline.indexOf(s, at + 1);
      expect(next, `timeline step ${s}`).toBeGreaterThan(at);
      at = next;
    }
    // Who did what: 周敏 the reviews, 陈刚 the mailing, 刘洋 the receipt, 郑洁 the decision.
    const byWhom = (action: string) => applicant.getByTestId('case-timeline').locator('.case-event').filter({ hasText: action }).first().innerText();
    expect(await byWhom('初审通过')).toContain('周敏');
    expect(await byWhom('受理点收件并寄出')).toContain('陈刚');
    expect(await byWhom('代收单位确认收到')).toContain('刘洋');
    expect(await byWhom('公示期满无异议')).toContain('周敏');
    expect(await byWhom('待认定决定 → 已办结')).toContain('郑洁');

    // The result is delivered under seal (自动用印): 高新技术企业认定通知书, downloadable.
    const sealed = applicant.getByTestId('sealed-document').filter({ hasText: '高新技术企业认定通知书' });
    await expect.poll(async () => {
      if ((await sealed.count()) === 0) await applicant.getByTestId('case-reload').click();
      return sealed.count();
    }, { timeout: 120_000, interval: 2_000 }).toBe(1);
    const notice = await applicant.request.get(`${base}${await sealed.getByTestId('sealed-document-download').getAttribute('href')}`);
    expect(notice.status()).toBe(200);
    expect(notice.headers()['content-type']).toBe('application/pdf');
    const noticePdf = await notice.body();
    const noticeText = pdfText(noticePdf);
    // (its first page kept as a picture beside the screenshots)
    const noticeFile = path.join(ARTIFACTS, 'j2-12-recognition-notice.pdf');
    writeFileSync(noticeFile, noticePdf);
    execFileSync('pdftoppm', ['-r', '80', '-f', '1', '-l', '1', '-png', '-singlefile', noticeFile, noticeFile.replace(/\.pdf$/, '')]);
    rmSync(noticeFile);
    for (const s of ['高新技术企业认定通知书', ENTERPRISE, '认定你单位为高新技术企业', '有效期为三年', caseNo, '安徽省科学技术厅']) expect(noticeText.replace(/\s+/g, '')).toContain(s.replace(/\s+/g, ''));
    await applicant.getByTestId('case-timeline').filter({ hasText: '高新技术企业认定通知书' }).waitFor({ timeout: 15_000 }).catch(async () => {
      await applicant.getByTestId('case-reload').click();
      await applicant.getByTestId('case-timeline').filter({ hasText: '高新技术企业认定通知书' }).waitFor();
    });
    await shot(applicant, '10-concluded');

    // The 受理通知书 (printable) carries the acceptance number.
    const printable = await applicant.context().newPage();
    await printable.goto(`${base}/cases/${caseId}/notices/acceptance`);
    const acceptance = await printable.getByTestId('notice').innerText();
    for (const s of ['受理通知书', acceptanceNo, ENTERPRISE, caseNo]) expect(acceptance).toContain(s);
    await shot(printable, '11-acceptance-notice');
  }, 360_000);
});
