// Electronic licences (电子证照): issued with J1's decision (see ../seals/documents.ts, which
// seals the PDF), signed with the department's SM2 key, listed for their holders, revoked
// by staff with a reason, and verified by anyone — offline with the published public key,
// or here with the current status.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { chinaDate } from '../../../lib/china-date.ts';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import { maskIdCard } from '../../../lib/mask.ts';
import type { DB, Queryable } from '../../../db/types.ts';
import type { ApplicationFormDef } from '../../catalog/application-form.ts';
import { authorize, can } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { applicantOf } from '../../cases/applicant.ts';
import type { KeyVault } from '../seals/key-vault.ts';
import { documentsPolicy } from '../policy.ts';
import { DEPARTMENT } from '../templates/department.ts';
import type { LicenceView } from '../templates/render-licence.ts';
import { licenceKindOfItem, licenceScopeFromForm, licenceStatus, LICENCE_PREFIX, LICENCE_TITLES, STATUS_LABELS, validUntil } from './scope.ts';
import { CODE_PREFIX, extractCode, generateSm2KeyPair, signLicenceCode, SM2_USER_ID, verifyLicenceCode, type LicenceClaims } from './signed-code.ts';
import * as store from './store.ts';

type LicenceRow = NonNullable<Awaited<ReturnType<typeof store.byId>>>;

export interface LicenceCase {
  id: string;
  item_code: string;
  item_name: string;
  applicant_name: string;
  applicant_person_id: string;
  applicant_enterprise_id: string | null;
  form: Record<string, unknown>;
  /** The form definition of the case's item version (labels of the chosen options). */
  formDefinition?: ApplicationFormDef;
}

/** A licence about to be issued: its data, signed code and printed view (inserted with its sealed PDF). */
export interface PreparedLicence {
  claims: LicenceClaims;
  code: string;
  view: LicenceView;
  holder: { code: string; type: '001' | '111' };
}

