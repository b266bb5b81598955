// Stand-in for the provincial integrated government-service platform (省一体化政务服务平台):
// speaks the case-information contract (../platform/contract.ts) over real HTTP, records what
// it receives in arrival order, keeps one record per idempotency key (a repeat is acknowledged
// as a duplicate and not recorded again), answers the reconciliation query, and can be made to
// fail, time out or answer slowly (PUT /_standin/behaviour). GET /_standin/received lists it all.
import { randomUUID } from 'node:crypto';
import { caseInfoSchema, PATHS, queryRequestSchema, type CaseInfo } from '../platform/contract.ts';
import { startJsonServer, type StandinServer } from './http-server.ts';

export interface PlatformStandin extends StandinServer {
  /** Every accepted push, in arrival order (repeats not included). */
  received: Array<CaseInfo & { ack: string; receivedAt: string }>;
  /** How many pushes repeated an idempotency key already recorded. */
  duplicates: () => number;
  /** Forgets a case (as if the platform had lost it): for reconciliation tests. */
  forget(caseNo: string): void;
}

export async function startPlatformStandin(o: { port?: number; token?: string } = {}): Promise<PlatformStandin> {
  const received: PlatformStandin['received'] = [];
  const byKey = new Map<string, string>();
  let duplicates = 0;
  const authorized = (h: Record<string, unknown>) => !o.token || h.authorization === `Bearer ${o.token}`;
  const server = await startJsonServer(
    {
      [`POST ${PATHS.push}`]: ({ headers, body }) => {
        if (!authorized(headers)) return { status: 401, body: { code: 'UNAUTHORIZED', message: '未授权' } };
        const parsed = caseInfoSchema.safeParse(body);
        if (!parsed.success) return { status: 400, body: { code: 'INVALID', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
        const seen = byKey.get(parsed.data.idempotencyKey);
        if (seen) {
          duplicates++;
          return { status: 200, body: { code: '0', ack: seen, duplicate: true } };
        }
        const ack = randomUUID();
        byKey.set(parsed.data.idempotencyKey, ack);
        received.push({ ...parsed.data, ack, receivedAt: new Date().toISOString() });
        return { status: 200, body: { code: '0', ack, duplicate: false } };
      },
      [`POST ${PATHS.query}`]: ({ headers, body }) => {
        if (!authorized(headers)) return { status: 401, body: { code: 'UNAUTHORIZED', message: '未授权' } };
        const parsed = queryRequestSchema.safeParse(body);
        if (!parsed.success) return { status: 400, body: { code: 'INVALID', message: '查询参数有误' } };
        const items = parsed.data.caseNos.flatMap((caseNo) => {
          const mine = received.filter((r) => r.caseNo === caseNo);
          if (mine.length === 0) return [];
          const last = mine.reduce((a, b) => (b.seq > a.seq ? b : a));
          return [{ caseNo, seq: last.seq, status: last.status }];
        });
        return { status: 200, body: { items } };
      },
    },
    {
      port: o.port,
      extraControl: {
        'GET /_standin/received': () => ({ status: 200, body: { received, duplicates } }),
      },
    },
  );
  return {
    ...server,
    received,
    duplicates: () => duplicates,
    forget(caseNo) {
      for (let i = received.length - 1; i >= 0; i--) {
        if (received[i]!.caseNo === caseNo) {
          byKey.delete(received[i]!.idempotencyKey);
          received.splice(i, 1);
        }
      }
    },
  };
}
