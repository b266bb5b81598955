// Stand-in for the provincial rating system (好差评系统): speaks the evaluation contract
// (../ratings/contract.ts) over real HTTP, records what it receives in arrival order, keeps
// one record per idempotency key (a repeat is acknowledged as a duplicate, not recorded), and
// can be made to fail, time out or answer slowly (PUT /_standin/behaviour).
// GET /_standin/evaluations lists what it holds.
import { randomUUID } from 'node:crypto';
import { evaluationSchema, RATING_PATHS, type Evaluation } from '../ratings/contract.ts';
import { startJsonServer, type StandinServer } from './http-server.ts';

export interface RatingStandin extends StandinServer {
  received: Array<Evaluation & { receiptNo: string; receivedAt: string }>;
  duplicates: () => number;
}

export async function startRatingStandin(o: { port?: number; token?: string } = {}): Promise<RatingStandin> {
  const received: RatingStandin['received'] = [];
  const byKey = new Map<string, string>();
  let duplicates = 0;
  const server = await startJsonServer(
    {
      [`POST ${RATING_PATHS.push}`]: ({ headers, body }) => {
        if (o.token && headers.authorization !== `Bearer ${o.token}`) return { status: 401, body: { code: 'UNAUTHORIZED', message: '未授权' } };
        const parsed = evaluationSchema.safeParse(body);
        if (!parsed.success) return { status: 400, body: { code: 'INVALID', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
        if (headers['idempotency-key'] !== parsed.data.idempotencyKey) return { status: 400, body: { code: 'INVALID', message: 'Idempotency-Key 与 idempotencyKey 不一致' } };
        const seen = byKey.get(parsed.data.idempotencyKey);
        if (seen) {
          duplicates++;
          return { status: 200, body: { code: '0', receiptNo: seen, duplicate: true } };
        }
        const receiptNo = randomUUID();
        byKey.set(parsed.data.idempotencyKey, receiptNo);
        received.push({ ...parsed.data, receiptNo, receivedAt: new Date().toISOString() });
        return { status: 200, body: { code: '0', receiptNo, duplicate: false } };
      },
    },
    { port: o.port, extraControl: { 'GET /_standin/evaluations': () => ({ status: 200, body: { received, duplicates } }) } },
  );
  return { ...server, received, duplicates: () => duplicates };
}
