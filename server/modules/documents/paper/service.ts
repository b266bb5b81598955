// Paper intake by scan. At a desk (J1 window, J2 receiving unit) a printout's QR token opens
// the case's key data and "确认收到纸质材料" (the workflow's paper-receipt transition). In J2 a
// service point scans printouts into a batch, prints its manifest and mails it (each case takes
// the dispatch transition); the receiving unit scans the batch and each printout: receipts
// confirmed, missing and unexpected ones flagged. Every scan is on the case's timeline.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { chinaDate, chinaDateDigits } from '../../../lib/china-date.ts';
import { AppError } from '../../../lib/errors.ts';
import { appendCaseEvent, type CasesService } from '../../cases/service.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import type { Transition } from '../../workflow/definition.ts';
import { availableTransitions } from '../../workflow/engine.ts';
import { loadWorkflow } from '../../workflow/registry.ts';
import { materialSources, materialStatus } from '../stamping/content.ts';
import type { PdfWorkerPool } from '../pdf-worker/pool.ts';
import type { StampingService } from '../stamping/service.ts';
import * as stampingStore from '../stamping/store.ts';
import { signToken, type DocumentToken } from '../stamping/token.ts';
import type { CatalogService } from '../../catalog/service.ts';
import { paperPolicy } from './policy.ts';
import * as store from './store.ts';

type PageToken = Extract<DocumentToken, { kind: 'page' }>;

export interface PaperDeps {
  stamping: StampingService;
  cases: CasesService;
  catalog: CatalogService;
  pool: PdfWorkerPool;
}

