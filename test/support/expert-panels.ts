// An expert step the way the merged workflows require it: the reviewer (事项管理人) draws a panel
// by the step's composition rule and every drawn expert answers; the reviewer then closes the step.
import { demoAccounts } from '../../server/modules/identity/idp/demo-accounts.ts';
import type { Browserless } from './browserless-login.ts';

export interface Client {
  b: Browserless;
  csrf: string;
}

/** The usernames of the demo experts (sign them all in before drawing). */
export const DEMO_EXPERTS = demoAccounts.filter((a) => a.kind === 'staff' && a.roles.includes('expert')).map((a) => ({ username: a.username, name: a.name }));

export async function drawAndAnswer(who: Record<string, Client>, reviewer: string, caseId: string): Promise<void> {
  const send = async (u: string, method: string, path: string, body: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const panel = (await send(reviewer, 'POST', `/api/cases/${caseId}/experts/draw`, {})).panels[0];
  for (const r of panel.reviews as Array<{ name: string }>) {
    const u = DEMO_EXPERTS.find((a) => a.name === r.name)!.username;
    await send(u, 'PUT', `/api/cases/${caseId}/experts/answer`, { opinion: `${r.name}：同意。`, score: 85, recommendation: 'agree' });
  }
}