/** Licence numbers as typed by people: half-width brackets and lower case are accepted. */
export function normaliseLicenceNo(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The key id a code claims (checked by the signature afterwards). */
function peekKeyId(code: string): string | null {
  try {
    const first = JSON.parse(Buffer.from(code.split('.')[1] ?? '', 'base64url').toString('utf8'))[0];
    return typeof first === 'string' && first.length <= 64 ? first : null;
  } catch {
    return null;
  }
}

/** Genuine licence codes remembered after their SM2 check (~0.5 KB each). */
const VERIFIED_CODES_KEPT = 10_000;

export function createLicenceService(db: Kysely<DB>, opts: { vault: KeyVault; now?: () => Date; publicUrl: () => string }) {
  const now = opts.now ?? (() => new Date());
  const publicKeys = new Map<string, string>();
  const verifiedCodes = new Map<string, string>();
  const keyContext = (keyId: string) => `licence-key:${keyId}`;

  async function signingKey(q: Queryable) {
    let row = await store.activeKey(q);
    if (!row) {
      const kp = generateSm2KeyPair();
      const keyId = `sm2-${createHash('sha256').update(kp.publicKey).digest('hex').slice(0, 12)}`;
      await store.insertKey(db, { key_id: keyId, public_key: kp.publicKey, key_ciphertext: opts.vault.seal(Buffer.from(kp.privateKey, 'hex'), keyContext(keyId)) });
      await writeAudit(db, { actor: 'system', action: 'licence.key_created', subjectType: 'licence_key', subjectId: keyId, data: { publicKey: kp.publicKey } });
      row = (await store.activeKey(db))!;
    }
    return { keyId: row.key_id, publicKey: row.public_key, privateKey: opts.vault.open(row.key_ciphertext, keyContext(row.key_id)).toString('hex') };
  }

  async function publicKeyOf(keyId: string): Promise<string | undefined> {
    if (!publicKeys.has(keyId)) for (const k of await store.allKeys(db)) publicKeys.set(k.key_id, k.public_key);
    return publicKeys.get(keyId);
  }

  function presentPublic(l: LicenceRow) {
    return presentBase(l, true);
  }

  function present(l: LicenceRow) {
    return { ...presentBase(l, false), caseId: l.case_id, code: l.code, documentId: l.document_id };
  }

  function presentBase(l: LicenceRow, publicView: boolean) {
    const status = licenceStatus(l, chinaDate(now()));
    return {
      id: l.id,
      licenceNo: l.licence_no,
      kind: l.kind,
      title: LICENCE_TITLES[l.kind],
      holderName: l.holder_name,
      holderCode: publicView && l.holder_code_type === '111' ? maskIdCard(l.holder_code) : l.holder_code,
      holderCodeType: l.holder_code_type,
      scope: l.scope,
      issueDate: l.issue_date,
      validUntil: l.valid_until,
      issuer: DEPARTMENT.name,
      status,
      statusLabel: STATUS_LABELS[status],
      revokedAt: l.revoked_at?.toISOString() ?? null,
      revokeReason: l.revoke_reason,
    };
  }

  function verifyUrl(code: string) {
    return `${opts.publicUrl()}/verify?c=${code}`;
  }

  return {
    /** Makes the department's SM2 key on first use (or at start), so verification keys exist before any licence. */
    async ensureKey() {
      return (await signingKey(db)).keyId;
    },

    async publishedKeys() {
      const keys = await store.allKeys(db);
      return {
        algorithm: 'SM2' as const,
        digest: 'SM3' as const,
        userId: SM2_USER_ID,
        keyFormat: '未压缩公钥十六进制（04‖x‖y）',
        codeFormat: `${CODE_PREFIX}.<base64url(JSON 数组：[密钥标识, 许可证编号, 类别 P/U, 持证单位, 统一社会信用代码, 发证日期, 有效期至, 动物品种[], 动物等级, 设施地址])>.<base64url(SM2 签名 r‖s，64 字节)>；签名覆盖 "${CODE_PREFIX}.<payload>" 的 ASCII 字节`,
        keys: keys.map((k) => ({ keyId: k.key_id, publicKey: k.public_key, active: k.active, createdAt: k.created_at.toISOString() })),
      };
    },

    /** Allocates the number and signs the data of the licence a case is about to get (no row yet). */
    async prepare(c: LicenceCase, issueDate: string): Promise<PreparedLicence> {
      const kind = licenceKindOfItem(c.item_name);
      const year = Number(issueDate.slice(0, 4));
      const prefix = `${LICENCE_PREFIX[kind]}（${DEPARTMENT.province}）`;
      const serial = await store.nextNumber(db, prefix, year);
      const licenceNo = `${prefix}${year}-${String(serial).padStart(4, '0')}`;
      const holder = await store.holderCode(db, c);
      const scope = licenceScopeFromForm(c.form, c.formDefinition);
      const key = await signingKey(db);
      const claims: LicenceClaims = {
        keyId: key.keyId, licenceNo, kind, holderName: c.applicant_name, holderCode: holder.code,
        issueDate, validUntil: validUntil(issueDate), species: scope.species, grade: scope.grade, facilityAddress: scope.facilityAddress,
      };
      const code = signLicenceCode(claims, key.privateKey, key.publicKey);
      return {
        claims, code, holder,
        view: {
          title: LICENCE_TITLES[kind], licenceNo, holderName: claims.holderName, holderCode: holder.code,
          holderCodeLabel: holder.type === '001' ? '统一社会信用代码' : '公民身份号码', facilityAddress: scope.facilityAddress,
          species: scope.species, grade: scope.grade, issueDate, validUntil: claims.validUntil, qrText: verifyUrl(code),
        },
      };
    },

    /** Records the prepared licence with its sealed document, in the issuing transaction. */
    async record(tx: Queryable, c: LicenceCase, l: PreparedLicence, documentId: string) {
      const id = await store.insertLicence(tx, {
        licence_no: l.claims.licenceNo, kind: l.claims.kind, case_id: c.id, item_code: c.item_code, holder_name: l.claims.holderName,
        holder_code: l.holder.code, holder_code_type: l.holder.type, holder_person_id: c.applicant_person_id, holder_enterprise_id: c.applicant_enterprise_id,
        scope: JSON.stringify({ species: l.claims.species, grade: l.claims.grade, facilityAddress: l.claims.facilityAddress }),
        issue_date: l.claims.issueDate, valid_until: l.claims.validUntil, key_id: l.claims.keyId, code: l.code, document_id: documentId,
      });
      await writeAudit(tx, { actor: 'system', action: 'licence.issued', subjectType: 'licence', subjectId: id, data: { licenceNo: l.claims.licenceNo, caseId: c.id } });
      return id;
    },

    /** The signed-in holder's licences (as themselves, or for the enterprise they act for now). */
    async mine(p: Principal, q: { validOnly: boolean; page: number; pageSize: number }) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const who = applicantOf(p);
      if (!who) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const { rows, total } = await store.ofHolder(db, who, { validOn: q.validOnly ? chinaDate(now()) : undefined, page: q.page, pageSize: q.pageSize });
      return { items: rows.map((r) => present(r)), total, page: q.page, pageSize: q.pageSize };
    },

    async list(p: Principal, page: number, pageSize: number) {
      authorize(documentsPolicy, p, 'licence.read');
      const { rows, total } = await store.listAll(db, page, pageSize);
      return { items: rows.map((r) => present(r)), total, page, pageSize };
    },

    /** One licence for its holder or staff who may read licences; otherwise not found. */
    async get(p: Principal, id: string) {
      const l = /^[0-9a-f-]{36}$/i.test(id) ? await store.byId(db, id) : undefined;
      if (!l) throw new AppError('LICENCE_NOT_FOUND');
      const who = p.kind === 'user' ? applicantOf(p) : null;
      const holds = who !== null && (l.holder_enterprise_id ? who.enterpriseId === l.holder_enterprise_id : who.enterpriseId === null && who.personId === l.holder_person_id);
      if (!holds && !can(documentsPolicy, p, 'licence.read')) throw new AppError('LICENCE_NOT_FOUND');
      return present(l);
    },

    async revoke(p: Principal, id: string, reason: string) {
      authorize(documentsPolicy, p, 'licence.revoke');
      const l = /^[0-9a-f-]{36}$/i.test(id) ? await store.byId(db, id) : undefined;
      if (!l) throw new AppError('LICENCE_NOT_FOUND');
      await db.transaction().execute(async (tx) => {
        if (!(await store.revoke(tx, id, actorOf(p).id, reason.trim()))) throw new AppError('LICENCE_ALREADY_REVOKED');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'licence.revoked', subjectType: 'licence', subjectId: id, data: { licenceNo: l.licence_no, reason: reason.trim() } });
      });
      return present((await store.byId(db, id))!);
    },

    /** One licence by its number as anyone verifying it sees it (ID numbers masked), or null. */
    async publicByNumber(licenceNo: string) {
      const l = await store.byNumber(db, normaliseLicenceNo(licenceNo));
      return l ? presentPublic(l) : null;
    },

    /** The licences of a holder (credit code or ID number) as anyone verifying them sees them. */
    async publicOfHolder(holderCode: string) {
      return (await store.byHolderCode(db, holderCode.trim().toUpperCase())).map(presentPublic);
    },

    /**
     * Public verification of a scanned or typed code: a signed code (or a URL carrying one)
     * is checked against the published keys first — a forged or altered one is refused —
     * then the licence's current status is looked up; a typed licence number is looked up.
     */
    async verify(input: string) {
      const code = extractCode(input);
      if (code) {
        // A genuine code stays genuine: the SM2 check of the same text always gives the same
        // answer, so codes already checked are remembered (an LRU of genuine codes only; forged
        // ones are checked every time and never stored). The status is still read every time.
        let licenceNo = verifiedCodes.get(code);
        if (licenceNo) {
          verifiedCodes.delete(code);
          verifiedCodes.set(code, licenceNo);
        } else {
          const keyId = peekKeyId(code);
          const pub = keyId ? await publicKeyOf(keyId) : undefined;
          const checked = verifyLicenceCode(code, (id) => (id === keyId ? pub : undefined));
          if (!checked.ok) throw new AppError('LICENCE_CODE_INVALID');
          licenceNo = checked.claims.licenceNo;
          if (verifiedCodes.size >= VERIFIED_CODES_KEPT) verifiedCodes.delete(verifiedCodes.keys().next().value!);
          verifiedCodes.set(code, licenceNo);
        }
        const l = await store.byNumber(db, licenceNo);
        if (!l || l.code !== code) throw new AppError('LICENCE_NOT_FOUND', '签名有效，但证照库中没有与之一致的证照记录，请联系发证机关');
        return { method: 'signed_code' as const, signature: 'verified' as const, licence: presentPublic(l) };
      }
      const l = await store.byNumber(db, normaliseLicenceNo(input));
      if (!l) throw new AppError('LICENCE_NOT_FOUND');
      return { method: 'licence_no' as const, signature: 'not_applicable' as const, licence: presentPublic(l) };
    },
  };
}

export type LicenceService = ReturnType<typeof createLicenceService>;
