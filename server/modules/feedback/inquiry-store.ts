// SQL of 咨询、投诉、局长信箱.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { InquiryTables } from './tables.ts';

type Inquiry = InquiryTables['inquiry'];

/** The next daily serial of a kind (row-locked: unique with several instances). */
export async function nextSerial(tx: Queryable, kind: string, day: string): Promise<number> {
  const row = await tx
    .insertInto('inquiry_counter')
    .values({ kind, day, last: 1 })
    .onConflict((oc) => oc.columns(['kind', 'day']).doUpdateSet({ last: sql`inquiry_counter.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insert(tx: Queryable, i: Insertable<Inquiry>): Promise<string> {
  return (await tx.insertInto('inquiry').values(i).returning('id').executeTakeFirstOrThrow()).id;
}

export const get = (db: Queryable, id: string) => db.selectFrom('inquiry').selectAll().where('id', '=', id).executeTakeFirst();
export const byTrackingNo = (db: Queryable, no: string) => db.selectFrom('inquiry').selectAll().where('tracking_no', '=', no).executeTakeFirst();

export async function update(tx: Queryable, id: string, expectedVersion: number, change: Pick<Updateable<Inquiry>, 'office' | 'first_handler' | 'state' | 'answer' | 'answered_by' | 'answered_at' | 'public'>): Promise<boolean> {
  const r = await tx.updateTable('inquiry').set({ ...change, version: sql`version + 1` }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addEvent(tx: Queryable, e: { inquiry_id: string; actor: string; kind: string; note: string | null; data?: Record<string, unknown> }) {
  await tx.insertInto('inquiry_event').values({ ...e, data: JSON.stringify(e.data ?? {}) }).execute();
}

export const events = (db: Queryable, id: string) =>
  db.selectFrom('inquiry_event').select(['at', 'actor', 'kind', 'note']).where('inquiry_id', '=', id).orderBy('id').execute();

export async function listMine(db: Queryable, personId: string, page: number, pageSize: number) {
  const q = db.selectFrom('inquiry').where('sender_person_id', '=', personId);
  const [rows, n] = await Promise.all([
    q.selectAll().orderBy('created_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: n.n };
}

/** An office's inbox: routed to it now, or first taken up by this person (首问负责). */
export async function listForStaff(db: Queryable, scope: { office: string; personId: string } | null, filter: { state?: string; overdueOn?: string; kind?: string }, page: number, pageSize: number) {
  let q = db.selectFrom('inquiry');
  if (scope) q = q.where((eb) => eb.or([eb('office', '=', scope.office), eb('first_handler', '=', scope.personId)]));
  if (filter.state) q = q.where('state', '=', filter.state as never);
  if (filter.kind) q = q.where('kind', '=', filter.kind as never);
  if (filter.overdueOn) q = q.where('deadline', '<', filter.overdueOn).where('state', '!=', 'answered');
  const [rows, n] = await Promise.all([
    q.selectAll().orderBy('deadline').orderBy('created_at').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: n.n };
}

export const publicOfItem = (db: Queryable, itemCode: string) =>
  db.selectFrom('inquiry').select(['subject', 'content', 'answer', 'answered_at']).where('item_code', '=', itemCode).where('public', '=', true).orderBy('answered_at', 'desc').limit(50).execute();

export const overdueUnescalated = (db: Queryable, today: string) =>
  db.selectFrom('inquiry').select(['id', 'office', 'deadline', 'tracking_no']).where('deadline', '<', today).where('state', '!=', 'answered').where('escalated_at', 'is', null).execute();

export async function markEscalated(tx: Queryable, id: string, at: Date): Promise<boolean> {
  const r = await tx.updateTable('inquiry').set({ escalated_at: at }).where('id', '=', id).where('escalated_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
