// J1 — 实验动物生产许可证核发, played entirely in a real Chromium with the demo accounts, in the
// order of the workflow (server/modules/workflow/definitions/lab-animal-licence.ts):
// 合肥某某生物科技 (hefei-bio) fills the item's form (identity prefilled and locked, species and
// grade checkboxes, a key-staff row) and uploads the materials → 周敏 (item-manager) 初审通过 →
// she draws the pre-review panel, each drawn expert signs in and answers → she returns the case
// for correction, one reason per material (一次性告知) → the applicant sees every reason at once
// (on the case page, in the printable 补正通知书, and the named materials marked 需补正 in the
// list), re-uploads those materials (已补正) and resubmits →
// 初审通过 again, a new panel answers, 预审通过: the application PDF is stamped (watermark and a QR
// code on every page) → 网上受理 → the applicant downloads the printout; the window clerk types
// its QR token at 扫码收件 and confirms the paper: accepted (受理编号, sealed 受理通知书) → the
// on-site inspection panel answers, 现场验收完成 → the decision maker 准予许可 → the sealed
// licence is delivered: downloaded through the browser, checked with pdfsig and pdftotext; the
// applicant rates the case. Screenshots: test/e2e/artifacts/j1-*.png.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { expertUsername } from '../support/expert-panels.ts';
import { TEST_PDF } from '../support/materials.ts';
import { pdfsig, pdfText } from '../support/pdf-tools.ts';
import { qrOnPage } from '../support/qr.ts';

const run = promisify(execFile);
const ITEM = '实验动物生产许可证核发';
const HOLDER = '合肥某某生物科技有限公司';
const CREDIT_CODE = '91340100MA2K8B3D8J';

/** The pre-review's correction: one line per material (一次性告知). */
const REASONS = [
  '实验动物设施环境检测报告：检测日期已超过申请前 3 个月的时限，请重新检测后上传；',
  '实验动物质量检测报告：缺少 SD 大鼠的微生物学检测项目，请补充后上传；',
  '设施平面布局图：未标明洁净区压差梯度和人流、物流走向，请重新绘制后上传。',
];
/** The materials those reasons name (their index in the item's list). */
const CORRECTED = [2, 3, 8];

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `j1-${name}.png`), fullPage: true });
const stateOf = (page: Page) => page.getByTestId('case-header').getByTestId('case-state').innerText();
/** Waits (generously: a busy machine) until the case page shows the state. */
const stateIs = (page: Page, label: string) => expect.poll(() => stateOf(page), { timeout: 30_000 }).toBe(label);
/** Waits for the toasts to go (before screenshots). */
const toastsGone = (page: Page) => expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 20_000 }).toBe(0);
/** A YYYY-MM-DD day `days` ago. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** pdftotext -raw (a rotated watermark comes out whole, see traps). */
async function rawText(pdf: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-j1-'));
  try {
    await fs.writeFile(path.join(dir, 'doc.pdf'), pdf);
    return (await run('pdftotext', ['-raw', path.join(dir, 'doc.pdf'), '-'])).stdout.replace(/\s+/g, '');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Uploads a PDF for one material in the materials panel and waits until the row shows it. */
async function uploadPdf(page: Page, index: number, fileName: string): Promise<void> {
  const row = page.getByTestId(`material-${index}`);
  await row.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.concat([TEST_PDF, Buffer.from(`% ${fileName} ${Date.now()}\n`)]) });
  await row.getByTestId('material-file').filter({ hasText: fileName }).waitFor({ timeout: 30_000 });
  await expect.poll(() => row.getByTestId('material-status').innerText(), { timeout: 30_000 }).toBe('已上传');
}

/**
 * Clicks a button of an antd popconfirm or dialog once it has finished opening: a click during
 * the zoom animation can miss on a busy machine (and the popup then closes, or stays open).
 */
