// 申请材料 of a case: the materials of the item version the case follows, and per material
// its current proof — an uploaded file (checked by content, stored content-addressed), a file
// reused from the applicant's earlier case (免提交: same content, no copy), a 告知承诺 in its
// place, or a declared gap (容缺受理) to be supplied within working days of acceptance. The
// applicant changes them after submitting and before acceptance, or while the case waits for
// them (补正), and supplies tolerated ones after acceptance; whoever may see the case may see
// and download them.
import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import type { DB, Queryable } from '../../db/types.ts';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { detectType, mimeOfFormat, type FileStore } from '../../lib/files/file-store.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Material } from '../catalog/schema.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { isApplicantOf } from '../workflow/engine.ts';
import { loadWorkflow } from '../workflow/registry.ts';
import { providedOnline, supplyDaysOf, supplyDeadline } from './material-rules.ts';
import { findVisibleCase, type CaseRow } from './service.ts';
import * as store from './store.ts';

export interface MaterialsOptions {
  files: FileStore;
  maxUploadBytes: number;
  /** For the supply dates of tolerated materials accepted while their year was not loaded. */
  calendar: CalendarService;
  /** The clock (overdue supplies); tests fix it. */
  now?: () => Date;
}

export type MaterialAction = 'upload' | 'reuse' | 'commitment' | 'tolerance';

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
  /** After acceptance: supplying a tolerated (容缺) material. */
  supplying: boolean;
}

type CaseState = Pick<CaseRow, 'id' | 'state' | 'workflow_key' | 'workflow_version' | 'accepted_at' | 'concluded_at'>;

const partyOf = (c: Pick<CaseRow, 'applicant_person_id' | 'applicant_enterprise_id'>) => ({ applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id });

/** Whether two cases have the same applicant: the same enterprise, or the same natural person acting for themselves. */
function sameApplicant(a: Pick<CaseRow, 'applicant_person_id' | 'applicant_enterprise_id'>, b: Pick<CaseRow, 'applicant_person_id' | 'applicant_enterprise_id'>): boolean {
  if (a.applicant_enterprise_id || b.applicant_enterprise_id) return a.applicant_enterprise_id === b.applicant_enterprise_id;
  return a.applicant_person_id === b.applicant_person_id;
}