export function createPaperService(db: Kysely<DB>, deps: PaperDeps) {
  const { stamping, cases } = deps;

  /** The case behind a page token, its document version, and which paper steps this caller may take now. */
  async function lookup(p: Principal, t: PageToken) {
    const { document, latestVersion } = await stamping.resolvePage(t);
    const c = await stampingStore.caseWithApplicant(db, t.caseId);
    if (!c) throw new AppError('DOC_TOKEN_INVALID');
    const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
    const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
    const open = availableTransitions(def, c.state, p, party);
    return { c, def, document, latestVersion, receipt: open.find((x) => x.paperReceipt), dispatch: open.find((x) => x.paperDispatch) };
  }

  async function keyData(l: Awaited<ReturnType<typeof lookup>>, page: number) {
    const { c, def, document, latestVersion } = l;
    const item = await deps.catalog.itemVersion(c.item_code, c.item_version);
    return {
      case: {
        id: c.id, caseNo: c.case_no, itemName: c.item_name, applicantName: c.applicant_name, creditCode: c.credit_code ?? null,
        state: c.state, stateLabel: def.states[c.state]?.label ?? c.state, version: c.version, submittedAt: c.submitted_at.toISOString(),
      },
      document: { version: document.version, pages: document.pages!, page, current: document.version === latestVersion, latestVersion },
      materials: materialSources(item.content.materials, await stampingStore.currentMaterials(db, c.id)).map((m) => ({ name: m.name, status: materialStatus(m) })),
    };
  }

  const pageToken = async (code: string): Promise<PageToken> => {
    const t = await stamping.verify(code);
    if (t.kind !== 'page') throw new AppError('DOC_TOKEN_INVALID', '这是批次清单的二维码，请扫描申请材料上的二维码');
    return t;
  };

  const outdated = (l: { document: { version: number }; latestVersion: number }) =>
    new AppError('DOC_VERSION_OUTDATED', `这是第 ${l.document.version} 版的打印件（旧版本），网上最新为第 ${l.latestVersion} 版，请申请人打印最新版本后再递交`, { version: l.document.version, latestVersion: l.latestVersion });

  async function presentBatch(id: string) {
    const b = await store.getBatch(db, id);
    if (!b) throw new AppError('BATCH_NOT_FOUND');
    const rows = await store.items(db, id);
    return {
      id: b.id, batchNo: b.batch_no, status: b.status, courier: b.courier, trackingNo: b.tracking_no,
      createdAt: b.created_at.toISOString(), mailedAt: b.mailed_at?.toISOString() ?? null, receivedAt: b.received_at?.toISOString() ?? null,
      totalPages: rows.filter((r) => r.outcome !== 'unexpected').reduce((n, r) => n + r.pages, 0),
      items: rows.map((r) => ({
        caseId: r.case_id, caseNo: r.case_no, applicantName: r.applicant_name, itemName: r.item_name, documentVersion: r.document_version, pages: r.pages,
        outcome: r.outcome, checkedAt: r.checked_at?.toISOString() ?? null,
      })),
    };
  }

  /** Takes a paper transition for the scanner, with its timeline opinion. */
  const take = (p: Principal, caseId: string, t: Transition, version: number, opinion: string) => cases.act(p, caseId, t.key, { expectedVersion: version, opinion });

  return {
    /** What a scanned code is: a printout (its case's key data and the receipt action, if any) or a batch manifest. */
    async scan(p: Principal, code: string) {
      authorize(paperPolicy, p, 'paper.scan');
      const t = await stamping.verify(code);
      if (t.kind === 'batch') return { kind: 'batch' as const, batch: await presentBatch(t.batchId) };
      const l = await lookup(p, t);
      const data = await keyData(l, t.page);
      await appendCaseEvent(db, {
        caseId: l.c.id, actor: actorOf(p).id, kind: 'paper.scanned',
        label: `扫码查验纸质材料（第 ${t.version} 版第 ${t.page} 页${data.document.current ? '' : '，旧版本'}）`, data: { version: t.version, page: t.page, current: data.document.current },
      });
      const action = data.document.current ? (l.receipt ?? null) : null;
      return { kind: 'application' as const, ...data, action: action && { key: action.key, label: action.label } };
    },

    /** 确认收到纸质材料: the workflow's paper-receipt transition, for a printout of the latest version. */
    async confirm(p: Principal, code: string, expectedVersion?: number) {
      authorize(paperPolicy, p, 'paper.scan');
      const t = await pageToken(code);
      const l = await lookup(p, t);
      if (l.document.version !== l.latestVersion) throw outdated(l);
      if (!l.receipt) throw new AppError('PAPER_NOT_EXPECTED', `办件当前处于“${l.def.states[l.c.state]?.label ?? l.c.state}”，不需要或您无权确认收到纸质材料`);
      // A printout that came in a mailed batch (J2) is checked in on its manifest too, so that
      // closing the batch later does not flag it as missing.
      const batch = await store.mailedBatchAwaiting(db, l.c.id);
      const moved = await take(p, l.c.id, l.receipt, expectedVersion ?? l.c.version, `扫码确认收到纸质材料（${batch ? `批次 ${batch.batch_no}，` : ''}第 ${l.document.version} 版，共 ${l.document.pages} 页）`);
      if (batch) await store.setOutcome(db, batch.id, l.c.id, 'received', actorOf(p).id);
      return moved;
    },

    async createBatch(p: Principal) {
      authorize(paperPolicy, p, 'paper.batch');
      const b = await db.transaction().execute((tx) => store.createBatch(tx, chinaDateDigits(), actorOf(p).id));
      return presentBatch(b.id);
    },

    async listBatches(p: Principal, status?: 'open' | 'mailed' | 'received') {
      authorize(paperPolicy, p, 'paper.batch.read');
      const rows = await store.listBatches(db, status, 50);
      return { items: await Promise.all(rows.map((b) => presentBatch(b.id))) };
    },

    async getBatch(p: Principal, id: string) {
      authorize(paperPolicy, p, 'paper.batch.read');
      return presentBatch(id);
    },

    /** A service point scans a printout into an open batch. */
    async addToBatch(p: Principal, batchId: string, code: string) {
      authorize(paperPolicy, p, 'paper.batch');
      const t = await pageToken(code);
      const l = await lookup(p, t);
      if (l.document.version !== l.latestVersion) throw outdated(l);
      if (!l.dispatch) throw new AppError('PAPER_NOT_EXPECTED', `办件 ${l.c.case_no} 当前处于“${l.def.states[l.c.state]?.label ?? l.c.state}”，不能编入寄送批次`);
      await db.transaction().execute(async (tx) => {
        const b = await store.lockBatch(tx, batchId);
        if (!b) throw new AppError('BATCH_NOT_FOUND');
        if (b.status !== 'open') throw new AppError('BATCH_NOT_OPEN');
        if (await store.item(tx, batchId, l.c.id)) return; // scanned twice: already in
        const other = await store.otherBatchOf(tx, l.c.id, batchId);
        if (other) throw new AppError('PAPER_ALREADY_BATCHED', `该申请已编入批次 ${other.batch_no}`);
        await store.addItem(tx, { batchId, caseId: l.c.id, version: l.document.version, pages: l.document.pages!, by: actorOf(p).id });
        await appendCaseEvent(tx, { caseId: l.c.id, actor: actorOf(p).id, kind: 'paper.batched', label: `受理点扫码收件，编入批次 ${b.batch_no}（第 ${t.version} 版，共 ${l.document.pages} 页）`, data: { batchId, batchNo: b.batch_no } });
      });
      return presentBatch(batchId);
    },

    async removeFromBatch(p: Principal, batchId: string, caseId: string) {
      authorize(paperPolicy, p, 'paper.batch');
      await db.transaction().execute(async (tx) => {
        const b = await store.lockBatch(tx, batchId);
        if (!b) throw new AppError('BATCH_NOT_FOUND');
        if (b.status !== 'open') throw new AppError('BATCH_NOT_OPEN');
        if (await store.removeItem(tx, batchId, caseId)) {
          await appendCaseEvent(tx, { caseId, actor: actorOf(p).id, kind: 'paper.unbatched', label: `移出批次 ${b.batch_no}` });
        }
      });
      return presentBatch(batchId);
    },

    /** The manifest PDF (built in the PDF worker). */
    async manifest(p: Principal, batchId: string) {
      authorize(paperPolicy, p, 'paper.batch.read');
      const b = await presentBatch(batchId);
      const key = await stamping.tokenKey();
      const bytes = await deps.pool.manifest({
        batchNo: b.batchNo, servicePoint: p.kind === 'user' ? p.name : '受理点', createdOn: chinaDate(new Date(b.createdAt)),
        courier: b.courier, trackingNo: b.trackingNo, token: signToken(key, { kind: 'batch', batchId: b.id }),
        rows: b.items.filter((i) => i.outcome !== 'unexpected').map((i) => ({ caseNo: i.caseNo, applicantName: i.applicantName, itemName: i.itemName, version: i.documentVersion, pages: i.pages })),
      });
      return { fileName: `${b.batchNo}-移交清单.pdf`, bytes };
    },

    /** Mails the batch: courier and tracking number recorded, every case sent on (dispatch transition). */
    async mail(p: Principal, batchId: string, input: { courier: string; trackingNo: string }) {
      authorize(paperPolicy, p, 'paper.batch');
      const b = await store.getBatch(db, batchId);
      if (!b) throw new AppError('BATCH_NOT_FOUND');
      if (b.status !== 'open') throw new AppError('BATCH_NOT_OPEN');
      const rows = await store.items(db, batchId);
      if (rows.length === 0) throw new AppError('BATCH_EMPTY');
      // Every case must still be waiting to be sent (none withdrawn meanwhile) before anything moves.
      const moves: Array<{ caseId: string; t: Transition; version: number }> = [];
      for (const r of rows) {
        const c = (await stampingStore.caseWithApplicant(db, r.case_id))!;
        const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
        const t = availableTransitions(def, c.state, p, { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id }).find((x) => x.paperDispatch);
        if (!t) throw new AppError('PAPER_NOT_EXPECTED', `办件 ${c.case_no} 当前处于“${def.states[c.state]?.label ?? c.state}”，请先将其移出批次`);
        moves.push({ caseId: c.id, t, version: c.version });
      }
      await db.transaction().execute(async (tx) => {
        const locked = await store.lockBatch(tx, batchId);
        if (locked?.status !== 'open') throw new AppError('BATCH_NOT_OPEN');
        await store.markMailed(tx, batchId, { ...input, by: actorOf(p).id });
      });
      for (const m of moves) await take(p, m.caseId, m.t, m.version, `随批次 ${b.batch_no} 寄出：${input.courier}，单号 ${input.trackingNo}`);
      return presentBatch(batchId);
    },

    /** The receiving unit scans a printout out of a mailed batch. */
    async check(p: Principal, batchId: string, code: string) {
      authorize(paperPolicy, p, 'paper.receive');
      const t = await pageToken(code);
      const l = await lookup(p, t);
      if (l.document.version !== l.latestVersion) throw outdated(l);
      const b = await store.getBatch(db, batchId);
      if (!b) throw new AppError('BATCH_NOT_FOUND');
      if (b.status !== 'mailed') throw new AppError('BATCH_NOT_MAILED');
      const existing = await store.item(db, batchId, l.c.id);
      const actor = actorOf(p).id;
      let outcome: 'received' | 'unexpected' = 'received';
      await db.transaction().execute(async (tx) => {
        if (existing?.outcome === 'received' || existing?.outcome === 'unexpected') {
          outcome = existing.outcome;
          return; // scanned twice
        }
        if (existing) await store.setOutcome(tx, batchId, l.c.id, 'received', actor);
        else {
          outcome = 'unexpected';
          await store.addItem(tx, { batchId, caseId: l.c.id, version: l.document.version, pages: l.document.pages!, by: actor, outcome: 'unexpected' });
        }
        await appendCaseEvent(tx, {
          caseId: l.c.id, actor, kind: outcome === 'received' ? 'paper.checked' : 'paper.unexpected',
          label: outcome === 'received' ? `代收单位扫码签收（批次 ${b.batch_no}）` : `代收单位扫码：批次 ${b.batch_no} 中有此件，但不在移交清单上`, data: { batchId, batchNo: b.batch_no },
        });
      });
      // The paper is here: acceptance completes if the case waits for it.
      const moved = l.receipt ? await take(p, l.c.id, l.receipt, l.c.version, `扫码确认收到纸质材料（批次 ${b.batch_no}，第 ${l.document.version} 版，共 ${l.document.pages} 页）`) : null;
      return { outcome, case: moved ? { id: moved.id, caseNo: moved.caseNo, state: moved.state, stateLabel: moved.stateLabel } : null, batch: await presentBatch(batchId) };
    },

    /** Closes the check-in: what was on the manifest and not scanned is flagged missing. */
    async close(p: Principal, batchId: string) {
      authorize(paperPolicy, p, 'paper.receive');
      const actor = actorOf(p).id;
      await db.transaction().execute(async (tx) => {
        const b = await store.lockBatch(tx, batchId);
        if (!b) throw new AppError('BATCH_NOT_FOUND');
        if (b.status !== 'mailed') throw new AppError('BATCH_NOT_MAILED');
        for (const r of await store.items(tx, batchId)) {
          if (r.outcome !== 'expected') continue;
          await store.setOutcome(tx, batchId, r.case_id, 'missing', actor);
          await appendCaseEvent(tx, { caseId: r.case_id, actor, kind: 'paper.missing', label: `代收单位签收批次 ${b.batch_no}：未见此件纸质材料`, data: { batchId, batchNo: b.batch_no } });
        }
        await store.markReceived(tx, batchId, actor);
      });
      return presentBatch(batchId);
    },
  };
}

export type PaperService = ReturnType<typeof createPaperService>;