async function clickSettled(button: Locator): Promise<void> {
  await button.waitFor();
  await expect.poll(() => button.evaluate((el) => el.closest('[class*="-appear"], [class*="-enter"]') === null), { timeout: 10_000 }).toBe(true);
  await button.click();
}

/** Clicks a dialog's button until the dialog is gone (tried again if a click was lost). */
async function clickUntilGone(button: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1 || (await button.isVisible())) await clickSettled(button);
    try {
      await button.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Takes an action from 当前可办理: confirmed in its popconfirm, or with an opinion in the reason
 * modal; done when its toast shows. A lost confirmation (no toast) is tried again.
 */
async function act(page: Page, label: string, opinion?: string): Promise<void> {
  const trigger = page.getByTestId('case-actions').getByRole('button', { name: label, exact: true });
  const modal = page.locator('.ant-modal').filter({ has: page.getByTestId('reason-form') });
  // (not exact: a button that was loading can keep antd's leaving "loading" icon in its name)
  const ok = opinion === undefined ? page.locator('.ant-popconfirm').getByRole('button', { name: label }) : modal.getByRole('button', { name: label });
  const done = page.locator('.ant-message-notice').filter({ hasText: `已${label}` });
  for (let attempt = 1; ; attempt++) {
    if (!(await ok.isVisible())) await trigger.click();
    if (opinion !== undefined) await modal.getByTestId('reason-input').fill(opinion);
    await clickSettled(ok);
    try {
      await done.waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      if (attempt >= 3 || !(await trigger.isVisible())) throw error;
    }
  }
}

describe('J1 lab-animal production licence journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'j1' });
  const { signedInPage } = journey;
  let base: string;
  beforeAll(() => void (base = journey.base));

  it('applies, is pre-reviewed, corrects all at once, is accepted online and on paper, inspected, licensed and rated', async () => {
    // A failure leaves a picture of every page open at the time.
    onTestFailed(async () => {
      let n = 0;
      for (const context of journey.browser.contexts()) for (const page of context.pages()) await shot(page, `failed-${++n}`).catch(() => undefined);
    });
    const list = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent(ITEM)}`)).json()) as { items: { code: string; name: string }[] };
    const code = list.items.find((i) => i.name === ITEM)!.code;

    // 1. The applicant opens the guide and applies online: who applies comes from the login.
    const applicant = await signedInPage('hefei-bio', `/items/${code}`);
    await applicant.getByTestId('apply-online').click();
    await applicant.waitForURL(`${base}/items/${code}/apply`);
    await applicant.getByTestId('apply-title').filter({ hasText: ITEM }).waitFor();
    const form = applicant.getByTestId('dynamic-form');
    await form.locator('[data-field=unitName][data-locked=true]').waitFor();
    expect(await form.locator('[data-field=unitName]').inputValue()).toBe(HOLDER);
    expect(await form.locator('[data-field=unitCreditCode]').inputValue()).toBe(CREDIT_CODE);
    expect(await form.getByLabel('法定代表人').inputValue()).toBe('王五');
    expect(await form.getByLabel('联系人').inputValue()).toBe('王五');
    await form.getByLabel('首次申请').check();
    await form.getByLabel('小鼠', { exact: true }).check();
    await form.getByLabel('大鼠', { exact: true }).check();
    await form.getByLabel('品种品系').fill('C57BL/6J 小鼠、BALB/c 小鼠、SD 大鼠');
    await form.getByLabel('无特定病原体级（SPF）').check();
    await form.getByLabel('年生产能力').fill('50000');
    await form.getByLabel('设施地址').fill('合肥市高新区望江西路 800 号 B 座 3 层');
    await form.getByLabel('设施总面积').fill('1200');
    await form.getByLabel('其中屏障环境面积').fill('600');
    const tested = daysAgo(30);
    await form.getByLabel('设施环境检测报告日期').fill(tested);
    await form.getByLabel('设施环境检测报告日期').press('Enter');
    await form.getByLabel('实验动物来源单位').fill('某某实验动物中心（SCXK(皖)2024-0001）');
    await form.getByLabel('从业人员总数').fill('25');
    await form.getByLabel('其中专业技术人员').fill('12');
    await form.getByLabel('持证上岗人数').fill('25');
    const staff = form.getByTestId('table-keyStaff');
    if ((await staff.locator('.form-table-row').count()) === 0) await staff.getByTestId('add-row-keyStaff').click();
    const row = staff.locator('.form-table-row').first();
    await row.getByLabel('姓名').fill('李某');
    await row.getByLabel('岗位').fill('设施负责人');
    await row.getByLabel('职称').fill('高级实验师');
    await row.getByLabel('上岗证编号').fill('AH-2024-001');
    await form.getByLabel('我已阅读并确认').check();
    expect(await form.getByLabel('设施环境检测报告日期').inputValue()).toBe(tested);
    await toastsGone(applicant);
    await shot(applicant, '01-apply-form');
    await form.getByTestId('apply-submit').click();

    // 2. The case page: its number, 待初审, the answers as submitted.
    await applicant.waitForURL(/\/me\/cases\/[0-9a-f-]{36}$/);
    const caseId = applicant.url().split('/').pop()!;
    const caseNo = (await applicant.getByTestId('case-no').innerText()).trim();
    expect(caseNo).toMatch(new RegExp(`^${code}\\d{12}$`));
    await applicant.locator('.ant-message-notice').filter({ hasText: caseNo }).waitFor();
    expect(await stateOf(applicant)).toBe('待初审');
    const answers = await applicant.getByTestId('case-form').innerText();
    for (const s of [HOLDER, CREDIT_CODE, '小鼠、大鼠', '无特定病原体级（SPF）', '李某', 'AH-2024-001']) expect(answers).toContain(s);
    await applicant.getByTestId('case-timeline').filter({ hasText: '提交申请' }).waitFor();

    // 3. The materials: every required one uploaded (营业执照 comes from the e-licence library), the SOP by 告知承诺.
    expect(await applicant.getByTestId('material-1').innerText()).toContain('由系统从电子证照库获取，无需上传');
    const materialNames: string[] = [];
    for (const i of [0, 2, 3, 4, 5, 6, 7, 8]) {
      const name = (await applicant.getByTestId(`material-${i}`).locator('strong').first().innerText()).replace(/^\d+\.\s*/, '');
      materialNames[i] = name;
      await uploadPdf(applicant, i, `${name}.pdf`);
    }
    await applicant.getByTestId('material-9').getByTestId('material-commitment').click();
    await clickUntilGone(applicant.locator('.ant-modal-confirm').getByRole('button', { name: '我已阅读并承诺' }));
    await applicant.getByTestId('material-9').getByTestId('material-status').filter({ hasText: '告知承诺' }).waitFor();
    await applicant.getByTestId('materials-progress').filter({ hasText: /必要材料已提交 (\d+)\/\1 项/ }).waitFor();
    await toastsGone(applicant);
    await shot(applicant, '02-case-submitted');

    // 4. 周敏 finds the case in her queue and passes the initial review: 专家预审.
    const reviewer = await signedInPage('item-manager', '/workbench');
    const queued = reviewer.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo });
    await queued.waitFor();
    expect(await queued.innerText()).toContain(HOLDER);
    await queued.getByTestId('case-link').click();
    await reviewer.waitForURL(`${base}/workbench/cases/${caseId}`);
    await reviewer.getByTestId('material-2').getByTestId('material-file').waitFor();
    await act(reviewer, '初审通过，转专家预审');
    await stateIs(reviewer, '专家预审');

    /** 周敏 draws the step's panel; the drawn experts' usernames. */
    const drawPanel = async (): Promise<string[]> => {
      const section = reviewer.getByTestId('expert-section');
      await section.getByText('至少 3 名专家').first().waitFor();
      const panel = section.getByTestId('expert-panel').filter({ hasText: '进行中' });
      const confirm = reviewer.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ });
      // (a click lost while the popconfirm opens or the panel re-renders is tried again: a
      // replaced draw is allowed while nobody has answered)
      for (let attempt = 1; ; attempt++) {
        if (!(await confirm.isVisible())) await section.getByTestId('expert-draw').click();
        await clickSettled(confirm);
        try {
          await expect.poll(() => panel.locator('tbody tr.ant-table-row').count(), { timeout: 20_000 }).toBe(3);
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
        }
      }
      const names = await panel.locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
      return names.map((n) => expertUsername(n.trim()));
    };
    /** 周敏 refreshes the case: every expert on the open panel has answered (会签). */
    const allAnswered = async () => {
      await reviewer.getByTestId('case-reload').click();
      await reviewer.getByTestId('expert-section').getByTestId('expert-panel').filter({ hasText: '进行中' }).getByText('已提交 3/3').waitFor();
    };
    /** Each expert signs in (once), finds the case in their queue and answers in the form. */
    const expertPages = new Map<string, Page>();
    const answer = async (username: string, recommendation: string, score: number, opinion: string) => {
      let page = expertPages.get(username);
      if (!page) {
        page = await signedInPage(username, '/workbench');
        expertPages.set(username, page);
      } else {
        await page.goto(`${base}/workbench`);
      }
      await page.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo }).getByTestId('case-link').click();
      await page.waitForURL(`${base}/workbench/cases/${caseId}`);
      const f = page.getByTestId('expert-answer-form');
      await f.getByText(recommendation, { exact: true }).click();
      await f.getByTestId('expert-score').fill(String(score));
      await f.getByTestId('expert-opinion').fill(opinion);
      await f.getByTestId('expert-answer-submit').click();
      await page.locator('.ant-message-notice').filter({ hasText: '意见已提交' }).waitFor();
      return page;
    };

    // 5. The pre-review: three experts; they ask for changes to the reports and the layout.
    const firstPanel = await drawPanel();
    for (const [i, u] of firstPanel.entries()) {
      const page = await answer(u, '修改后同意', 75 + i, `设施条件基本符合要求。${REASONS[i]}`);
      if (i === 0) {
        await toastsGone(page);
        await shot(page, '03-expert-prereview');
      }
    }
    await allAnswered();

    // 6. 周敏 returns it for correction: every material to correct, each with its reason, at once.
    await act(reviewer, '一次性告知补正', REASONS.map((r, i) => `${i + 1}. ${r}`).join('\n'));
    await stateIs(reviewer, '待补正');

    // 7. The applicant sees all the reasons at once, re-uploads those materials and resubmits.
    await applicant.reload();
    const notice = applicant.getByTestId('correction-notice');
    await notice.waitFor();
    const told = await notice.innerText();
    for (const r of REASONS) expect(told).toContain(r);
    const printed = applicant.waitForEvent('popup');
    await applicant.getByTestId('notice-correction').click();
    const noticePage = await printed;
    const items = noticePage.getByTestId('notice-list').locator('li');
    await items.first().waitFor();
    expect((await items.allInnerTexts()).map((s) => s.trim())).toEqual(REASONS.map((r) => r.replace(/；$/, '')));
    expect(await noticePage.getByTestId('notice').innerText()).toContain('一次性告知');
    await shot(noticePage, '04-correction-notice');
    await noticePage.close();
    // The materials the notice names are marked in the list; each is replaced.
    await expect.poll(() => applicant.getByTestId('material-correction').count(), { timeout: 30_000 }).toBe(CORRECTED.length);
    for (const i of CORRECTED) {
      const m = applicant.getByTestId(`material-${i}`);
      expect(await m.getByTestId('material-correction').innerText()).toBe('需补正');
      expect(await m.getByTestId('material-upload').innerText()).toContain('重新上传');
      await uploadPdf(applicant, i, `${materialNames[i]}（补正）.pdf`);
      await m.getByTestId('material-correction').filter({ hasText: '已补正' }).waitFor();
    }
    await toastsGone(applicant);
    await shot(applicant, '05-correction');
    await applicant.getByTestId('correction-form').getByTestId('apply-submit').click();
    await stateIs(applicant, '待初审');
    expect(await applicant.getByTestId('correction-notice').count()).toBe(0);
    await applicant.getByTestId('case-timeline').filter({ hasText: '提交补正材料' }).waitFor();

    // 8. Initial review again; a new panel agrees; 预审通过: the application is stamped.
    await reviewer.getByTestId('case-reload').click();
    await stateIs(reviewer, '待初审');
    await reviewer.getByTestId('material-2').getByTestId('material-file').filter({ hasText: '（补正）' }).waitFor();
    await act(reviewer, '初审通过，转专家预审');
    await stateIs(reviewer, '专家预审');
    for (const u of await drawPanel()) await answer(u, '同意', 88, '补正后的检测报告和布局图符合要求，同意通过预审。');
    await allAnswered();
    await act(reviewer, '预审通过（专家意见会签）');
    await stateIs(reviewer, '待网上受理');

    // 9. 网上受理: the paper is awaited.
    await act(reviewer, '网上受理（加注“预审通过”）');
    await stateIs(reviewer, '待收纸质材料');

    // 10. The applicant downloads the stamped application (预审通过 watermark, a QR code on every page) to print it.
    await applicant.reload();
    await stateIs(applicant, '待收纸质材料');
    const stampedButton = applicant.locator('[data-testid^=document-download-]').first();
    await stampedButton.waitFor({ timeout: 120_000 });
    // (the page says what to do with the printout while the paper is awaited)
    expect(await applicant.getByTestId('paper-instructions').innerText()).toContain('递交纸质材料');
    const stampedDownload = applicant.waitForEvent('download');
    await stampedButton.click();
    const stamped = await fs.readFile((await (await stampedDownload).path())!);
    expect(await rawText(stamped)).toContain('预审通过');
    const pages = Number(/共 (\d+) 页/.exec(await applicant.getByText(/共 \d+ 页/).first().innerText())![1]);
    expect(pages).toBeGreaterThan(1);
    const [first, last] = [qrOnPage(stamped, 1), qrOnPage(stamped, pages)];
    expect(last).not.toBe(first);
    await toastsGone(applicant);
    await shot(applicant, '06-stamped-application');

    // 11. The window clerk scans the printout (types the token as a scanner does) and confirms the paper: accepted.
    const clerk = await signedInPage('window-clerk', '/workbench/paper');
    await clerk.getByTestId('scan-input').fill(last);
    await clerk.getByTestId('scan-input').press('Enter');
    const scanned = clerk.getByTestId('scanned-case');
    await scanned.waitFor();
    const scannedText = await scanned.innerText();
    for (const s of [HOLDER, CREDIT_CODE, caseNo, ITEM, '待收纸质材料', `第 1 版，共 ${pages} 页（扫描的是第 ${pages} 页）`]) expect(scannedText).toContain(s);
    await shot(clerk, '07-paper-desk');
    await clerk.getByTestId('confirm-paper').click();
    await clerk.getByTestId('scan-notice').filter({ hasText: '已确认收到纸质材料' }).waitFor();
    expect(await clerk.getByTestId('scan-notice').innerText()).toContain('专家现场验收');

    // 12. On-site inspection: a panel answers; 现场验收完成 with the countersigned opinion.
    await reviewer.getByTestId('case-reload').click();
    await stateIs(reviewer, '专家现场验收');
    const acceptanceNo = (await reviewer.getByTestId('acceptance-no').innerText()).trim();
    expect(acceptanceNo).toMatch(/^科受字〔\d{4}〕第\d{6}号$/);
    for (const u of await drawPanel()) await answer(u, '同意', 90, '现场考察：设施运行正常，环境指标、动物质量与人员持证情况符合要求。');
    await allAnswered();
    await toastsGone(reviewer);
    await shot(reviewer, '08-inspection-countersigned');
    await act(reviewer, '现场验收完成（专家意见会签）', '现场验收合格：三位专家一致同意，设施、动物质量、人员和制度符合《实验动物许可证管理办法（试行）》的条件。');
    await stateIs(reviewer, '待审批决定');

    // 13. The decision maker grants the licence.
    const decider = await signedInPage('decision-maker', '/workbench');
    await decider.getByTestId('work-queue').getByRole('row').filter({ hasText: caseNo }).getByTestId('case-link').click();
    await decider.waitForURL(`${base}/workbench/cases/${caseId}`);
    await decider.getByTestId('case-header').waitFor();
    await act(decider, '准予许可');
    await stateIs(decider, '已办结（准予许可，发证）');

    // 14. The applicant: the sealed licence delivered, downloaded and checked.
    await applicant.reload();
    await stateIs(applicant, '已办结（准予许可，发证）');
    expect((await applicant.getByTestId('acceptance-no').innerText()).trim()).toBe(acceptanceNo);
    const licenceRow = applicant.getByTestId('sealed-documents').locator('.ant-list-item').filter({ hasText: '实验动物生产许可证' });
    await expect.poll(async () => {
      if ((await licenceRow.count()) > 0) return true;
      await applicant.getByTestId('case-reload').click();
      return false;
    }, { timeout: 60_000, interval: 1_000 }).toBe(true);
    expect(await applicant.getByTestId('sealed-documents').locator('.ant-list-item').filter({ hasText: '受理通知书' }).count()).toBe(1);
    const licenceDownload = applicant.waitForEvent('download');
    await licenceRow.getByRole('link', { name: /下载/ }).click();
    const licence = await fs.readFile((await (await licenceDownload).path())!);
    const sig = await pdfsig(licence);
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Total document signed');
    const text = await pdfText(licence);
    const licenceNo = /SCXK（皖）\d{4}-\d{4}/.exec(text)?.[0];
    expect(licenceNo).toBeDefined();
    for (const s of ['实验动物生产许可证', HOLDER, '小鼠、大鼠（无特定病原体级（SPF））', '发证机关：安徽省科学技术厅']) expect(text).toContain(s);

    // 15. The whole history, and the rating card: the applicant rates the case.
    const actions = await applicant.getByTestId('case-timeline').locator('.case-event strong').allInnerTexts();
    const expected = [
      '提交申请', '初审通过，转专家预审', '一次性告知补正', '提交补正材料', '初审通过，转专家预审', '预审通过（专家意见会签）', '网上受理（加注“预审通过”）',
      '确认收到纸质材料，受理完成', '现场验收完成（专家意见会签）', '准予许可',
    ];
    let at = 0;
    for (const a of actions) if (a === expected[at]) at++;
    expect(at, `timeline ${JSON.stringify(actions)}`).toBe(expected.length);
    for (const s of ['自动用印，出具并送达：受理通知书（电子签章）', '自动用印，出具并送达：实验动物生产许可证（电子签章）']) expect(actions).toContain(s);
    // Concluded: the stamped application stays for the records, without the printing instructions.
    expect(await applicant.getByTestId('paper-instructions').count()).toBe(0);
    const rating = applicant.getByTestId('rating-card');
    await rating.getByTestId('rating-level-5').click();
    await rating.getByTestId('rating-comment').fill('全程网上办理，补正一次说清，纸质材料一次递交。');
    await rating.getByTestId('rating-submit').click();
    await rating.getByTestId('rating-view').filter({ hasText: '非常满意' }).waitFor();
    await toastsGone(applicant);
    await shot(applicant, '09-licensed-rated');
  }, 360_000);
});
