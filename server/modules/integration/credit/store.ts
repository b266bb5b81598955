// SQL of credit checks, overrides, the imported list and per-item rules.
import type { Queryable } from '../../../db/types.ts';
import type { CreditEntry } from '../tables.ts';

export async function insertCheck(db: Queryable, c: { case_id: string; stage: string; subject_code: string; result: 'clear' | 'listed' | 'unavailable'; source: string; entries: CreditEntry[]; checked_by: string }) {
  return db.insertInto('credit_check').values({ ...c, entries: JSON.stringify(c.entries) }).returningAll().executeTakeFirstOrThrow();
}

export async function latestCheck(db: Queryable, caseId: string) {
  return db.selectFrom('credit_check').selectAll().where('case_id', '=', caseId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function checks(db: Queryable, caseId: string) {
  return db.selectFrom('credit_check').selectAll().where('case_id', '=', caseId).orderBy('id', 'desc').limit(20).execute();
}

export async function overrides(db: Queryable, caseId: string) {
  return db.selectFrom('credit_override').selectAll().where('case_id', '=', caseId).orderBy('id', 'desc').execute();
}

export async function insertOverride(db: Queryable, o: { case_id: string; check_id: number; reason: string; by_actor: string }) {
  await db.insertInto('credit_override').values(o).execute();
}

export async function listEntries(db: Queryable, code: string) {
  return db.selectFrom('credit_list_entry').selectAll().where('subject_code', '=', code).execute();
}

export async function listImported(db: Queryable): Promise<boolean> {
  return (await db.selectFrom('credit_list_entry').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function upsertEntry(db: Queryable, e: { subject_code: string; name: string; list_kind: CreditEntry['listKind']; reason: string | null; listed_on: string | null; authority: string | null; batch: string }) {
  await db
    .insertInto('credit_list_entry')
    .values(e)
    .onConflict((oc) => oc.columns(['subject_code', 'list_kind']).doUpdateSet({ name: e.name, reason: e.reason, listed_on: e.listed_on, authority: e.authority, batch: e.batch }))
    .execute();
}

export async function rule(db: Queryable, itemCode: string): Promise<'stop' | 'flag'> {
  return (await db.selectFrom('credit_rule').select('on_listed').where('item_code', '=', itemCode).executeTakeFirst())?.on_listed ?? 'stop';
}

export async function saveRule(db: Queryable, itemCode: string, onListed: 'stop' | 'flag') {
  await db.insertInto('credit_rule').values({ item_code: itemCode, on_listed: onListed }).onConflict((oc) => oc.column('item_code').doUpdateSet({ on_listed: onListed })).execute();
}

export async function subjectOf(db: Queryable, caseId: string) {
  return db
    .selectFrom('case_file as c')
    .innerJoin('person as p', 'p.id', 'c.applicant_person_id')
    .leftJoin('enterprise as e', 'e.id', 'c.applicant_enterprise_id')
    .select(['c.id', 'c.case_no', 'c.item_code', 'c.item_version', 'c.item_name', 'c.applicant_name', 'c.concluded_at', 'p.id_number', 'e.credit_code'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}
