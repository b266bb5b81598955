// Expert review in a real Chromium: a 科技计划项目立项 case reaches 专家评审 (through the API);
// 周敏 draws the panel on the case page; one drawn expert signs in, finds the case and gives
// opinion, score and recommendation in the form; the others answer through the API; 周敏
// sees the five answers side by side with the average score (会签). Screenshots in test/e2e/artifacts/.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../server/modules/identity/idp/demo-accounts.ts';
import { browserless, login } from '../support/browserless-login.ts';
import { formFor } from '../support/application-forms.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { provideRequiredMaterials } from '../support/materials.ts';

describe('expert review journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'expert' });
  const pageAs = journey.signedInPage;
  let base: string;
  beforeAll(() => void (base = journey.base));

  /** A signed-in API client (for the steps this journey is not about). */
  const client = async (username: string) => {
    const b = browserless(base);
    await login(b, base, username);
    const csrf = (await (await b.fetch('/api/me')).json()).csrfToken as string;
    const send = async (method: string, p: string, body: unknown = {}, headers: Record<string, string> = {}) =>
      (await b.fetch(p, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, ...headers }, body: JSON.stringify(body) })).json();
    return { send, get: async (p: string) => (await b.fetch(p)).json(), materials: (id: string) => provideRequiredMaterials(b, csrf, id) };
  };

  it('draws the panel, takes an expert\'s opinion in the form and shows 会签 with the average score', async () => {
    const applicant = await client('ah-institute');
    const code = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent('科技计划项目立项')}`)).json()).items[0].code;
    const c = await applicant.send('POST', '/api/cases', { itemCode: code, form: formFor('科技计划项目立项') }, { 'idempotency-key': crypto.randomUUID() });
    await applicant.materials(c.id);
    const manager = await client('item-manager');
    expect((await manager.send('POST', `/api/cases/${c.id}/actions/pass_formal`)).state).toBe('expert_review');

    const reviewer = await pageAs('item-manager', `/workbench/cases/${c.id}`);
    const section = reviewer.getByTestId('expert-section');
    await section.getByText('至少 5 名专家，其中技术专家不少于 60%').waitFor();
    await section.getByTestId('expert-draw').click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await reviewer.locator('.ant-message-notice').filter({ hasText: '已随机抽取专家' }).waitFor();
    await expect.poll(() => section.getByTestId('expert-panel').getByRole('row').count()).toBe(6); // header + 5
    await reviewer.getByTestId('case-timeline').filter({ hasText: '随机抽取评审专家 5 名' }).waitFor({ timeout: 15_000 }).catch(async () => {
      await reviewer.getByTestId('case-reload').click();
      await reviewer.getByTestId('case-timeline').filter({ hasText: '随机抽取评审专家 5 名' }).waitFor();
    });

    const panel = (await manager.get(`/api/cases/${c.id}/experts`)).panels[0];
    const usernames = panel.reviews.map((r: { name: string }) => demoAccounts.find((a) => a.name === r.name)!.username);
    const expert = await pageAs(usernames[0], `/workbench/cases/${c.id}`);
    const form = expert.getByTestId('expert-answer-form');
    await form.getByText('同意', { exact: true }).click();
    await form.getByTestId('expert-score').fill('88');
    await form.getByTestId('expert-opinion').fill('研究目标明确，技术路线可行，建议立项。');
    await form.getByTestId('expert-answer-submit').click();
    await expert.locator('.ant-message-notice').filter({ hasText: '意见已提交' }).waitFor();
    // The expert sees only their own answer.
    await expect.poll(() => expert.getByTestId('expert-panel').getByRole('row').count()).toBe(2);
    await expert.screenshot({ path: path.join(ARTIFACTS, 'expert-answer.png'), fullPage: true });

    for (const u of usernames.slice(1)) {
      const e = await client(u);
      await e.send('PUT', `/api/cases/${c.id}/experts/answer`, { opinion: '同意立项。', score: 78, recommendation: 'agree' });
    }
    await reviewer.reload();
    await expect.poll(() => reviewer.getByTestId('expert-average').innerText()).toContain('80'); // (88 + 4 × 78) / 5
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'expert-countersign.png'), fullPage: true });
  }, 180_000);
});
