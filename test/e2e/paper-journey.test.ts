// Paper intake in a real Chromium (J2 高新技术企业认定): after initial review the enterprise
// finds its stamped application on the case page ("生成中", then 下载打印); the printout's QR
// code (read from the rendered PDF) is typed into the desk's field by the receiving unit's
// clerk (as a USB scanner does), who sees the case's key data and confirms receipt.
// Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { highTechForm } from '../support/application-forms.ts';
import { browserless, login, signInClients, type Client } from '../support/browserless-login.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { provideRequiredMaterials } from '../support/materials.ts';
import { qrOnPage } from '../support/qr.ts';

const ITEM = '高新技术企业认定';

describe('paper intake journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'paper' });
  const { newPage, signIn } = journey;
  let base: string;
  const api: Record<string, Client> = {};
  const post = async (u: string, p: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await api[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': api[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${u} POST ${p}: ${res.status} ${await res.text()}`);
    return res.json();
  };

  beforeAll(async () => {
    base = journey.base;
    Object.assign(api, await signInClients(base, ['ah-tech', 'item-manager']));
  }, 120_000);

  it('the applicant downloads the stamped application; the receiving unit types its QR token, sees the case and confirms receipt', async () => {
    const items = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent(ITEM)}`)).json()) as { items: { code: string; name: string }[] };
    const code = items.items.find((i) => i.name === ITEM)!.code;
    const c = await post('ah-tech', '/api/cases', { itemCode: code, form: highTechForm() }, { 'idempotency-key': crypto.randomUUID() });
    await provideRequiredMaterials(api['ah-tech']!.b, api['ah-tech']!.csrf, c.id);
    await post('item-manager', `/api/cases/${c.id}/actions/pass_initial`, { expectedVersion: c.version });

    // The applicant's case page: 生成中 until the worker is done, then 下载打印.
    const applicant = await newPage();
    await applicant.goto(`${base}/me/cases/${c.id}`);
    await applicant.getByTestId('sign-in-required').click();
    await applicant.waitForURL(/\/idp\//);
    await signIn(applicant, 'ah-tech');
    await applicant.waitForURL(`${base}/me/cases/${c.id}`);
    const download = applicant.getByTestId('document-download-1');
    await download.waitFor({ timeout: 120_000 });
    const href = await download.getAttribute('href');
    const pdf = new Uint8Array(await (await api['ah-tech']!.b.fetch(href!)).arrayBuffer());
    await applicant.screenshot({ path: path.join(ARTIFACTS, 'paper-01-applicant-download.png'), fullPage: true });

    // The service point mails it in a batch (through the API: the browser part is the receiving desk).
    const sp = browserless(base);
    await login(sp, base, 'service-point');
    api.sp = { b: sp, csrf: (await (await sp.fetch('/api/me')).json()).csrfToken };
    const token = qrOnPage(pdf, 1);
    const batch = await post('sp', '/api/paper/batches', {});
    await post('sp', `/api/paper/batches/${batch.id}/items`, { code: token });
    await post('sp', `/api/paper/batches/${batch.id}/mail`, { courier: '顺丰速运', trackingNo: 'SF1234567890' });

    // The receiving unit's desk: a scanner types the token and Enter.
    const clerk = await newPage();
    await clerk.goto(`${base}/workbench`);
    await clerk.getByTestId('sign-in-required').click();
    await clerk.waitForURL(/\/idp\//);
    await signIn(clerk, 'receiving-unit');
    await clerk.getByTestId('open-paper-desk').click();
    await clerk.waitForURL(`${base}/workbench/paper`);
    await clerk.getByTestId('scan-input').fill('K1' + 'A'.repeat(48));
    await clerk.getByTestId('scan-input').press('Enter');
    await clerk.getByText('二维码无效').waitFor();
    await clerk.getByTestId('scan-input').fill(token);
    await clerk.getByTestId('scan-input').press('Enter');
    const scanned = clerk.getByTestId('scanned-case');
    await scanned.waitFor();
    const text = await scanned.innerText();
    for (const s of ['安徽某某智能科技股份有限公司', c.caseNo, ITEM, '寄送代收单位中', '第 1 版']) expect(text).toContain(s);
    expect(text).toMatch(/[0-9A-Z]{18}/); // the credit code
    await clerk.screenshot({ path: path.join(ARTIFACTS, 'paper-02-desk-scanned.png'), fullPage: true });
    await clerk.getByTestId('confirm-paper').click();
    await clerk.getByTestId('scan-notice').filter({ hasText: '已确认收到纸质材料' }).waitFor();
    expect(await clerk.getByTestId('scan-notice').innerText()).toContain('专家评审');
    await clerk.screenshot({ path: path.join(ARTIFACTS, 'paper-03-desk-confirmed.png'), fullPage: true });
    const after = await (await api['ah-tech']!.b.fetch(`/api/cases/${c.id}`)).json();
    expect(after.state).toBe('expert_review');
  }, 300_000);
});
