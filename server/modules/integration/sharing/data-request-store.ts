// SQL of data requests from other departments.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Queryable } from '../../../db/types.ts';
import type { DataRequestTables } from '../tables.ts';

type Row = DataRequestTables['data_request'];

/** The next serial of a day (row-locked: unique with several instances). */
export async function nextSerial(tx: Queryable, day: string): Promise<number> {
  const row = await tx
    .insertInto('data_request_counter')
    .values({ day, last: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`data_request_counter.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insert(tx: Queryable, r: Insertable<Row>): Promise<string> {
  return (await tx.insertInto('data_request').values(r).returning('id').executeTakeFirstOrThrow()).id;
}

export const get = (db: Queryable, id: string) => db.selectFrom('data_request').selectAll().where('id', '=', id).executeTakeFirst();

/** Changes a request if it is still at `expectedVersion` (optimistic); false when someone was first. */
export async function update(tx: Queryable, id: string, expectedVersion: number, change: Pick<Updateable<Row>, 'state' | 'answer' | 'refuse_reason' | 'approved_by' | 'approved_at' | 'closed_by' | 'closed_at'>): Promise<boolean> {
  const r = await tx.updateTable('data_request').set({ ...change, version: sql`version + 1` }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addEvent(tx: Queryable, e: { request_id: string; actor: string; kind: string; note: string | null }) {
  await tx.insertInto('data_request_event').values(e).execute();
}

export const events = (db: Queryable, id: string) =>
  db.selectFrom('data_request_event').select(['at', 'actor', 'kind', 'note']).where('request_id', '=', id).orderBy('id').execute();

export async function list(db: Queryable, f: { state?: string; open?: boolean; overdueOn?: string; client?: string }, page: number, pageSize: number) {
  let q = db.selectFrom('data_request');
  if (f.client) q = q.where('requester_client', '=', f.client);
  if (f.state) q = q.where('state', '=', f.state as never);
  if (f.open || f.overdueOn) q = q.where('state', 'in', ['received', 'approved']);
  if (f.overdueOn) q = q.where('deadline', '<', f.overdueOn);
  const [rows, n] = await Promise.all([
    q.selectAll().orderBy('deadline').orderBy('created_at').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: n.n };
}

/** Open requests past their deadline not yet flagged. */
export const overdueUnflagged = (db: Queryable, today: string) =>
  db.selectFrom('data_request').select(['id', 'request_no', 'deadline']).where('state', 'in', ['received', 'approved']).where('deadline', '<', today).where('overdue_at', 'is', null).execute();

export async function markOverdue(tx: Queryable, id: string, at: Date): Promise<boolean> {
  const r = await tx.updateTable('data_request').set({ overdue_at: at }).where('id', '=', id).where('overdue_at', 'is', null).where('state', 'in', ['received', 'approved']).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
