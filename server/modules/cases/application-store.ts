// SQL of the application form: the applicant's facts for prefill, their earlier answers, drafts.
import { sql } from 'kysely';
import type { Queryable } from '../../db/types.ts';

/** Drafts belong to the enterprise a handler acts for, or to the person applying for themselves. */
export const ownerKeyOf = (who: { personId: string; enterpriseId: string | null }) => (who.enterpriseId ? `e:${who.enterpriseId}` : `p:${who.personId}`);

export async function personFacts(db: Queryable, personId: string) {
  return db.selectFrom('person').select(['name', 'id_number', 'mobile']).where('id', '=', personId).executeTakeFirst();
}

export async function enterpriseFacts(db: Queryable, enterpriseId: string) {
  return db.selectFrom('enterprise').select(['name', 'credit_code', 'address', 'legal_representative']).where('id', '=', enterpriseId).executeTakeFirst();
}

/** The forms of the applicant's latest cases, newest first (where earlier answers come from). */
export async function latestForms(db: Queryable, who: { personId: string; enterpriseId: string | null }, limit: number) {
  let q = db.selectFrom('case_file').select(['form']);
  q = who.enterpriseId ? q.where('applicant_enterprise_id', '=', who.enterpriseId) : q.where('applicant_person_id', '=', who.personId).where('applicant_enterprise_id', 'is', null);
  return (await q.orderBy('submitted_at', 'desc').limit(limit).execute()).map((r) => r.form);
}

export async function listDrafts(db: Queryable, ownerKey: string) {
  return db.selectFrom('case_draft').select(['id', 'item_code', 'item_name', 'item_version', 'created_at', 'updated_at']).where('owner_key', '=', ownerKey).orderBy('updated_at', 'desc').limit(100).execute();
}

export async function getDraft(db: Queryable, ownerKey: string, itemCode: string) {
  return db.selectFrom('case_draft').selectAll().where('owner_key', '=', ownerKey).where('item_code', '=', itemCode).executeTakeFirst();
}

export async function saveDraft(
  db: Queryable,
  d: { ownerKey: string; itemCode: string; itemName: string; itemVersion: number; personId: string; enterpriseId: string | null; form: Record<string, unknown> },
) {
  const form = JSON.stringify(d.form);
  return db
    .insertInto('case_draft')
    .values({ owner_key: d.ownerKey, item_code: d.itemCode, item_name: d.itemName, item_version: d.itemVersion, applicant_person_id: d.personId, applicant_enterprise_id: d.enterpriseId, form })
    .onConflict((oc) => oc.columns(['owner_key', 'item_code']).doUpdateSet({ form, item_name: d.itemName, item_version: d.itemVersion, applicant_person_id: d.personId, updated_at: sql`now()` }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes the draft; true if there was one. */
export async function deleteDraft(db: Queryable, ownerKey: string, itemCode: string): Promise<boolean> {
  const r = await db.deleteFrom('case_draft').where('owner_key', '=', ownerKey).where('item_code', '=', itemCode).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
