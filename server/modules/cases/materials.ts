// 申请材料 of a case: the materials of the item version the case follows, and per material
// its current proof — an uploaded file (checked by content, stored content-addressed) or a
// 告知承诺 in its place. The applicant changes them after submitting and before acceptance, or
// while the case waits for them (补正); whoever may see the case may see and download them.
import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { detectType, mimeOfFormat, type FileStore } from '../../lib/files/file-store.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Material } from '../catalog/schema.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { isApplicantOf } from '../workflow/engine.ts';
import { loadWorkflow } from '../workflow/registry.ts';
import { findVisibleCase, type CaseRow } from './service.ts';
import * as store from './store.ts';

type MaterialRow = Awaited<ReturnType<typeof store.currentMaterials>>[number];

export interface MaterialsOptions {
  files: FileStore;
  maxUploadBytes: number;
}

/** A file as the HTTP layer hands it over: its name as sent, its bytes, and whether they were cut at the size limit. */
export interface IncomingFile {
  name: string;
  stream: Readable;
  truncated(): boolean;
}

/** What an upload targets, after the checks that need no file. */
export interface UploadTarget {
  caseRow: CaseRow;
  index: number;
  material: Material;
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`);

/** A file name fit to store and show: no directories, no control characters, not too long. */
function cleanFileName(raw: string | undefined, fallbackExt: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || `材料.${fallbackExt}`).slice(-200);
}

export function createMaterialsService(db: Kysely<DB>, catalog: CatalogService, opts: MaterialsOptions) {
  const { files, maxUploadBytes } = opts;

  async function materialsOf(c: CaseRow): Promise<Material[]> {
    return (await catalog.itemVersion(c.item_code, c.item_version)).content.materials;
  }

  /** Whether the case is where the applicant may change materials: its workflow's first state, or one waiting for the applicant. */
  async function openForApplicant(q: Kysely<DB> | Parameters<typeof store.lockCase>[0], c: Pick<CaseRow, 'state' | 'workflow_key' | 'workflow_version' | 'concluded_at'>): Promise<boolean> {
    if (c.concluded_at) return false;
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    return c.state === def.initial || (def.states[c.state]?.queue.includes('applicant') ?? false);
  }

  /** The case and material an applicant may change now; the reasons why not, otherwise. */
  async function editable(p: Principal, caseId: string, index: number): Promise<UploadTarget> {
    const c = await findVisibleCase(db, p, caseId);
    const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
    if (!isApplicantOf(p, party)) throw new AppError('FORBIDDEN', '只有申请人可以提交申请材料');
    const material = (await materialsOf(c))[index];
    if (!material) throw new AppError('MATERIAL_NOT_FOUND');
    if (!(await openForApplicant(db, c))) throw new AppError('MATERIAL_NOT_EDITABLE');
    return { caseRow: c, index, material };
  }

  /** In one transaction with the case locked (and still open for the applicant): the new current row and its timeline event. */
  async function record(p: Principal, t: UploadTarget, row: Omit<Parameters<typeof store.replaceCurrentMaterial>[1], 'case_id' | 'material_index' | 'uploaded_by'>, event: { kind: string; data: Record<string, unknown> }) {
    const actor = actorOf(p).id;
    return db.transaction().execute(async (tx) => {
      const locked = await store.lockCase(tx, t.caseRow.id);
      if (!locked || !(await openForApplicant(tx, locked))) throw new AppError('MATERIAL_NOT_EDITABLE');
      const saved = await store.replaceCurrentMaterial(tx, { ...row, case_id: t.caseRow.id, material_index: t.index, uploaded_by: actor });
      await store.insertEvent(tx, { case_id: t.caseRow.id, actor, kind: event.kind, transition: null, from_state: null, to_state: null, step_result: null, opinion: null, data: { index: t.index, name: t.material.name, ...event.data } });
      return saved;
    });
  }

  function present(index: number, m: Material, row: MaterialRow | undefined) {
    return {
      index,
      name: m.name,
      required: m.required,
      requiredNote: m.requiredNote ?? null,
      source: m.source,
      form: m.form,
      fileFormats: m.fileFormats,
      commitmentAllowed: m.commitmentAllowed,
      toleranceAllowed: m.toleranceAllowed,
      spec: m.spec ?? null,
      status: row?.kind === 'upload' ? ('uploaded' as const) : row ? row.kind : ('missing' as const),
      at: row?.uploaded_at.toISOString() ?? null,
      file: row?.kind === 'upload'
        ? { fileName: row.file_name!, contentType: row.content_type!, size: row.size_bytes!, sha256: row.file_sha256!, uploadedAt: row.uploaded_at.toISOString() }
        : null,
    };
  }

  return {
    maxUploadBytes,

    /** The item version's materials with the current state of each. */
    async list(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const [materials, rows] = await Promise.all([materialsOf(c), store.currentMaterials(db, c.id)]);
      const byIndex = new Map(rows.map((r) => [r.material_index, r]));
      const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
      return {
        caseId: c.id,
        editable: isApplicantOf(p, party) && (await openForApplicant(db, c)),
        maxUploadBytes,
        materials: materials.map((m, i) => present(i, m, byIndex.get(i))),
      };
    },

    /** Checks everything that needs no file, before a byte of it is read. */
    async uploadTarget(p: Principal, caseId: string, index: number): Promise<UploadTarget> {
      const t = await editable(p, caseId, index);
      if (t.material.fileFormats.length === 0 || t.material.form === 'paper') throw new AppError('MATERIAL_NO_UPLOAD');
      return t;
    },

    /**
     * Stores an upload: written to disk first (staged, checked, then moved into the store),
     * then the case's current row and timeline event in one transaction.
     */
    async upload(p: Principal, t: UploadTarget, file: IncomingFile) {
      const staged = await files.stage(file.stream);
      try {
        if (file.truncated() || staged.size > maxUploadBytes) {
          throw new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${mb(maxUploadBytes)} 的上限，请压缩或拆分后再上传`, { maxBytes: maxUploadBytes });
        }
        if (staged.size === 0) throw new AppError('FILE_EMPTY');
        const detected = detectType(staged.head);
        const allowed = t.material.fileFormats.filter((f) => mimeOfFormat(f) !== null);
        if (!detected || !allowed.some((f) => mimeOfFormat(f) === detected.mime)) {
          throw new AppError(
            'FILE_TYPE_NOT_ALLOWED',
            `文件内容${detected ? `是 ${detected.label} 格式` : '不是可识别的 PDF、JPG 或 PNG 文件'}，「${t.material.name}」只接受 ${t.material.fileFormats.join('、')} 格式（按文件内容判断，与文件名无关）`,
            { detected: detected?.label ?? null, allowed: t.material.fileFormats },
          );
        }
        await staged.commit();
        const name = cleanFileName(file.name, detected.label.toLowerCase());
        const row = await record(p, t, { kind: 'upload', file_sha256: staged.sha256, file_name: name, content_type: detected.mime, size_bytes: staged.size }, {
          kind: 'material.uploaded',
          data: { sha256: staged.sha256, size: staged.size, fileName: name, contentType: detected.mime },
        });
        return present(t.index, t.material, row);
      } finally {
        await staged.discard(); // a no-op once committed
      }
    },

    /** 告知承诺 in place of the proof, where the item allows it. */
    async commit(p: Principal, caseId: string, index: number) {
      const t = await editable(p, caseId, index);
      if (!t.material.commitmentAllowed) throw new AppError('COMMITMENT_NOT_ALLOWED');
      const row = await record(p, t, { kind: 'commitment', file_sha256: null, file_name: null, content_type: null, size_bytes: null }, { kind: 'material.commitment', data: {} });
      return present(t.index, t.material, row);
    },

    /** The current file of a material, for whoever may see the case. */
    async file(p: Principal, caseId: string, index: number) {
      const c = await findVisibleCase(db, p, caseId);
      const row = await store.currentMaterial(db, c.id, index);
      if (!row || row.kind !== 'upload' || !row.file_sha256) throw new AppError('MATERIAL_NOT_UPLOADED');
      const size = await files.size(row.file_sha256);
      if (size === null) throw new Error(`file ${row.file_sha256} of case ${c.id} is missing from the file store`);
      return { fileName: row.file_name!, contentType: row.content_type!, size, sha256: row.file_sha256, open: () => files.open(row.file_sha256!) };
    },
  };
}

export type MaterialsService = ReturnType<typeof createMaterialsService>;
