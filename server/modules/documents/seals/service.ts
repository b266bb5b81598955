// Seal management (admins) and the use of a seal: choosing one the caller may use for an
// item, opening its key, and logging the use. Keys never leave this module in clear.
import type { Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import type { DB, Queryable } from '../../../db/types.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { documentsPolicy } from '../policy.ts';
import { certInfo, importPkcs12, selfSignedSeal, type SealCredentials } from './certificate.ts';
import { demoSealPdf } from './demo-seal-image.ts';
import type { KeyVault } from './key-vault.ts';
import type { SealAppearance } from './seal-pdf.ts';
import * as store from './store.ts';

export const SYSTEM_TAKER = 'system';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MASTER_CHECK_TEXT = 'kzt-seal-master-key-check';

type SealRow = NonNullable<Awaited<ReturnType<typeof store.getSeal>>>;
type SealListRow = Awaited<ReturnType<typeof store.listSeals>>[number];

export interface UsableSeal {
  id: string;
  name: string;
  look: SealAppearance;
  creds: SealCredentials;
}

function present(s: SealListRow) {
  return {
    id: s.id,
    name: s.name,
    imageType: s.image_type,
    certificate: { subject: s.cert_subject, serial: s.cert_serial, notBefore: s.cert_not_before.toISOString(), notAfter: s.cert_not_after.toISOString(), sha256: s.cert_sha256 },
    allowedRoles: s.allowed_roles,
    allowedItems: s.allowed_items,
    active: s.active,
    createdAt: s.created_at.toISOString(),
  };
}
export type SealView = ReturnType<typeof present>;

export interface AccessInput {
  allowedRoles: string[];
  allowedItems: string[];
}

export function createSealService(db: Kysely<DB>, opts: { vault: KeyVault; now?: () => Date }) {
  const { vault } = opts;
  const now = opts.now ?? (() => new Date());
  const keyContext = (certSha256: string) => `seal-key:${certSha256}`;

  async function makeDemo(p: Principal, input: { organization: string; purpose: string } & AccessInput) {
    const name = `${input.organization}${input.purpose}`;
    const creds = selfSignedSeal({ commonName: name, organization: input.organization, now: now() });
    const look: SealAppearance = { type: 'pdf', bytes: await demoSealPdf(input) };
    return save(p, { name, look, creds, allowedRoles: input.allowedRoles, allowedItems: input.allowedItems }, 'created_demo');
  }

  async function save(p: Principal, input: { name: string; look: SealAppearance; creds: SealCredentials } & AccessInput, how: string) {
    const info = certInfo(input.creds.certPem);
    const id = await db.transaction().execute(async (tx) => {
      const sealId = await store.insertSeal(tx, {
        name: input.name, image_type: input.look.type, image: Buffer.from(input.look.bytes), cert_pem: input.creds.certPem,
        cert_subject: info.subject, cert_serial: info.serial, cert_not_before: info.notBefore, cert_not_after: info.notAfter, cert_sha256: info.sha256,
        key_ciphertext: vault.seal(input.creds.keyDer, keyContext(info.sha256)),
        allowed_roles: input.allowedRoles, allowed_items: input.allowedItems, created_by: actorOf(p).id,
      });
      await writeAudit(tx, { actor: actorOf(p).id, action: `seal.${how}`, subjectType: 'seal', subjectId: sealId, data: { name: input.name, certSubject: info.subject, certSha256: info.sha256, allowedRoles: input.allowedRoles, allowedItems: input.allowedItems } });
      return sealId;
    });
    return present((await store.listSeals(db)).find((s) => s.id === id)!);
  }

  function open(s: SealRow): UsableSeal {
    const keyDer = vault.open(s.key_ciphertext, keyContext(s.cert_sha256));
    return { id: s.id, name: s.name, look: { type: s.image_type, bytes: new Uint8Array(s.image) }, creds: { keyDer, certPem: s.cert_pem } };
  }

  return {
    /**
     * At start: the configured master key must open what is stored (a wrong SEAL_MASTER_KEY
     * stops the start instead of failing at the first seal). The first start records a check value.
     */
    async checkMasterKey(): Promise<'recorded' | 'ok'> {
      const row = await store.masterCheck(db);
      if (!row) {
        await store.insertMasterCheck(db, vault.seal(Buffer.from(MASTER_CHECK_TEXT), 'master-check'));
        return 'recorded';
      }
      try {
        if (vault.open(row.ciphertext, 'master-check').toString() === MASTER_CHECK_TEXT) return 'ok';
      } catch {
        /* falls through */
      }
      throw new Error('the seal master key does not open the stored keys');
    },

    async list(p: Principal) {
      authorize(documentsPolicy, p, 'seal.manage');
      return (await store.listSeals(db)).map(present);
    },

    /** A demo seal: generated red round appearance and a self-signed certificate (not for real use). */
    async createDemo(p: Principal, input: { organization: string; purpose: string } & AccessInput) {
      authorize(documentsPolicy, p, 'seal.manage');
      return makeDemo(p, input);
    },

    /** Demo data: the department's approval seal, for decision makers and 自动用印, when there is no seal yet. */
    async seedDemo(organization: string): Promise<boolean> {
      if ((await store.countSeals(db)) > 0) return false;
      await makeDemo({ kind: 'program', clientId: 'demo-seed', scopes: [] }, { organization, purpose: '行政审批专用章', allowedRoles: ['decision_maker', 'item_manager', SYSTEM_TAKER], allowedItems: [] });
      return true;
    },

    /** A real seal: its PKCS#12 (key + certificate, with password) and its PNG image. */
    async importSeal(p: Principal, input: { name: string; p12: Buffer; password: string; png: Buffer } & AccessInput) {
      authorize(documentsPolicy, p, 'seal.manage');
      if (!input.png.subarray(0, 8).equals(PNG_MAGIC)) throw new AppError('SEAL_IMAGE_INVALID');
      const creds = importPkcs12(input.p12, input.password);
      const info = certInfo(creds.certPem);
      if (info.notAfter < now()) throw new AppError('SEAL_CERT_NOT_VALID');
      return save(p, { name: input.name, look: { type: 'png', bytes: input.png }, creds, allowedRoles: input.allowedRoles, allowedItems: input.allowedItems }, 'imported');
    },

    async update(p: Principal, id: string, patch: Partial<AccessInput> & { active?: boolean }) {
      authorize(documentsPolicy, p, 'seal.manage');
      await db.transaction().execute(async (tx) => {
        const ok = await store.updateSeal(tx, id, { allowed_roles: patch.allowedRoles, allowed_items: patch.allowedItems, active: patch.active });
        if (!ok) throw new AppError('SEAL_NOT_FOUND');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'seal.updated', subjectType: 'seal', subjectId: id, data: patch });
      });
      const row = (await store.listSeals(db)).find((s) => s.id === id);
      if (!row) throw new AppError('SEAL_NOT_FOUND');
      return present(row);
    },

    async image(p: Principal, id: string) {
      authorize(documentsPolicy, p, 'seal.manage');
      const s = /^[0-9a-f-]{36}$/i.test(id) ? await store.getSeal(db, id) : undefined;
      if (!s) throw new AppError('SEAL_NOT_FOUND');
      return { type: s.image_type, bytes: Buffer.from(s.image) };
    },

    async usage(p: Principal, id: string, page: number, pageSize: number) {
      authorize(documentsPolicy, p, 'seal.manage');
      const { rows, total } = await store.usageOfSeal(db, id, page, pageSize);
      return {
        items: rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, automatic: r.automatic, documentId: r.document_id, kind: r.kind, caseNo: r.case_no, sha256: r.file_sha256 })),
        total, page, pageSize,
      };
    },

    /**
     * The seal to use for an item: an active one allowing the item and the taker (a staff
     * role of the caller, or 'system' for 自动用印), whose certificate is valid now.
     */
    async pick(q: Queryable, input: { itemCode: string; takers: string[]; sealId?: string }): Promise<UsableSeal> {
      const at = now();
      const usable = (await store.sealsForItem(q, input.itemCode)).filter(
        (s) => s.allowed_roles.some((r) => input.takers.includes(r)) && s.cert_not_before <= at && s.cert_not_after > at && (!input.sealId || s.id === input.sealId),
      );
      if (!usable[0]) throw new AppError('SEAL_NOT_AVAILABLE');
      return open(usable[0]);
    },

    /** Logs one use of a seal (append-only) with its audit record, in the caller's transaction. */
    async logUse(tx: Queryable, u: { sealId: string; actor: string; automatic: boolean; documentId: string; caseId: string; kind: string; sha256: string }) {
      await store.insertUsage(tx, { seal_id: u.sealId, actor: u.actor, automatic: u.automatic, document_id: u.documentId, case_id: u.caseId, kind: u.kind, file_sha256: u.sha256 });
      await writeAudit(tx, { actor: u.actor, action: 'seal.used', subjectType: 'seal', subjectId: u.sealId, data: { documentId: u.documentId, caseId: u.caseId, kind: u.kind, sha256: u.sha256, automatic: u.automatic } });
    },

    async count() {
      return store.countSeals(db);
    },
  };
}

export type SealService = ReturnType<typeof createSealService>;
