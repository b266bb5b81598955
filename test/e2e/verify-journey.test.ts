// A member of the public verifies an electronic licence on /verify in a real Chromium, by
// typing its number: J1 runs to its decision over the API (the demo seal seals the licence
// automatically), the licence shows as valid; after the department revokes it the same
// check shows 已注销 with the reason at once; a forged code is refused with a clear message.
// Screenshots are kept in test/e2e/artifacts/.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInClients, type Client } from '../support/browserless-login.ts';
import { labAnimalUseForm } from '../support/application-forms.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { DEMO_EXPERTS, drawAndAnswer } from '../support/expert-panels.ts';
import { provideRequiredMaterials } from '../support/materials.ts';

describe('licence verification journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'verify' });
  let base: string;
  const who: Record<string, Client> = {};

  beforeAll(async () => {
    base = journey.base;
    Object.assign(who, await signInClients(base, ['hefei-bio', 'item-manager', 'window-clerk', 'decision-maker', ...DEMO_EXPERTS.map((e) => e.username)]));
  }, 120_000);

  const post = async (u: string, p: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} POST ${p}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  async function issueLicence() {
    const items = await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent('实验动物使用许可证核发')}`)).json();
    const itemCode = items.items.find((i: { name: string }) => i.name === '实验动物使用许可证核发').code;
    let c = await post('hefei-bio', '/api/cases', { itemCode, form: labAnimalUseForm() }, { 'idempotency-key': crypto.randomUUID() });
    await provideRequiredMaterials(who['hefei-bio']!.b, who['hefei-bio']!.csrf, c.id);
    // Expert steps: the reviewer draws a panel, every expert answers, then the reviewer closes the step.
    for (const [u, action, opinion] of [['item-manager', 'pass_initial'], ['panel', 'pass_prereview'], ['item-manager', 'accept_online'], ['window-clerk', 'confirm_paper'], ['panel', 'finish_inspection', '现场验收合格'], ['decision-maker', 'approve']] as const) {
      if (u === 'panel') await drawAndAnswer(who, 'item-manager', c.id);
      c = await post(u === 'panel' ? 'item-manager' : u, `/api/cases/${c.id}/actions/${action}`, { opinion, expectedVersion: u === 'panel' ? (await (await who['item-manager']!.b.fetch(`/api/cases/${c.id}`)).json()).version : c.version });
    }
    const mine = async () => (await (await who['hefei-bio']!.b.fetch('/api/licences/mine')).json()).items as Array<{ id: string; licenceNo: string; code: string; caseId: string }>;
    await expect.poll(async () => (await mine()).some((l) => l.caseId === c.id), { timeout: 60_000, interval: 500 }).toBe(true);
    return (await mine()).find((l) => l.caseId === c.id)!;
  }

  async function check(page: Page, code: string) {
    await page.goto(`${base}/verify`);
    await page.getByRole('heading', { name: '电子证照核验' }).waitFor();
    const input = page.getByTestId('verify-input').locator('input');
    await input.fill(code);
    await input.press('Enter');
  }

  it('shows a valid licence, then its revocation at once, and refuses a forged code', async () => {
    const licence = await issueLicence();
    expect(licence.licenceNo).toMatch(/^SYXK（皖）\d{4}-\d{4}$/);
    const page = await journey.newPage(); // nobody signed in: the public

    await check(page, licence.licenceNo.replace('（', '(').replace('）', ')')); // typed with half-width brackets
    await page.getByTestId('verify-result').waitFor();
    await expect.poll(() => page.getByTestId('verify-status').textContent()).toBe('有效');
    await expect.poll(() => page.getByTestId('verify-result').textContent()).toContain('合肥某某生物科技有限公司');
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-valid.png'), fullPage: true });

    await post('decision-maker', `/api/admin/licences/${licence.id}/revoke`, { reason: '设施条件发生变化' });
    await check(page, licence.licenceNo);
    await expect.poll(() => page.getByTestId('verify-status').textContent()).toBe('已注销');
    await expect.poll(() => page.getByTestId('verify-result').textContent()).toContain('设施条件发生变化');
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-revoked.png'), fullPage: true });

    // The QR's URL opens the page and checks at once; an altered code is refused.
    const [prefix, payload, sig] = licence.code.split('.');
    const data = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    data[6] = '2099-12-31';
    await page.goto(`${base}/verify?c=${prefix}.${Buffer.from(JSON.stringify(data)).toString('base64url')}.${sig}`);
    await expect.poll(() => page.getByTestId('verify-error').textContent(), { timeout: 15_000 }).toContain('证照码无效：签名校验未通过，可能被伪造或篡改');
    await page.close();
  }, 180_000);
});
