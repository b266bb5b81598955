// SQL of stamped application documents and their build jobs.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable } from '../../../db/types.ts';

/** Writes the job for the next version of a case's application PDF (inside the transition's transaction). */
export async function insertPending(tx: Queryable, d: { caseId: string; watermark: string; qr: boolean; reason: string }) {
  const row = await tx
    .selectFrom('case_application_pdf')
    .select(sql<number>`coalesce(max(version), 0)::int`.as('v'))
    .where('case_id', '=', d.caseId)
    .where('kind', '=', 'application')
    .executeTakeFirstOrThrow();
  return tx
    .insertInto('case_application_pdf')
    .values({ case_id: d.caseId, kind: 'application', version: row.v + 1, watermark: d.watermark, qr: d.qr, reason: d.reason, sha256: null, content_sha256: null, pages: null, size_bytes: null, last_error: null, claimed_at: null, ready_at: null })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** How long a job may stay claimed before another worker takes it over (its worker died). */
const STALE_MINUTES = 10;
export const MAX_ATTEMPTS = 3;

/** Claims the oldest job to do (skipping rows another instance holds). */
export async function claimNext(db: Queryable) {
  const r = await sql<{ id: string }>`
    update case_application_pdf set status = 'building', claimed_at = now(), attempts = attempts + 1
    where id = (
      select id from case_application_pdf
      where (status = 'pending' or (status = 'building' and claimed_at < now() - make_interval(mins => ${STALE_MINUTES})))
        and attempts < ${MAX_ATTEMPTS}
      order by created_at limit 1 for update skip locked)
    returning id`.execute(db);
  const id = r.rows[0]?.id;
  return id ? db.selectFrom('case_application_pdf').selectAll().where('id', '=', id).executeTakeFirstOrThrow() : undefined;
}

export async function markReady(db: Queryable, id: string, r: { sha256: string; contentSha256: string; pages: number; size: number }) {
  await db.updateTable('case_application_pdf').set({ status: 'ready', sha256: r.sha256, content_sha256: r.contentSha256, pages: r.pages, size_bytes: r.size, ready_at: sql`now()`, last_error: null }).where('id', '=', id).execute();
}

export async function markFailed(db: Queryable, id: string, error: string, final: boolean) {
  await db.updateTable('case_application_pdf').set({ status: final ? 'failed' : 'pending', last_error: error.slice(0, 2000) }).where('id', '=', id).execute();
}

export async function listForCase(db: Queryable, caseId: string) {
  return db.selectFrom('case_application_pdf').selectAll().where('case_id', '=', caseId).orderBy('version', 'desc').execute();
}

export async function getVersion(db: Queryable, caseId: string, version: number) {
  return db.selectFrom('case_application_pdf').selectAll().where('case_id', '=', caseId).where('kind', '=', 'application').where('version', '=', version).executeTakeFirst();
}

/** The newest version of a case's application PDF, whatever its status. */
export async function latest(db: Queryable, caseId: string) {
  return db.selectFrom('case_application_pdf').selectAll().where('case_id', '=', caseId).where('kind', '=', 'application').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** The token key kept in the database (made by whoever needs it first). */
export async function tokenSecret(db: Queryable): Promise<Buffer> {
  await db.insertInto('document_secret').values({ id: 1, secret: randomBytes(32) }).onConflict((oc) => oc.column('id').doNothing()).execute();
  const row = await db.selectFrom('document_secret').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
  return Buffer.from(row.secret);
}

/** The current material rows of a case (read-only view of the cases module's table). */
export async function currentMaterials(db: Queryable, caseId: string) {
  return db.selectFrom('case_material').select(['material_index', 'kind', 'file_name', 'content_type', 'file_sha256']).where('case_id', '=', caseId).where('replaced_at', 'is', null).orderBy('material_index').execute();
}

/** The case with its applicant's credit code (for the PDF and the scan desk). */
export async function caseWithApplicant(db: Queryable, caseId: string) {
  return db
    .selectFrom('case_file')
    .leftJoin('enterprise', 'enterprise.id', 'case_file.applicant_enterprise_id')
    .selectAll('case_file')
    .select('enterprise.credit_code')
    .where('case_file.id', '=', caseId)
    .executeTakeFirst();
}
