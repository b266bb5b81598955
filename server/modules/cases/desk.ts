// The window desk (综合窗口 帮代办): a window clerk submits an application for an applicant
// who came to the hall — a natural person by ID number and name, or an enterprise by its
// credit code with the handler present. The case is the applicant's own (they see it in
// 我的办件), submitted through the window channel and marked with the clerk who did it.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { authorize } from '../identity/authorize.ts';
import { enterpriseAtDesk, findEnterprise, findPersonByIdNumber, personAtDesk } from '../identity/desk-applicants.ts';
import type { Principal } from '../identity/principal.ts';
import { applicantTypeOfCreditCode, type Applicant } from './applicant.ts';
import { casesPolicy } from './policy.ts';
import type { CasesService } from './service.ts';

export type DeskApplicant =
  | { kind: 'natural'; idNumber: string; name: string }
  | { kind: 'legal'; creditCode: string; name?: string; handler: { idNumber: string; name: string } };

export function createDeskService(db: Kysely<DB>, cases: CasesService) {
  return {
    /** What the platform knows of an applicant before the clerk submits (nothing is recorded). */
    async lookup(p: Principal, q: { idNumber?: string; name?: string; creditCode?: string }) {
      authorize(casesPolicy, p, 'case.submitOnBehalf');
      if (q.creditCode) {
        const e = await findEnterprise(db, q.creditCode);
        return { kind: 'legal' as const, known: e !== null, name: e?.name ?? null, legalRepresentative: e?.legalRepresentative ?? null, address: e?.address ?? null };
      }
      const person = q.idNumber ? await findPersonByIdNumber(db, q.idNumber) : undefined;
      // The stored name is not revealed: the clerk reads it from the ID card and is told whether it matches.
      return { kind: 'natural' as const, known: person !== undefined, nameMatches: person ? person.name === q.name : null };
    },

    async submit(p: Principal, input: { applicant: DeskApplicant; itemCode: string; form: Record<string, unknown>; idempotencyKey: string }) {
      authorize(casesPolicy, p, 'case.submitOnBehalf');
      if (p.kind !== 'user') throw new Error('unreachable: the policy admits people only');
      const a = input.applicant;
      const identify = async (tx: Parameters<typeof personAtDesk>[0]): Promise<Applicant> => {
        if (a.kind === 'natural') {
          const person = await personAtDesk(tx, a);
          return { personId: person.id, enterpriseId: null, type: '1', name: person.name };
        }
        const enterprise = await enterpriseAtDesk(tx, { creditCode: a.creditCode, name: a.name });
        const handler = await personAtDesk(tx, a.handler);
        return { personId: handler.id, enterpriseId: enterprise.id, type: applicantTypeOfCreditCode(enterprise.creditCode), name: enterprise.name };
      };
      return cases.submitFor(p, identify, { itemCode: input.itemCode, form: input.form, idempotencyKey: input.idempotencyKey }, { channel: '0', clerkPersonId: p.personId });
    },
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
