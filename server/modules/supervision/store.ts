// The supervision module's SQL: reform tasks, their reports and events.
import { sql, type Insertable } from 'kysely';
import type { Queryable } from '../../db/types.ts';
import type { SupervisionTables } from './tables.ts';

export const importBySha = (db: Queryable, sha256: string) => db.selectFrom('reform_task_import').selectAll().where('sha256', '=', sha256).executeTakeFirst();

export async function insertImport(tx: Queryable, i: { file_name: string; sha256: string; tasks: number; imported_by: string }): Promise<string | null> {
  const row = await tx.insertInto('reform_task_import').values(i).onConflict((oc) => oc.column('sha256').doNothing()).returning('id').executeTakeFirst();
  return row?.id ?? null;
}

export async function insertTask(tx: Queryable, t: Insertable<SupervisionTables['reform_task']>): Promise<string> {
  return (await tx.insertInto('reform_task').values(t).returning('id').executeTakeFirstOrThrow()).id;
}

export const getTask = (db: Queryable, id: string) => db.selectFrom('reform_task').selectAll().where('id', '=', id).executeTakeFirst();

export async function addEvent(tx: Queryable, e: { task_id: string; actor: string; kind: string; note: string | null }) {
  await tx.insertInto('reform_task_event').values(e).execute();
}

export const events = (db: Queryable, id: string) => db.selectFrom('reform_task_event').select(['at', 'actor', 'kind', 'note']).where('task_id', '=', id).orderBy('id').execute();
export const reports = (db: Queryable, id: string) => db.selectFrom('reform_task_report').selectAll().where('task_id', '=', id).orderBy('reported_at').execute();
export const getReport = (db: Queryable, taskId: string, id: string) =>
  db.selectFrom('reform_task_report').selectAll().where('task_id', '=', taskId).where('id', '=', id).executeTakeFirst();

export async function insertReport(tx: Queryable, r: Insertable<SupervisionTables['reform_task_report']>, at: Date) {
  await tx.insertInto('reform_task_report').values({ ...r, reported_at: at }).execute();
  await tx.updateTable('reform_task').set({ last_report_at: at }).where('id', '=', r.task_id).execute();
}

export async function markReminded(tx: Queryable, id: string, at: Date) {
  await tx.updateTable('reform_task').set({ last_reminded_at: at }).where('id', '=', id).execute();
}

export async function close(tx: Queryable, id: string, expectedVersion: number, c: { closed_at: Date; closed_by: string; close_note: string }): Promise<boolean> {
  const r = await tx
    .updateTable('reform_task')
    .set({ ...c, state: 'closed', version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Tasks visible to an office (lead or responsible), or all; open, closed or overdue on a day. */
export async function listTasks(db: Queryable, f: { office?: string; state?: 'open' | 'closed'; overdueOn?: string }, page: number, pageSize: number) {
  let q = db.selectFrom('reform_task');
  if (f.office) q = q.where((eb) => eb.or([eb('lead_office', '=', f.office!), eb(sql<boolean>`${f.office} = any(responsible_offices)`, '=', true)]));
  if (f.state) q = q.where('state', '=', f.state);
  if (f.overdueOn) q = q.where('state', '=', 'open').where('deadline', '<', f.overdueOn);
  const [rows, n] = await Promise.all([
    q.selectAll().orderBy(sql`deadline nulls last`).orderBy('created_at').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: n.n };
}

/** Open, closed on time / late, overdue: the figures of the dashboard. */
export async function taskFigures(db: Queryable, today: string) {
  const r = await db
    .selectFrom('reform_task')
    .select([
      sql<number>`count(*) filter (where state = 'open' and (deadline is null or deadline >= ${today}))::int`.as('open'),
      sql<number>`count(*) filter (where state = 'open' and deadline < ${today})::int`.as('overdue'),
      sql<number>`count(*) filter (where state = 'closed' and (deadline is null or (closed_at at time zone 'Asia/Shanghai')::date <= deadline))::int`.as('closedOnTime'),
      sql<number>`count(*) filter (where state = 'closed' and (closed_at at time zone 'Asia/Shanghai')::date > deadline)::int`.as('closedLate'),
      sql<number>`count(*)::int`.as('total'),
    ])
    .executeTakeFirstOrThrow();
  return r;
}
