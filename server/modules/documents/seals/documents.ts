// Sealed documents of a case: issued automatically after a step whose workflow says so
// (自动用印, via the outbox — see worker.ts) or by authorised staff, delivered (送达) to the
// applicant in the case, downloaded by them (first download recorded). Every issue uses a
// seal, and every use is logged. A document is identified by the step that caused it
// (source = case + version after the step + kind), so a retried issue returns the first.
import type { Kysely } from 'kysely';
import { chinaDate } from '../../../lib/china-date.ts';
import { AppError } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import type { DB, Queryable } from '../../../db/types.ts';
import { applicationFormOf } from '../../catalog/forms/default.ts';
import type { ItemContent } from '../../catalog/schema.ts';
import * as catalogStore from '../../catalog/store.ts';
import * as caseStore from '../../cases/store.ts';
import { findVisibleCase } from '../../cases/service.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { isApplicantOf } from '../../workflow/engine.ts';
import { loadWorkflow } from '../../workflow/registry.ts';
import type { LicenceService, PreparedLicence } from '../licences/service.ts';
import * as licenceStore from '../licences/store.ts';
import { documentsPolicy } from '../policy.ts';
import { DOCUMENT_NUMBER_MARK, DOCUMENT_TITLES, type DocumentKind } from '../templates/kinds.ts';
import { DEPARTMENT } from '../templates/department.ts';
import { noticeContent } from '../templates/notices.ts';
import type { PdfWorkerPool } from '../pdf-worker/pool.ts';
import type { SealRequest } from './sealed-pdf.ts';
import { SYSTEM_TAKER, type SealService } from './service.ts';
import * as store from './store.ts';

type CaseRow = NonNullable<Awaited<ReturnType<typeof caseStore.getCase>>>;
type DocumentRow = NonNullable<Awaited<ReturnType<typeof store.getDocument>>>;

export interface IssueRequest {
  caseId: string;
  /** The case version right after the step that issues the document. */
  version: number;
  kind: DocumentKind;
  actor: string;
  /** Staff roles of the person issuing, or ['system'] for 自动用印. */
  takers: string[];
  automatic: boolean;
  sealId?: string;
}

function present(d: DocumentRow) {
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    issuedAt: d.issued_at.toISOString(),
    automatic: d.automatic,
    deliveredAt: d.delivered_at?.toISOString() ?? null,
    firstDownloadedAt: d.first_downloaded_at?.toISOString() ?? null,
    sha256: d.file_sha256,
    size: d.size_bytes,
  };
}

