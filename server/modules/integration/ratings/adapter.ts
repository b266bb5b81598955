// The outbox adapter for rating.push: sends a rating (好差评) to the provincial rating system.
// The feedback module writes the message in the rating's transaction; this builds the
// contract's payload from the stored rating and posts it with the message's idempotency key.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { DEPARTMENT } from '../../documents/templates/department.ts';
import { RATING_LEVEL_LABELS, type RatingLevel } from '../../feedback/levels.ts';
import { postJson, RemoteError } from '../http.ts';
import type { OutboxRow } from '../outbox/store.ts';
import { PermanentDeliveryError } from '../outbox/worker.ts';
import { evaluationAckSchema, evaluationSchema, RATING_PATHS, type Evaluation } from './contract.ts';

export async function buildEvaluation(db: Kysely<DB>, msg: Pick<OutboxRow, 'idempotency_key' | 'payload'>): Promise<Evaluation> {
  const id = String(msg.payload.ratingId);
  const r = await db
    .selectFrom('rating as r')
    .leftJoin('case_file as c', 'c.id', 'r.case_id')
    .selectAll('r')
    .select(['c.case_no'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw new PermanentDeliveryError(`评价不存在：${id}`);
  return evaluationSchema.parse({
    idempotencyKey: msg.idempotency_key,
    evaluationId: r.id,
    subject: r.case_id ? 'case' : 'visit',
    caseNo: r.case_no ?? null,
    implementCode: r.item_code,
    itemName: r.item_name,
    deptName: DEPARTMENT.name,
    office: r.office,
    pointCode: r.point_code,
    channel: r.channel,
    level: r.level,
    levelLabel: RATING_LEVEL_LABELS[r.level as RatingLevel],
    indicators: r.indicators,
    tags: r.tags,
    comment: r.comment,
    anonymous: r.anonymous,
    raterName: r.anonymous ? null : r.rater_name,
    round: r.round,
    ratedAt: r.rated_at.toISOString(),
  });
}

export function ratingAdapter(db: Kysely<DB>, http: { url: string; token?: string; timeoutMs: number }) {
  return async (msg: OutboxRow) => {
    const body = await buildEvaluation(db, msg);
    const headers: Record<string, string> = { 'idempotency-key': msg.idempotency_key, ...(http.token ? { authorization: `Bearer ${http.token}` } : {}) };
    const answer = await postJson(http.url + RATING_PATHS.push, body, { timeoutMs: http.timeoutMs, headers });
    if (!evaluationAckSchema.safeParse(answer).success) throw new RemoteError(`好差评系统的应答不符合约定：${JSON.stringify(answer).slice(0, 200)}`, 200);
  };
}
