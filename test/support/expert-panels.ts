// An expert step the way the merged workflows require it: the reviewer (事项管理人) draws a panel
// by the step's composition rule and every drawn expert answers; the reviewer then closes the step.
import { demoAccounts } from '../../server/modules/identity/idp/demo-accounts.ts';
import type { Client } from './browserless-login.ts';

export type { Client } from './browserless-login.ts';

/** The usernames of the demo experts (sign them all in before drawing). */
export const DEMO_EXPERTS = demoAccounts.filter((a) => a.kind === 'staff' && a.roles.includes('expert')).map((a) => ({ username: a.username, name: a.name }));

/** The username of the demo expert with this name. */
export const expertUsername = (name: string) => DEMO_EXPERTS.find((a) => a.name === name)!.username;

export interface PanelReview {
  name: string;
}

export interface AnswerOptions {
  /** What each expert writes after their name and '：' (default 同意。). */
  opinion?: string;
  /** Each expert's score (default 85). */
  score?: number;
  /** Runs before each expert answers (e.g. to check the case is in their queue). */
  beforeAnswer?: (username: string) => Promise<void>;
}

/** Draws the panel as `reviewer`, has every drawn expert answer, and returns the panel as drawn. */
export async function drawAndAnswer(who: Record<string, Client>, reviewer: string, caseId: string, o: AnswerOptions = {}): Promise<{ reviews: PanelReview[]; [k: string]: unknown }> {
  const send = async (u: string, method: string, path: string, body: unknown) => {
    const res = await who[u]!.b.fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${u} ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const panel = (await send(reviewer, 'POST', `/api/cases/${caseId}/experts/draw`, {})).panels[0];
  for (const r of panel.reviews as PanelReview[]) {
    const u = expertUsername(r.name);
    await o.beforeAnswer?.(u);
    await send(u, 'PUT', `/api/cases/${caseId}/experts/answer`, { opinion: `${r.name}：${o.opinion ?? '同意。'}`, score: o.score ?? 85, recommendation: 'agree' });
  }
  return panel;
}
