// A concluded case for the tests of what comes after conclusion (ratings, invitations): applied
// for with a valid form and the required materials, accepted by 事项管理人 (item-manager) and
// approved by 审批负责人 (decision-maker) on an item with the generic workflow.
import type { Client } from './browserless-login.ts';
import { genericForm } from './application-forms.ts';
import { provideRequiredMaterials } from './materials.ts';

export async function concludedCase(
  who: Record<string, Client>,
  applicant: string,
  itemCode: string,
  o: { form?: Record<string, unknown>; beforeAccept?: (caseId: string) => Promise<void> } = {},
): Promise<{ id: string; caseNo: string }> {
  const send = async (u: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} POST ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  let k = await send(applicant, '/api/cases', { itemCode, form: o.form ?? genericForm() }, { 'idempotency-key': crypto.randomUUID() });
  if ((await provideRequiredMaterials(who[applicant]!.b, who[applicant]!.csrf, k.id)) === 0) throw new Error('the item asks for no materials: not the item these tests expect');
  await o.beforeAccept?.(k.id);
  k = await send('item-manager', `/api/cases/${k.id}/actions/accept`, { expectedVersion: k.version });
  k = await send('decision-maker', `/api/cases/${k.id}/actions/approve`, { expectedVersion: k.version });
  if (k.phase !== 'concluded') throw new Error(`case ${k.caseNo} is ${k.phase}, not concluded`);
  return k;
}
