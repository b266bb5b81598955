// SQL of seals, sealed documents and the seal usage log.
import { sql, type Insertable } from 'kysely';
import type { DB, Queryable } from '../../../db/types.ts';

type SealInsert = Insertable<DB['seal']>;

const SEAL_LIST_COLUMNS = ['id', 'name', 'image_type', 'cert_subject', 'cert_serial', 'cert_not_before', 'cert_not_after', 'cert_sha256', 'allowed_roles', 'allowed_items', 'active', 'created_by', 'created_at', 'updated_at'] as const;

export async function insertSeal(tx: Queryable, s: SealInsert): Promise<string> {
  const row = await tx.insertInto('seal').values(s).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function listSeals(db: Queryable) {
  return db.selectFrom('seal').select(SEAL_LIST_COLUMNS).orderBy('created_at').execute();
}

export async function getSeal(db: Queryable, id: string) {
  return db.selectFrom('seal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countSeals(db: Queryable): Promise<number> {
  const r = await db.selectFrom('seal').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

/** Active seals that allow this item (or every item), oldest first. */
export async function sealsForItem(db: Queryable, itemCode: string) {
  return db
    .selectFrom('seal')
    .selectAll()
    .where('active', '=', true)
    .where((eb) => eb.or([sql<boolean>`cardinality(allowed_items) = 0`, sql<boolean>`${itemCode} = any(allowed_items)`]))
    .orderBy('created_at')
    .execute();
}

export async function updateSeal(tx: Queryable, id: string, patch: { allowed_roles?: string[]; allowed_items?: string[]; active?: boolean }) {
  const r = await tx.updateTable('seal').set({ ...patch, updated_at: new Date() }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function masterCheck(db: Queryable) {
  return db.selectFrom('seal_master_check').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function insertMasterCheck(db: Queryable, ciphertext: Buffer) {
  await db.insertInto('seal_master_check').values({ id: 1, ciphertext }).onConflict((oc) => oc.column('id').doNothing()).execute();
}

export async function documentBySource(db: Queryable, source: string) {
  return db.selectFrom('case_document').selectAll().where('source', '=', source).executeTakeFirst();
}

export async function insertDocument(tx: Queryable, d: Insertable<DB['case_document']>): Promise<string> {
  const row = await tx.insertInto('case_document').values(d).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function documentsOfCase(db: Queryable, caseId: string) {
  return db.selectFrom('case_document').selectAll().where('case_id', '=', caseId).orderBy('issued_at').execute();
}

export async function getDocument(db: Queryable, caseId: string, id: string) {
  return db.selectFrom('case_document').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

/** Marks the first download; true only for the call that set it (concurrent downloads: one wins). */
export async function markFirstDownload(tx: Queryable, id: string): Promise<boolean> {
  const r = await tx.updateTable('case_document').set({ first_downloaded_at: new Date() }).where('id', '=', id).where('first_downloaded_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertUsage(tx: Queryable, u: Insertable<DB['seal_usage']>) {
  await tx.insertInto('seal_usage').values(u).execute();
}

export async function usageOfSeal(db: Queryable, sealId: string, page: number, pageSize: number) {
  const total = await db.selectFrom('seal_usage').select(sql<number>`count(*)::int`.as('n')).where('seal_id', '=', sealId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('seal_usage')
    .innerJoin('case_file', 'case_file.id', 'seal_usage.case_id')
    .select(['seal_usage.id', 'seal_usage.at', 'seal_usage.actor', 'seal_usage.automatic', 'seal_usage.document_id', 'seal_usage.kind', 'seal_usage.file_sha256', 'case_file.case_no'])
    .where('seal_id', '=', sealId)
    .orderBy('seal_usage.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: total.n };
}
