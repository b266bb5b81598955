// The one check of an application's answers, on submit and on 补正: the item version's form
// definition, with the fields that say who the applicant is written by the server.
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { checkApplicationForm, fieldsOf, isLockedSource, type ApplicationFormDef, type FormValues, type PrefillSource } from '../catalog/application-form.ts';
import * as store from './application-store.ts';
import type { Applicant } from './applicant.ts';

/** What the identity says about an applicant (the person signed in, and the enterprise they act for). */
export interface IdentityFacts {
  person: { name: string; idNumber: string; mobile: string | null };
  enterprise: { name: string; creditCode: string; address: string | null; legalRepresentative: string | null } | null;
}

export async function identityFacts(db: Queryable, applicant: Applicant): Promise<IdentityFacts> {
  const [person, enterprise] = await Promise.all([
    store.personFacts(db, applicant.personId),
    applicant.enterpriseId ? store.enterpriseFacts(db, applicant.enterpriseId) : undefined,
  ]);
  if (!person) throw new AppError('NOT_AUTHENTICATED');
  return {
    person: { name: person.name, idNumber: person.id_number, mobile: person.mobile },
    enterprise: enterprise ? { name: enterprise.name, creditCode: enterprise.credit_code, address: enterprise.address, legalRepresentative: enterprise.legal_representative } : null,
  };
}

export function identityValue(source: PrefillSource, f: IdentityFacts): string | undefined {
  const v = {
    'enterprise.name': f.enterprise?.name,
    'enterprise.creditCode': f.enterprise?.creditCode,
    'enterprise.address': f.enterprise?.address,
    'enterprise.legalRepresentative': f.enterprise?.legalRepresentative,
    'person.name': f.person.name,
    'person.idNumber': f.person.idNumber,
    'person.mobile': f.person.mobile,
    previous: undefined,
  }[source];
  return v ?? undefined;
}

/**
 * The answers the applicant may not type: fields filled from who they are (locked sources with
 * a value in the identity). The server writes them, whatever the browser sent.
 */
export function lockedValues(def: ApplicationFormDef, facts: IdentityFacts): FormValues {
  const out: FormValues = {};
  for (const f of fieldsOf(def)) {
    if (!f.prefill || !isLockedSource(f.prefill)) continue;
    const v = identityValue(f.prefill, facts);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

/** The stored answer sheet, or FORM_INVALID naming each missing, unknown or wrong field. */
export function validatedForm(def: ApplicationFormDef, form: Record<string, unknown>, locked: FormValues): FormValues {
  const checked = checkApplicationForm(def, { ...form, ...locked });
  if (!checked.ok) throw new AppError('FORM_INVALID', checked.message, { problems: checked.problems });
  return checked.values;
}

/** Locked answers for a new case: none without a locked field (then no identity lookup either). */
export async function lockedFor(db: Queryable, def: ApplicationFormDef, applicant: Applicant): Promise<FormValues> {
  if (!fieldsOf(def).some((f) => isLockedSource(f.prefill))) return {};
  return lockedValues(def, await identityFacts(db, applicant));
}

/** On 补正 the locked answers stay what the case was submitted with. */
export function lockedFromCase(def: ApplicationFormDef, submitted: FormValues): FormValues {
  return Object.fromEntries(fieldsOf(def).filter((f) => isLockedSource(f.prefill) && f.key in submitted).map((f) => [f.key, submitted[f.key]]));
}
