// Where a credit answer comes from: the credit platform over HTTP when configured and
// reachable, otherwise the imported list (offline). Neither → 'unavailable', never "clear".
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { postJson } from '../http.ts';
import type { CreditEntry } from '../tables.ts';
import { creditAnswerSchema, CREDIT_PATHS } from './contract.ts';
import * as store from './store.ts';

export interface CreditAnswer {
  result: 'clear' | 'listed' | 'unavailable';
  source: string;
  entries: CreditEntry[];
}

export function createCreditSource(db: Kysely<DB>, http: { url: string; token?: string; timeoutMs: number } | null) {
  return async (subject: { code: string; type: '001' | '111'; purpose: string }): Promise<CreditAnswer> => {
    let platformError: string | null = null;
    if (http) {
      try {
        const res = creditAnswerSchema.parse(
          await postJson(http.url + CREDIT_PATHS.query, { subjectCode: subject.code, subjectType: subject.type, purpose: subject.purpose }, { timeoutMs: http.timeoutMs, headers: http.token ? { authorization: `Bearer ${http.token}` } : undefined }),
        );
        return { result: res.listed ? 'listed' : 'clear', source: 'platform', entries: res.entries };
      } catch (err) {
        platformError = (err as Error).message;
      }
    }
    if (!(await store.listImported(db))) return { result: 'unavailable', source: platformError ? `platform-error: ${platformError}`.slice(0, 300) : 'none', entries: [] };
    const rows = await store.listEntries(db, subject.code);
    const entries = rows.map((r) => ({ listKind: r.list_kind, name: r.name, reason: r.reason, listedOn: r.listed_on, authority: r.authority }));
    return { result: entries.length ? 'listed' : 'clear', source: platformError ? 'list (信用平台不可用)' : 'list', entries };
  };
}
export type CreditSource = ReturnType<typeof createCreditSource>;
