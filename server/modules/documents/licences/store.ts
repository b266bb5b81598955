// SQL of licences, their numbers and the department's SM2 keys.
import { sql, type Insertable } from 'kysely';
import type { DB, Queryable } from '../../../db/types.ts';

export async function activeKey(db: Queryable) {
  return db.selectFrom('licence_signing_key').selectAll().where('active', '=', true).orderBy('created_at', 'desc').executeTakeFirst();
}

export async function allKeys(db: Queryable) {
  return db.selectFrom('licence_signing_key').select(['key_id', 'public_key', 'active', 'created_at']).orderBy('created_at').execute();
}

export async function insertKey(db: Queryable, k: { key_id: string; public_key: string; key_ciphertext: Buffer }) {
  await db.insertInto('licence_signing_key').values(k).onConflict((oc) => oc.column('key_id').doNothing()).execute();
}

/** The next serial of a number series (licences per prefix and year; notices per mark and year). */
export async function nextNumber(tx: Queryable, prefix: string, year: number): Promise<number> {
  const row = await tx
    .insertInto('licence_number_counter')
    .values({ prefix, year, last: 1 })
    .onConflict((oc) => oc.columns(['prefix', 'year']).doUpdateSet({ last: sql`licence_number_counter.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertLicence(tx: Queryable, l: Insertable<DB['licence']>) {
  const row = await tx.insertInto('licence').values(l).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function byCase(db: Queryable, caseId: string) {
  return db.selectFrom('licence').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function byId(db: Queryable, id: string) {
  return db.selectFrom('licence').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function byNumber(db: Queryable, licenceNo: string) {
  return db.selectFrom('licence').selectAll().where('licence_no', '=', licenceNo).executeTakeFirst();
}

/** Licences whose holder has this credit code or ID number (data sharing lookups). */
export async function byHolderCode(db: Queryable, holderCode: string, limit = 100) {
  return db.selectFrom('licence').selectAll().where('holder_code', '=', holderCode).orderBy('issue_date', 'desc').orderBy('licence_no', 'desc').limit(limit).execute();
}

export async function ofHolder(db: Queryable, who: { personId: string; enterpriseId: string | null }, opts: { validOn?: string; page: number; pageSize: number }) {
  let q = db.selectFrom('licence');
  q = who.enterpriseId ? q.where('holder_enterprise_id', '=', who.enterpriseId) : q.where('holder_person_id', '=', who.personId).where('holder_enterprise_id', 'is', null);
  if (opts.validOn) q = q.where('status', '=', 'valid').where('valid_until', '>=', opts.validOn);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('issue_date', 'desc').orderBy('licence_no', 'desc').limit(opts.pageSize).offset((opts.page - 1) * opts.pageSize).execute();
  return { rows, total: total.n };
}

export async function listAll(db: Queryable, page: number, pageSize: number) {
  const total = await db.selectFrom('licence').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('licence').selectAll().orderBy('issued_at', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { rows, total: total.n };
}

export async function revoke(tx: Queryable, id: string, by: string, reason: string): Promise<boolean> {
  const r = await tx.updateTable('licence').set({ status: 'revoked', revoked_at: new Date(), revoked_by: by, revoke_reason: reason }).where('id', '=', id).where('status', '=', 'valid').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The holder's code: the enterprise's credit code, or the person's ID number. */
export async function holderCode(db: Queryable, c: { applicant_person_id: string; applicant_enterprise_id: string | null }) {
  if (c.applicant_enterprise_id) {
    const e = await db.selectFrom('enterprise').select('credit_code').where('id', '=', c.applicant_enterprise_id).executeTakeFirstOrThrow();
    return { code: e.credit_code, type: '001' as const };
  }
  const p = await db.selectFrom('person').select('id_number').where('id', '=', c.applicant_person_id).executeTakeFirstOrThrow();
  return { code: p.id_number, type: '111' as const };
}
