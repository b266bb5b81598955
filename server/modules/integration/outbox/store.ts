// The outbox's delivery SQL: claiming due messages with a lease, recording the outcome,
// and the admin's list, retry and discard.
import { sql, type Selectable } from 'kysely';
import type { DB, Queryable } from '../../../db/types.ts';

export type OutboxRow = Selectable<DB['outbox_message']>;

export type OutboxStatus = 'pending' | 'inflight' | 'delivered' | 'dead' | 'discarded';

/**
 * Claims up to `limit` due messages of the given topics for `instance`, for `leaseSeconds`.
 * FOR UPDATE SKIP LOCKED: instances polling together never claim the same message. A message
 * waits while an earlier message with the same ordering key (one case, one topic) is not yet
 * delivered or discarded — including a dead one: a case's steps reach a system in order.
 * Each claim counts as an attempt, so a message that kills its worker still ends up dead.
 */
export async function claim(db: Queryable, o: { instance: string; leaseSeconds: number; limit: number; topics: string[]; prefixes: string[] }): Promise<OutboxRow[]> {
  if (o.topics.length === 0 && o.prefixes.length === 0) return [];
  const topics = o.topics.length ? o.topics : [''];
  const prefixes = (o.prefixes.length ? o.prefixes : ['']).map((p) => `${p.replace(/[\\%_]/g, '\\$&')}%`);
  const r = await sql<OutboxRow>`
    update outbox_message m
       set locked_by = ${o.instance}, locked_until = now() + make_interval(secs => ${o.leaseSeconds}), attempts = m.attempts + 1
     where m.id in (
       select c.id from outbox_message c
        where c.delivered_at is null and c.dead_at is null and c.discarded_at is null
          and c.available_at <= now()
          and (c.locked_until is null or c.locked_until < now())
          and (c.topic = any(${topics}::text[]) or c.topic like any(${prefixes}::text[]))
          and not exists (
            select 1 from outbox_message e
             where e.ordering_key = c.ordering_key and e.id < c.id and e.delivered_at is null and e.discarded_at is null)
        order by c.available_at, c.id
        limit ${o.limit}
        for update of c skip locked)
    returning m.*`.execute(db);
  return r.rows;
}

/** (locked_by stays: it tells which instance delivered the message.) */
export async function markDelivered(db: Queryable, id: number): Promise<void> {
  await db.updateTable('outbox_message').set({ delivered_at: sql`now()`, locked_until: null, last_error: null }).where('id', '=', id).where('delivered_at', 'is', null).execute();
}

/** A failed attempt: retry after `retryInSeconds`, or dead when `dead`. Only while this instance still holds the lease. */
export async function markFailed(db: Queryable, id: number, instance: string, o: { error: string; retryInSeconds: number; dead: boolean }): Promise<void> {
  await db
    .updateTable('outbox_message')
    .set({
      last_error: o.error.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      available_at: sql`now() + make_interval(secs => ${o.retryInSeconds})`,
      dead_at: o.dead ? sql`now()` : null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', instance)
    .where('delivered_at', 'is', null)
    .execute();
}

const statusExpr = sql<OutboxStatus>`case
  when delivered_at is not null then 'delivered'
  when discarded_at is not null then 'discarded'
  when dead_at is not null then 'dead'
  when locked_until is not null and locked_until > now() then 'inflight'
  else 'pending' end`;

export async function list(db: Queryable, f: { status?: OutboxStatus; topic?: string; page: number; pageSize: number }) {
  let q = db.selectFrom('outbox_message');
  switch (f.status) {
    case 'delivered': q = q.where('delivered_at', 'is not', null); break;
    case 'discarded': q = q.where('discarded_at', 'is not', null); break;
    case 'dead': q = q.where('dead_at', 'is not', null).where('discarded_at', 'is', null).where('delivered_at', 'is', null); break;
    case 'inflight': q = q.where('delivered_at', 'is', null).where('dead_at', 'is', null).where('discarded_at', 'is', null).where('locked_until', '>', sql<Date>`now()`); break;
    case 'pending': q = q.where('delivered_at', 'is', null).where('dead_at', 'is', null).where('discarded_at', 'is', null).where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)])); break;
    case undefined: break;
  }
  if (f.topic) q = q.where('topic', '=', f.topic);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().select(statusExpr.as('status')).orderBy('id', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  return { rows, total: total.n };
}

/** Counts per status and topic (the admin page's summary). */
export async function summary(db: Queryable) {
  const r = await sql<{ topic: string; status: OutboxStatus; n: number }>`
    select topic, ${statusExpr} as status, count(*)::int as n from outbox_message group by 1, 2 order by 1, 2`.execute(db);
  return r.rows;
}

export async function get(db: Queryable, id: number) {
  return db.selectFrom('outbox_message').selectAll().select(statusExpr.as('status')).where('id', '=', id).executeTakeFirst();
}

/** A dead message goes back to the queue with a fresh count of attempts. */
export async function retryDead(tx: Queryable, id: number): Promise<boolean> {
  const r = await tx.updateTable('outbox_message').set({ dead_at: null, attempts: 0, available_at: sql`now()` }).where('id', '=', id).where('dead_at', 'is not', null).where('delivered_at', 'is', null).where('discarded_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** An undelivered message is set aside for good, with the reason and who decided. */
export async function discard(tx: Queryable, id: number, reason: string, by: string): Promise<boolean> {
  const r = await tx.updateTable('outbox_message').set({ discarded_at: sql`now()`, discard_reason: reason, discarded_by: by, locked_by: null, locked_until: null }).where('id', '=', id).where('delivered_at', 'is', null).where('discarded_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Writes a message (same shape as the cases module's enqueue); a repeated key is ignored. */
export async function enqueue(tx: Queryable, m: { topic: string; idempotencyKey: string; payload: Record<string, unknown> }): Promise<void> {
  await tx.insertInto('outbox_message').values({ topic: m.topic, idempotency_key: m.idempotencyKey, payload: JSON.stringify(m.payload) }).onConflict((oc) => oc.column('idempotency_key').doNothing()).execute();
}
