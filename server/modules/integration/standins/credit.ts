// Stand-in for the credit platform (信用平台): answers credit queries from its own list of
// listed subjects, records licensing decisions published to it (双公示) once per idempotency
// key, and can be made to fail, time out or answer slowly (/_standin/behaviour).
import { CREDIT_PATHS, creditQuerySchema, licensingPublicitySchema, type LicensingPublicity } from '../credit/contract.ts';
import type { CreditEntry } from '../tables.ts';
import { startJsonServer, type StandinServer } from './http-server.ts';

export interface CreditStandin extends StandinServer {
  listed: Map<string, CreditEntry[]>;
  queries: Array<{ subjectCode: string; purpose: string }>;
  publicity: LicensingPublicity[];
}

export async function startCreditStandin(o: { port?: number; token?: string; listed?: Record<string, CreditEntry[]> } = {}): Promise<CreditStandin> {
  const listed = new Map(Object.entries(o.listed ?? {}));
  const queries: CreditStandin['queries'] = [];
  const publicity: LicensingPublicity[] = [];
  const authorized = (h: Record<string, unknown>) => !o.token || h.authorization === `Bearer ${o.token}`;
  const server = await startJsonServer(
    {
      [`POST ${CREDIT_PATHS.query}`]: ({ headers, body }) => {
        if (!authorized(headers)) return { status: 401, body: { code: 'UNAUTHORIZED' } };
        const q = creditQuerySchema.safeParse(body);
        if (!q.success) return { status: 400, body: { code: 'INVALID' } };
        queries.push({ subjectCode: q.data.subjectCode, purpose: q.data.purpose });
        const entries = listed.get(q.data.subjectCode) ?? [];
        return { status: 200, body: { code: '0', listed: entries.length > 0, entries } };
      },
      [`POST ${CREDIT_PATHS.publicity}`]: ({ headers, body }) => {
        if (!authorized(headers)) return { status: 401, body: { code: 'UNAUTHORIZED' } };
        const p = licensingPublicitySchema.safeParse(body);
        if (!p.success) return { status: 400, body: { code: 'INVALID', message: p.error.message } };
        if (!publicity.some((x) => x.idempotencyKey === p.data.idempotencyKey)) publicity.push(p.data);
        return { status: 200, body: { code: '0' } };
      },
    },
    { port: o.port, extraControl: { 'GET /_standin/publicity': () => ({ status: 200, body: { publicity, queries } }) } },
  );
  return { ...server, listed, queries, publicity };
}