export function createDocumentService(db: Kysely<DB>, deps: { seals: SealService; licences: LicenceService; files: FileStore; pool: PdfWorkerPool; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  /** The transition event that brought the case to `version`, and what its workflow says it issues. */
  async function stepAt(c: CaseRow, version: number) {
    const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
    const event = (await caseStore.events(db, c.id)).find((e) => e.kind === 'transition' && e.data.version === version);
    const t = event?.transition ? def.transitions.find((x) => x.key === event.transition) : undefined;
    return { event, transition: t };
  }

  async function docNumber(kind: DocumentKind, day: string) {
    const year = Number(day.slice(0, 4));
    const mark = DOCUMENT_NUMBER_MARK[kind];
    const serial = await licenceStore.nextNumber(db, `doc:${mark}`, year);
    return `${DEPARTMENT.docPrefix}${mark}〔${year}〕${serial} 号`;
  }

  /** What to lay out (the worker renders it): the notice's content or the licence's data. */
  async function build(c: CaseRow, kind: DocumentKind, opinion: string | null, day: string): Promise<{ document: SealRequest['document']; title: string; licence?: PreparedLicence }> {
    if (kind === 'licence') {
      const item = await catalogStore.getVersion(db, c.item_code, c.item_version);
      const formDefinition = item ? applicationFormOf(item.content as ItemContent) : undefined;
      const licence = await deps.licences.prepare({ ...c, form: c.form, formDefinition }, day);
      return { document: { kind: 'licence', view: licence.view }, title: licence.view.title, licence };
    }
    const content = noticeContent(kind, {
      caseNo: c.case_no, itemName: c.item_name, applicantName: c.applicant_name, submittedOn: chinaDate(c.submitted_at),
      opinion, promisedDays: c.promised_days, promisedDeadline: c.promised_deadline, form: c.form,
    }, { date: day, docNo: await docNumber(kind, day) });
    return { document: { kind: 'notice', content }, title: content.title };
  }

  async function issue(req: IssueRequest) {
    const source = `case:${req.caseId}:v${req.version}:${req.kind}`;
    const existing = await store.documentBySource(db, source);
    if (existing) return present(existing);
    const c = await caseStore.getCase(db, req.caseId);
    if (!c) throw new AppError('CASE_NOT_FOUND');
    const { event, transition } = await stepAt(c, req.version);
    if (!event || transition?.document?.kind !== req.kind) throw new AppError('DOCUMENT_NOT_APPLICABLE');
    const seal = await deps.seals.pick(db, { itemCode: c.item_code, takers: req.takers, sealId: req.sealId });
    const at = now();
    const built = await build(c, req.kind, event.opinion, chinaDate(at));
    // Layout, seal and CMS signature in the PDF worker thread, off the request thread.
    const pdf = await deps.pool.seal({ document: built.document, look: seal.look, creds: seal.creds, info: { signerName: 'KeZhengTong seal', reason: `${req.kind} ${c.case_no}`, signingTime: at } });
    const sha256 = await deps.files.put(pdf);
    return db.transaction().execute(async (tx) => {
      const again = await store.documentBySource(tx, source);
      if (again) return present(again); // a concurrent issue won; our file is the same kind of orphan a crash leaves
      const documentId = await store.insertDocument(tx, {
        case_id: c.id, kind: req.kind, title: built.title, source, seal_id: seal.id, file_sha256: sha256, size_bytes: pdf.length,
        automatic: req.automatic, issued_by: req.actor, delivered_at: at, first_downloaded_at: null,
      });
      if (built.licence) await deps.licences.record(tx, c, built.licence, documentId);
      await deps.seals.logUse(tx, { sealId: seal.id, actor: req.actor, automatic: req.automatic, documentId, caseId: c.id, kind: req.kind, sha256 });
      await caseStore.insertEvent(tx, {
        case_id: c.id, actor: req.actor, kind: 'document.delivered', transition: null, from_state: null, to_state: null, step_result: null, opinion: null,
        data: { documentId, kind: req.kind, name: built.title, automatic: req.automatic, sealId: seal.id, sha256 },
      });
      // 文书可下载: the applicant is told (inbox, SMS, e-mail) that the sealed document is there.
      await caseStore.enqueue(tx, { topic: 'notice.document_ready', idempotencyKey: `notice:document:${documentId}`, payload: { caseId: c.id, caseNo: c.case_no, vars: { documentName: built.title } } });
      return present((await store.getDocument(tx, c.id, documentId))!);
    });
  }

  return {
    issue,

    /** A person issues the document of a step already taken on the case (when it was not sealed automatically). */
    async issueByHand(p: Principal, caseId: string, input: { kind: DocumentKind; sealId?: string }) {
      authorize(documentsPolicy, p, 'document.issue');
      const c = await findVisibleCase(db, p, caseId);
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const step = (await caseStore.events(db, c.id))
        .filter((e) => e.kind === 'transition' && def.transitions.find((t) => t.key === e.transition)?.document?.kind === input.kind)
        .at(-1);
      if (!step || typeof step.data.version !== 'number') throw new AppError('DOCUMENT_NOT_APPLICABLE');
      const roles = p.kind === 'user' ? (p.roles as string[]) : [];
      return issue({ caseId: c.id, version: step.data.version, kind: input.kind, actor: actorOf(p).id, takers: roles.filter((r) => r !== SYSTEM_TAKER), automatic: false, sealId: input.sealId });
    },

    /** The documents staff may seal by hand on this case now: steps taken whose document is not sealed automatically and not issued yet. */
    async toIssue(p: Principal, caseId: string): Promise<DocumentKind[]> {
      authorize(documentsPolicy, p, 'document.issue');
      const c = await findVisibleCase(db, p, caseId);
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const kinds = new Set<DocumentKind>();
      for (const e of await caseStore.events(db, c.id)) {
        const document = e.kind === 'transition' ? def.transitions.find((t) => t.key === e.transition)?.document : undefined;
        if (!document || document.autoSeal || typeof e.data.version !== 'number') continue;
        if (!(await store.documentBySource(db, `case:${c.id}:v${e.data.version}:${document.kind}`))) kinds.add(document.kind);
      }
      return [...kinds];
    },

    async list(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      return (await store.documentsOfCase(db, c.id)).map(present);
    },

    /** The file of a document; the applicant's first download is recorded on the case's timeline. */
    async file(p: Principal, caseId: string, documentId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const d = /^[0-9a-f-]{36}$/i.test(documentId) ? await store.getDocument(db, c.id, documentId) : undefined;
      if (!d) throw new AppError('DOCUMENT_NOT_FOUND');
      const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
      if (d.first_downloaded_at === null && isApplicantOf(p, party)) {
        await db.transaction().execute(async (tx) => {
          if (!(await store.markFirstDownload(tx, d.id))) return;
          await caseStore.insertEvent(tx, {
            case_id: c.id, actor: actorOf(p).id, kind: 'document.downloaded', transition: null, from_state: null, to_state: null, step_result: null, opinion: null,
            data: { documentId: d.id, kind: d.kind, name: d.title },
          });
        });
      }
      return { name: `${d.title}-${c.case_no}.pdf`, sha256: d.file_sha256, size: d.size_bytes, open: () => deps.files.open(d.file_sha256) };
    },

    /** The sealed PDF of a licence, for its holder or staff who may read licences. */
    async licenceFile(p: Principal, licenceId: string) {
      const l = await deps.licences.get(p, licenceId);
      const d = l.documentId ? await store.getDocument(db, l.caseId!, l.documentId) : undefined;
      if (!d) throw new AppError('DOCUMENT_NOT_FOUND');
      return { name: `${l.title}-${l.licenceNo}.pdf`, sha256: d.file_sha256, size: d.size_bytes, open: () => deps.files.open(d.file_sha256) };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

/** What the documents module asks of the cases module's transitions: queue the automatic seal in the same transaction. */
export async function queueAutomaticSeal(tx: Queryable, e: { caseId: string; version: number; document?: { kind: DocumentKind; autoSeal: boolean } }) {
  if (!e.document?.autoSeal) return;
  await caseStore.enqueue(tx, {
    topic: 'documents.issue',
    idempotencyKey: `documents:${e.caseId}:v${e.version}:${e.document.kind}`,
    payload: { caseId: e.caseId, version: e.version, kind: e.document.kind },
  });
}
