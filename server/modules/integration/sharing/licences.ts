// Electronic licences for other departments' systems (scope licences:read): look a licence up
// by its number or its holder's code, and verify the signed code of a licence's QR. The
// licences module does the work (lookup, SM2 verification, current status); this adds what
// sharing needs: the caller's purpose, an audit record of every call, and answers in the
// public view only (ID numbers masked). Audit records never hold a full ID number nor the
// signed code (which carries the holder's code).
import type { Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { isValidCreditCode } from '../../../lib/codes/credit-code.ts';
import { isValidIdCard } from '../../../lib/codes/id-card.ts';
import { AppError } from '../../../lib/errors.ts';
import { maskIdCard } from '../../../lib/mask.ts';
import type { DB } from '../../../db/types.ts';
import { extractCode } from '../../documents/licences/signed-code.ts';
import type { LicenceService } from '../../documents/licences/service.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { integrationPolicy } from '../policy.ts';

type PublicLicence = NonNullable<Awaited<ReturnType<LicenceService['publicByNumber']>>>;

/** What a program with licences:read sees of a licence (no internal ids, ID numbers masked). */
export function sharedLicence(l: PublicLicence) {
  return {
    licenceNo: l.licenceNo, kind: l.kind, title: l.title, holderName: l.holderName, holderCode: l.holderCode, holderCodeType: l.holderCodeType,
    scope: l.scope, issueDate: l.issueDate, validUntil: l.validUntil, issuer: l.issuer, status: l.status, statusLabel: l.statusLabel,
    revokedAt: l.revokedAt, revokeReason: l.revokeReason,
  };
}

export type VerifyOutcome = 'valid' | 'not_a_code' | 'signature_invalid' | 'no_record';

export function createLicenceSharing(db: Kysely<DB>, licences: LicenceService) {
  const audit = (p: Principal, action: string, subjectId: string, data: Record<string, unknown>) =>
    writeAudit(db, { actor: actorOf(p).id, action, subjectType: 'licence', subjectId, data });

  return {
    async byNumber(p: Principal, licenceNo: string, purpose: string) {
      authorize(integrationPolicy, p, 'share.licences');
      const l = await licences.publicByNumber(licenceNo);
      await audit(p, 'share.licence_lookup', l?.id ?? `no:${licenceNo}`, { by: 'number', licenceNo, purpose, found: Boolean(l) });
      if (!l) throw new AppError('LICENCE_NOT_FOUND');
      return sharedLicence(l);
    },

    async byHolder(p: Principal, holderCode: string, purpose: string) {
      authorize(integrationPolicy, p, 'share.licences');
      const code = holderCode.trim().toUpperCase();
      const isId = isValidIdCard(code);
      if (!isId && !isValidCreditCode(code)) throw new AppError('VALIDATION_FAILED', 'holderCode 须为统一社会信用代码或公民身份号码');
      const found = await licences.publicOfHolder(code);
      const shown = isId ? maskIdCard(code) : code;
      await audit(p, 'share.licence_lookup', `holder:${shown}`, { by: 'holder', holderCode: shown, purpose, found: found.length });
      return { items: found.map(sharedLicence) };
    },

    /** A code from a licence's QR (or the URL carrying it): genuine and on record → valid, with the current status. */
    async verify(p: Principal, input: string, purpose: string) {
      authorize(integrationPolicy, p, 'share.licences');
      let outcome: VerifyOutcome = 'valid';
      let licence: PublicLicence | null = null;
      if (!extractCode(input)) outcome = 'not_a_code';
      else {
        try {
          licence = (await licences.verify(input)).licence;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          if (err.code === 'LICENCE_CODE_INVALID') outcome = 'signature_invalid';
          else if (err.code === 'LICENCE_NOT_FOUND') outcome = 'no_record';
          else throw err;
        }
      }
      await audit(p, 'share.licence_verify', licence?.id ?? 'code', { licenceNo: licence?.licenceNo ?? null, outcome, purpose });
      return { valid: outcome === 'valid', outcome, licence: licence ? sharedLicence(licence) : null };
    },
  };
}

export type LicenceSharing = ReturnType<typeof createLicenceSharing>;
