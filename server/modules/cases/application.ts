// The application form of a case (一表申请): what is known already (identity, earlier answers),
// drafts saved and resumed, and the one check of an answer sheet used on submit and on 补正.
import type { Kysely } from 'kysely';
import type { DB, Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { maskIdCard } from '../../lib/mask.ts';
import { draftValuesSchema, fieldValueSchema, fieldsOf, formEntries, formProblems, formProblemsMessage, isLockedSource, type FormValues } from '../catalog/application-form.ts';
import { applicationFormOf } from '../catalog/forms/default.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Principal, UserPrincipal } from '../identity/principal.ts';
import { applicantOf, type Applicant } from './applicant.ts';
import * as store from './application-store.ts';
import { identityFacts, identityValue } from './form-check.ts';
import { findVisibleCase } from './service.ts';

const EARLIER_CASES = 20;

export function createApplicationService(db: Kysely<DB>, catalog: CatalogService) {
  function applicant(p: Principal): Applicant {
    if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
    const a = applicantOf(p);
    if (!a) throw new AppError('APPLICANT_REQUIRED');
    return a;
  }

  async function formOfItem(code: string) {
    const item = await catalog.publishedItem(code);
    return { item, def: applicationFormOf(item.content) };
  }

  const presentDraft = (d: NonNullable<Awaited<ReturnType<typeof store.getDraft>>>) => ({
    id: d.id, itemCode: d.item_code, itemName: d.item_name, itemVersion: d.item_version, form: d.form,
    createdAt: d.created_at.toISOString(), updatedAt: d.updated_at.toISOString(),
  });

  return {
    /**
     * What the form starts with: identity facts where a field asks for them (locked ones shown
     * as `locked`, with ID numbers masked — the server fills them in on submit), then the
     * latest earlier answer under the same key. Staff apply through the window desk: nothing.
     */
    async prefill(p: Principal, itemCode: string) {
      const { def } = await formOfItem(itemCode);
      const a = p.kind === 'user' ? applicantOf(p as UserPrincipal) : null;
      const out = { values: {} as FormValues, sources: {} as Record<string, 'identity' | 'previous'>, locked: {} as Record<string, string> };
      if (!a) return out;
      const [facts, earlier] = await Promise.all([identityFacts(db, a), store.latestForms(db, a, EARLIER_CASES)]);
      for (const f of fieldsOf(def)) {
        const fromIdentity = f.prefill && f.prefill !== 'previous' ? identityValue(f.prefill, facts) : undefined;
        if (fromIdentity !== undefined) {
          if (isLockedSource(f.prefill)) out.locked[f.key] = f.prefill === 'person.idNumber' ? maskIdCard(fromIdentity) : fromIdentity;
          else out.values[f.key] = fromIdentity;
          out.sources[f.key] = 'identity';
          continue;
        }
        if (!f.prefill) continue;
        // The newest earlier answer that is still a valid answer to this field.
        for (const form of earlier) {
          if (!(f.key in form)) continue;
          const r = fieldValueSchema(f).safeParse(form[f.key]);
          if (r.success && r.data !== undefined) {
            out.values[f.key] = r.data;
            out.sources[f.key] = 'previous';
            break;
          }
        }
      }
      return out;
    },

    async listDrafts(p: Principal) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const a = applicantOf(p);
      if (!a) return [];
      return (await store.listDrafts(db, store.ownerKeyOf(a))).map((d) => ({
        id: d.id, itemCode: d.item_code, itemName: d.item_name, itemVersion: d.item_version, createdAt: d.created_at.toISOString(), updatedAt: d.updated_at.toISOString(),
      }));
    },

    async getDraft(p: Principal, itemCode: string) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const a = applicantOf(p);
      const d = a ? await store.getDraft(db, store.ownerKeyOf(a), itemCode) : undefined;
      if (!d) throw new AppError('APPLICATION_DRAFT_NOT_FOUND');
      return presentDraft(d);
    },

    /** Saves the draft as it is (only unknown fields are refused; completeness is checked on submit). */
    async saveDraft(p: Principal, itemCode: string, form: Record<string, unknown>) {
      const a = applicant(p);
      const { item, def } = await formOfItem(itemCode);
      const r = draftValuesSchema(def).safeParse(form);
      if (!r.success) {
        const problems = formProblems(def, r.error);
        throw new AppError('FORM_INVALID', formProblemsMessage(problems), { problems });
      }
      const d = await store.saveDraft(db, {
        ownerKey: store.ownerKeyOf(a), itemCode, itemName: item.content.name, itemVersion: item.version,
        personId: a.personId, enterpriseId: a.enterpriseId, form: r.data as FormValues,
      });
      return presentDraft(d);
    },

    async deleteDraft(p: Principal, itemCode: string) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const a = applicantOf(p);
      if (!a || !(await store.deleteDraft(db, store.ownerKeyOf(a), itemCode))) throw new AppError('APPLICATION_DRAFT_NOT_FOUND');
    },

    /** The form definition of the item version a case follows, and its answers as label/value pairs. */
    async caseForm(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const def = applicationFormOf((await catalog.itemVersion(c.item_code, c.item_version)).content);
      return { definition: def, entries: formEntries(def, c.form) };
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