const mb = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`);

/** A file name fit to store and show: no directories, no control characters, not too long. */
function cleanFileName(raw: string | undefined, fallbackExt: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || `材料.${fallbackExt}`).slice(-200);
}

export function createMaterialsService(db: Kysely<DB>, catalog: CatalogService, opts: MaterialsOptions) {
  const { files, maxUploadBytes, calendar } = opts;
  const now = opts.now ?? (() => new Date());

  async function materialsOf(c: Pick<CaseRow, 'item_code' | 'item_version'>): Promise<Material[]> {
    return (await catalog.itemVersion(c.item_code, c.item_version)).content.materials;
  }

  /** Whether the case is where the applicant may change materials: its workflow's first state, or one waiting for the applicant. */
  async function openForApplicant(q: Queryable, c: Omit<CaseState, 'id' | 'accepted_at'>): Promise<boolean> {
    if (c.concluded_at) return false;
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    return c.state === def.initial || (def.states[c.state]?.queue.includes('applicant') ?? false);
  }

  /** Whether a tolerated material of an accepted, running case still waits to be supplied. */
  async function awaitingSupply(q: Queryable, c: CaseState, index: number): Promise<boolean> {
    if (!c.accepted_at || c.concluded_at) return false;
    return (await store.currentMaterial(q, c.id, index))?.kind === 'tolerance';
  }

  /**
   * The case and material an applicant may change now; the reasons why not, otherwise. After
   * acceptance only a tolerated material may be supplied (`supply`: the action can do that).
   */
  async function editable(p: Principal, caseId: string, index: number, supply: boolean): Promise<UploadTarget> {
    const c = await findVisibleCase(db, p, caseId);
    if (!isApplicantOf(p, partyOf(c))) throw new AppError('FORBIDDEN', '只有申请人可以提交申请材料');
    const material = (await materialsOf(c))[index];
    if (!material) throw new AppError('MATERIAL_NOT_FOUND');
    if (await openForApplicant(db, c)) return { caseRow: c, index, material, supplying: false };
    if (supply && (await awaitingSupply(db, c, index))) return { caseRow: c, index, material, supplying: true };
    throw new AppError('MATERIAL_NOT_EDITABLE');
  }

  function requireOnline(m: Material) {
    if (!providedOnline(m)) throw new AppError('MATERIAL_NO_UPLOAD');
  }

  /** In one transaction with the case locked (and still open for this change): the new current row and its timeline event. */
  async function record(p: Principal, t: UploadTarget, row: Omit<Parameters<typeof store.replaceCurrentMaterial>[1], 'case_id' | 'material_index' | 'uploaded_by'>, event: { kind: string; data: Record<string, unknown> }) {
    const actor = actorOf(p).id;
    await db.transaction().execute(async (tx) => {
      const locked = await store.lockCase(tx, t.caseRow.id);
      if (!locked) throw new AppError('MATERIAL_NOT_EDITABLE');
      let kind = event.kind;
      let extra: Record<string, unknown> = {};
      if (t.supplying) {
        const gap = await store.currentMaterial(tx, locked.id, t.index);
        if (gap?.kind !== 'tolerance' || !(await awaitingSupply(tx, locked, t.index))) throw new AppError('MATERIAL_NOT_EDITABLE');
        kind = 'material.supplied';
        const today = chinaDate(now());
        extra = { supplyDeadline: gap.supply_deadline, late: gap.supply_deadline !== null && today > gap.supply_deadline, via: event.kind };
      } else if (!(await openForApplicant(tx, locked))) {
        throw new AppError('MATERIAL_NOT_EDITABLE');
      }
      await store.replaceCurrentMaterial(tx, { ...row, case_id: t.caseRow.id, material_index: t.index, uploaded_by: actor });
      await store.insertEvent(tx, { case_id: t.caseRow.id, actor, kind, transition: null, from_state: null, to_state: null, step_result: null, opinion: null, data: { index: t.index, name: t.material.name, ...event.data, ...extra } });
    });
    return describe(p, t.caseRow.id, t.index);
  }

  /** Every material of a case with its current proof and what the caller may do with it. */
  async function states(p: Principal, c: CaseRow) {
    const [materials, rows] = await Promise.all([materialsOf(c), store.currentMaterials(db, c.id)]);
    const byIndex = new Map(rows.map((r) => [r.material_index, r]));
    const applicant = isApplicantOf(p, partyOf(c));
    const open = applicant && (await openForApplicant(db, c));
    const today = chinaDate(now());
    const running = c.accepted_at !== null && c.concluded_at === null;
    // A case accepted while the year of a supply date was not loaded: computed now, if it has been since.
    const unfixed = running && rows.some((r) => r.kind === 'tolerance' && r.supply_deadline === null);
    const cal = unfixed ? await calendar.current() : null;
    const caseNos = await store.caseNumbers(db, rows.flatMap((r) => (r.reused_from_case_id ? [r.reused_from_case_id] : [])));
    const list = materials.map((m, index) => {
      const row = byIndex.get(index);
      const tolerated = row?.kind === 'tolerance';
      const deadline = tolerated ? (row.supply_deadline ?? (cal && c.accepted_at ? supplyDeadline(cal, chinaDate(c.accepted_at), m) : null)) : null;
      const actions: MaterialAction[] = open
        ? [...(providedOnline(m) ? (['upload', 'reuse'] as const) : []), ...(m.commitmentAllowed ? (['commitment'] as const) : []), ...(m.toleranceAllowed ? (['tolerance'] as const) : [])]
        : applicant && running && tolerated && providedOnline(m) ? ['upload', 'reuse'] : [];
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
        toleranceSupplyDays: m.toleranceAllowed ? supplyDaysOf(m) : null,
        spec: m.spec ?? null,
        status: row?.kind === 'upload' ? ('uploaded' as const) : row ? row.kind : ('missing' as const),
        at: row?.uploaded_at.toISOString() ?? null,
        file: row?.kind === 'upload'
          ? { fileName: row.file_name!, contentType: row.content_type!, size: row.size_bytes!, sha256: row.file_sha256!, uploadedAt: row.uploaded_at.toISOString() }
          : null,
        reusedFrom: row?.reused_from_case_id
          ? { caseId: row.reused_from_case_id, caseNo: caseNos.get(row.reused_from_case_id) ?? '', index: row.reused_from_index ?? 0 }
          : null,
        supplyDeadline: deadline,
        overdue: tolerated && running && deadline !== null && today > deadline,
        actions,
      };
    });
    return { open, list };
  }

  async function describe(p: Principal, caseId: string, index: number) {
    const c = await findVisibleCase(db, p, caseId);
    return (await states(p, c)).list[index]!;
  }

  return {
    maxUploadBytes,

    /** The item version's materials with the current state of each. */
    async list(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const { open, list } = await states(p, c);
      return { caseId: c.id, editable: open, maxUploadBytes, materials: list, overdue: list.some((m) => m.overdue) };
    },

    /** Checks everything that needs no file, before a byte of it is read. */
    async uploadTarget(p: Principal, caseId: string, index: number): Promise<UploadTarget> {
      const t = await editable(p, caseId, index, true);
      requireOnline(t.material);
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
        return await record(p, t, { kind: 'upload', file_sha256: staged.sha256, file_name: name, content_type: detected.mime, size_bytes: staged.size }, {
          kind: 'material.uploaded',
          data: { sha256: staged.sha256, size: staged.size, fileName: name, contentType: detected.mime },
        });
      } finally {
        await staged.discard(); // a no-op once committed
      }
    },

    /** 告知承诺 in place of the proof, where the item allows it. */
    async commit(p: Principal, caseId: string, index: number) {
      const t = await editable(p, caseId, index, false);
      if (!t.material.commitmentAllowed) throw new AppError('COMMITMENT_NOT_ALLOWED');
      return record(p, t, { kind: 'commitment', file_sha256: null, file_name: null, content_type: null, size_bytes: null }, { kind: 'material.commitment', data: {} });
    },

    /** 容缺受理: the applicant declares the gap; acceptance then sets the date to supply it by. */
    async tolerate(p: Principal, caseId: string, index: number) {
      const t = await editable(p, caseId, index, false);
      if (!t.material.toleranceAllowed) throw new AppError('TOLERANCE_NOT_ALLOWED');
      return record(p, t, { kind: 'tolerance', file_sha256: null, file_name: null, content_type: null, size_bytes: null }, {
        kind: 'material.tolerance',
        data: { supplyWithinWorkingDays: supplyDaysOf(t.material) },
      });
    },

    /**
     * 免提交 candidates for one material: the files of the applicant's other cases (the same
     * person, or any handler of the same enterprise) in a format the material accepts, those
     * of a material with the same name first.
     */
    async reusable(p: Principal, caseId: string, index: number) {
      const t = await editable(p, caseId, index, true);
      requireOnline(t.material);
      const mimes = new Set<string>(t.material.fileFormats.map(mimeOfFormat).filter((m) => m !== null));
      const rows = (await store.reusableUploads(db, { personId: t.caseRow.applicant_person_id, enterpriseId: t.caseRow.applicant_enterprise_id }, t.caseRow.id, 100))
        .filter((r) => mimes.has(r.content_type!));
      const lists = new Map<string, Material[]>();
      for (const r of rows) {
        const key = `${r.item_code}@${r.item_version}`;
        if (!lists.has(key)) lists.set(key, await materialsOf(r));
      }
      const candidates = rows.map((r) => {
        const name = lists.get(`${r.item_code}@${r.item_version}`)![r.material_index]?.name ?? '';
        return {
          caseId: r.case_id, caseNo: r.case_no, itemName: r.item_name, index: r.material_index, name,
          fileName: r.file_name!, contentType: r.content_type!, size: r.size_bytes!, sha256: r.file_sha256!, uploadedAt: r.uploaded_at.toISOString(),
          sameName: name === t.material.name,
        };
      });
      candidates.sort((a, b) => Number(b.sameName) - Number(a.sameName)); // stable: newest first within each
      return { candidates };
    },

    /** 免提交: the material points at a file of the applicant's earlier case (same content, nothing copied). */
    async reuse(p: Principal, caseId: string, index: number, from: { caseId: string; index: number }) {
      const t = await editable(p, caseId, index, true);
      requireOnline(t.material);
      const source = /^[0-9a-f-]{36}$/i.test(from.caseId) && from.caseId !== t.caseRow.id ? await store.getCase(db, from.caseId) : undefined;
      // Someone else's case, or none: not found either way (never confirm it exists).
      if (!source || !sameApplicant(source, t.caseRow)) throw new AppError('REUSE_SOURCE_NOT_FOUND');
      const row = await store.currentMaterial(db, source.id, from.index);
      if (!row || row.kind !== 'upload' || !row.file_sha256) throw new AppError('REUSE_SOURCE_NOT_FOUND');
      if (!t.material.fileFormats.some((f) => mimeOfFormat(f) === row.content_type)) {
        throw new AppError('FILE_TYPE_NOT_ALLOWED', `所选文件是 ${row.content_type} 格式，「${t.material.name}」只接受 ${t.material.fileFormats.join('、')} 格式`, { allowed: t.material.fileFormats });
      }
      if ((await files.size(row.file_sha256)) === null) throw new Error(`file ${row.file_sha256} of case ${source.id} is missing from the file store`);
      return record(
        p, t,
        { kind: 'upload', file_sha256: row.file_sha256, file_name: row.file_name, content_type: row.content_type, size_bytes: row.size_bytes, reused_from_case_id: source.id, reused_from_index: from.index },
        { kind: 'material.reused', data: { sha256: row.file_sha256, fileName: row.file_name, fromCaseId: source.id, fromCaseNo: source.case_no, fromIndex: from.index } },
      );
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
