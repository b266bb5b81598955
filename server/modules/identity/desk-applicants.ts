// Applicants identified at the window (帮代办): the clerk has the ID card or business licence
// in hand, so a person or enterprise not yet known to the platform is recorded from it; a
// known one must match what the clerk typed. Handler links (who may act for an enterprise
// online) are never made here — only the identity platform asserts those.
import { AppError } from '../../lib/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { ensurePerson } from './store.ts';

export interface PersonAtDesk {
  idNumber: string;
  name: string;
}

export interface EnterpriseAtDesk {
  creditCode: string;
  /** Required when the enterprise is not known yet (from its business licence). */
  name?: string;
}

/** The person with this ID number (created if unknown); APPLICANT_NAME_MISMATCH when the name differs from the known one. */
export async function personAtDesk(tx: Queryable, p: PersonAtDesk): Promise<{ id: string; name: string }> {
  const { id, created } = await ensurePerson(tx, { idNumber: p.idNumber, name: p.name, mobile: null });
  if (!created) {
    const known = await tx.selectFrom('person').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    if (known.name !== p.name) throw new AppError('APPLICANT_NAME_MISMATCH');
  }
  return { id, name: p.name };
}

/** The enterprise with this credit code, recorded from the clerk's entry if unknown. */
export async function enterpriseAtDesk(tx: Queryable, e: EnterpriseAtDesk): Promise<{ id: string; name: string; creditCode: string }> {
  const known = await findEnterprise(tx, e.creditCode);
  if (known) return known;
  if (!e.name) throw new AppError('ENTERPRISE_NAME_REQUIRED');
  const row = await tx
    .insertInto('enterprise')
    .values({ credit_code: e.creditCode, name: e.name, legal_representative: null, address: null })
    .onConflict((oc) => oc.column('credit_code').doNothing())
    .returning(['id', 'name', 'credit_code'])
    .executeTakeFirst();
  if (row) return { id: row.id, name: row.name, creditCode: row.credit_code };
  return (await findEnterprise(tx, e.creditCode))!; // recorded by a parallel request just now
}

export async function findEnterprise(db: Queryable, creditCode: string) {
  const row = await db.selectFrom('enterprise').select(['id', 'name', 'credit_code', 'legal_representative', 'address']).where('credit_code', '=', creditCode).executeTakeFirst();
  return row ? { id: row.id, name: row.name, creditCode: row.credit_code, legalRepresentative: row.legal_representative, address: row.address } : null;
}

export async function findPersonByIdNumber(db: Queryable, idNumber: string) {
  return db.selectFrom('person').select(['id', 'name']).where('id_number', '=', idNumber).executeTakeFirst();
}
