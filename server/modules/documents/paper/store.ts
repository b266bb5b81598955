// SQL of paper batches (J2: service point → receiving unit).
import { sql } from 'kysely';
import type { Queryable } from '../../../db/types.ts';

export async function createBatch(tx: Queryable, day: string, createdBy: string) {
  const { rows } = await sql<{ n: number }>`select nextval('paper_batch_serial')::int as n`.execute(tx);
  const batchNo = `PB${day}${String(rows[0]!.n).padStart(5, '0')}`;
  return tx.insertInto('paper_batch').values({ batch_no: batchNo, created_by: createdBy, courier: null, tracking_no: null, mailed_by: null, mailed_at: null, received_by: null, received_at: null }).returningAll().executeTakeFirstOrThrow();
}

export const getBatch = (db: Queryable, id: string) => db.selectFrom('paper_batch').selectAll().where('id', '=', id).executeTakeFirst();
export const lockBatch = (tx: Queryable, id: string) => tx.selectFrom('paper_batch').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export async function listBatches(db: Queryable, status: string | undefined, limit: number) {
  let q = db.selectFrom('paper_batch').selectAll();
  if (status) q = q.where('status', '=', status as 'open');
  return q.orderBy('created_at', 'desc').limit(limit).execute();
}

export async function items(db: Queryable, batchId: string) {
  return db
    .selectFrom('paper_batch_item')
    .innerJoin('case_file', 'case_file.id', 'paper_batch_item.case_id')
    .select(['paper_batch_item.case_id', 'paper_batch_item.document_version', 'paper_batch_item.pages', 'paper_batch_item.outcome', 'paper_batch_item.added_at', 'paper_batch_item.checked_at', 'case_file.case_no', 'case_file.applicant_name', 'case_file.item_name', 'case_file.state'])
    .where('batch_id', '=', batchId)
    .orderBy('paper_batch_item.id')
    .execute();
}

export const item = (db: Queryable, batchId: string, caseId: string) =>
  db.selectFrom('paper_batch_item').selectAll().where('batch_id', '=', batchId).where('case_id', '=', caseId).executeTakeFirst();

/** A batch other than this one that still carries the case (open, or mailed and not checked in). */
export async function otherBatchOf(db: Queryable, caseId: string, exceptBatchId: string) {
  return db
    .selectFrom('paper_batch_item')
    .innerJoin('paper_batch', 'paper_batch.id', 'paper_batch_item.batch_id')
    .select(['paper_batch.batch_no'])
    .where('paper_batch_item.case_id', '=', caseId)
    .where('paper_batch_item.batch_id', '!=', exceptBatchId)
    .where('paper_batch_item.outcome', '=', 'expected')
    .executeTakeFirst();
}

/** The mailed batch that carries the case and has not checked it in yet (J2: confirmed at the desk instead). */
export async function mailedBatchAwaiting(db: Queryable, caseId: string) {
  return db
    .selectFrom('paper_batch_item')
    .innerJoin('paper_batch', 'paper_batch.id', 'paper_batch_item.batch_id')
    .select(['paper_batch.id', 'paper_batch.batch_no'])
    .where('paper_batch_item.case_id', '=', caseId)
    .where('paper_batch_item.outcome', '=', 'expected')
    .where('paper_batch.status', '=', 'mailed')
    .executeTakeFirst();
}

export async function addItem(tx: Queryable, i: { batchId: string; caseId: string; version: number; pages: number; by: string; outcome?: 'unexpected' | 'received' }) {
  await tx.insertInto('paper_batch_item').values({
    batch_id: i.batchId, case_id: i.caseId, document_version: i.version, pages: i.pages, added_by: i.by,
    ...(i.outcome ? { outcome: i.outcome, checked_by: i.by, checked_at: sql<Date>`now()` } : { checked_by: null, checked_at: null }),
  }).execute();
}

export async function removeItem(tx: Queryable, batchId: string, caseId: string) {
  const r = await tx.deleteFrom('paper_batch_item').where('batch_id', '=', batchId).where('case_id', '=', caseId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function setOutcome(tx: Queryable, batchId: string, caseId: string, outcome: 'received' | 'missing', by: string) {
  await tx.updateTable('paper_batch_item').set({ outcome, checked_by: by, checked_at: sql`now()` }).where('batch_id', '=', batchId).where('case_id', '=', caseId).execute();
}

export async function markMailed(tx: Queryable, id: string, m: { courier: string; trackingNo: string; by: string }) {
  await tx.updateTable('paper_batch').set({ status: 'mailed', courier: m.courier, tracking_no: m.trackingNo, mailed_by: m.by, mailed_at: sql`now()` }).where('id', '=', id).execute();
}

export async function markReceived(tx: Queryable, id: string, by: string) {
  await tx.updateTable('paper_batch').set({ status: 'received', received_by: by, received_at: sql`now()` }).where('id', '=', id).execute();
}
