// Stamped application PDFs: asked for by a workflow transition (a job row written in the
// transition's own transaction), built by the PDF worker thread, stored content-addressed with
// their SHA-256; downloaded by whoever may see the case; their QR tokens resolved for the desk.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import type { CatalogService } from '../../catalog/service.ts';
import { appendCaseEvent, findVisibleCase, type TransitionEvent } from '../../cases/service.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { applicationContent, materialSources } from './content.ts';
import type { PdfWorkerPool } from '../pdf-worker/pool.ts';
import { stampingPolicy } from './policy.ts';
import * as store from './store.ts';
import { verifyToken, type DocumentToken } from './token.ts';

type DocRow = NonNullable<Awaited<ReturnType<typeof store.latest>>>;

export interface StampingOptions {
  files: FileStore;
  pool: PdfWorkerPool;
  catalog: CatalogService;
  /** DOCUMENT_TOKEN_SECRET; without it a key kept in the database. */
  secret?: string;
  log?: { error(obj: unknown, msg: string): void };
  /** How often to look for jobs nobody woke us for (left by a restart or another instance). */
  pollMs?: number;
}

export function presentDocument(d: DocRow, latestVersion: number) {
  return {
    kind: d.kind,
    version: d.version,
    status: d.status,
    current: d.version === latestVersion,
    pages: d.pages,
    sha256: d.sha256,
    sizeBytes: d.size_bytes,
    qr: d.qr,
    watermark: d.watermark,
    createdAt: d.created_at.toISOString(),
    readyAt: d.ready_at?.toISOString() ?? null,
  };
}

export function createStampingService(db: Kysely<DB>, opts: StampingOptions) {
  let key: Promise<Buffer> | null = null;
  const tokenKey = () => (key ??= opts.secret ? Promise.resolve(Buffer.from(opts.secret, 'utf8')) : store.tokenSecret(db));

  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function build(job: DocRow) {
    const c = (await store.caseWithApplicant(db, job.case_id))!;
    const item = await opts.catalog.itemVersion(c.item_code, c.item_version);
    const materials = materialSources(item.content.materials, await store.currentMaterials(db, c.id));
    const formDefinition = (item.content as { applicationForm?: unknown }).applicationForm;
    const content = await applicationContent(c, formDefinition, materials, async (sha) => new Uint8Array(await opts.files.get(sha)));
    const result = await opts.pool.build({ caseId: c.id, version: job.version, content, watermark: job.watermark, qr: job.qr, key: new Uint8Array(await tokenKey()) });
    const sha256 = await opts.files.put(result.bytes);
    if (sha256 !== result.sha256) throw new Error('stored PDF hash differs from the built one');
    await store.markReady(db, job.id, { sha256, contentSha256: result.contentSha256, pages: result.pages, size: result.bytes.length });
  }

  /** Builds every waiting job, one at a time (the worker is one thread; requests keep theirs). */
  async function drain() {
    do {
      again = false;
      for (;;) {
        if (stopped) return;
        const job = await store.claimNext(db);
        if (!job) break;
        try {
          await build(job);
        } catch (err) {
          opts.log?.error({ err, caseId: job.case_id, version: job.version }, 'application PDF build failed');
          await store.markFailed(db, job.id, (err as Error).message, job.attempts >= store.MAX_ATTEMPTS);
        }
      }
    } while (again);
  }

  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((err) => opts.log?.error({ err }, 'application PDF runner failed'))
      .finally(() => {
        running = null;
      });
  }

  return {
    /** In a transition's transaction: the job for the stamped PDF, when the transition asks for one. */
    async onTransition(tx: Transaction<DB>, e: TransitionEvent) {
      const s = e.transition.stampApplication;
      if (s) await store.insertPending(tx, { caseId: e.caseId, watermark: s.watermark, qr: s.qr, reason: e.transition.key });
    },
    /** After the transition committed: start building now instead of at the next poll. */
    afterTransition(e: TransitionEvent) {
      if (e.transition.stampApplication) kick();
    },
    kick,
    start() {
      stopped = false;
      timer = setInterval(kick, opts.pollMs ?? 5000);
      timer.unref();
      kick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
    /** Waits until nothing is being built (tests, graceful shutdown). */
    async idle() {
      while (running) await running;
    },

    async list(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const rows = await store.listForCase(db, c.id);
      const latestVersion = rows[0]?.version ?? 0;
      return { caseId: c.id, items: rows.map((r) => presentDocument(r, latestVersion)) };
    },

    /** A ready version's file, for whoever may see the case. */
    async file(p: Principal, caseId: string, version: number) {
      const c = await findVisibleCase(db, p, caseId);
      const d = await store.getVersion(db, c.id, version);
      if (!d) throw new AppError('DOCUMENT_NOT_FOUND');
      if (d.status !== 'ready' || !d.sha256) throw new AppError('DOCUMENT_NOT_READY');
      return { fileName: `${c.case_no}-申请材料-第${d.version}版.pdf`, size: d.size_bytes!, sha256: d.sha256, open: () => opts.files.open(d.sha256!) };
    },

    /** A new version of the case's application PDF (after its materials changed); older printouts then scan as 旧版本. */
    async regenerate(p: Principal, caseId: string) {
      authorize(stampingPolicy, p, 'document.regenerate');
      const c = await findVisibleCase(db, p, caseId);
      const created = await db.transaction().execute(async (tx) => {
        const last = await store.latest(tx, c.id);
        if (!last) throw new AppError('DOCUMENT_NOT_FOUND', '该办件尚未生成申请材料文件');
        const row = await store.insertPending(tx, { caseId: c.id, watermark: last.watermark, qr: last.qr, reason: 'regenerate' });
        await appendCaseEvent(tx, { caseId: c.id, actor: actorOf(p).id, kind: 'document.regenerated', label: `重新生成申请材料文件（第 ${row.version} 版）`, data: { version: row.version } });
        return row;
      });
      kick();
      return created;
    },

    /** The token's content if it is one of ours, unaltered; DOC_TOKEN_INVALID otherwise. */
    async verify(text: string): Promise<DocumentToken> {
      const t = verifyToken(await tokenKey(), text);
      if (!t) throw new AppError('DOC_TOKEN_INVALID');
      return t;
    },

    /**
     * What a page token names: the document version it was printed from (which must exist,
     * ready, with the same content hash) and whether that is still the latest version.
     */
    async resolvePage(t: Extract<DocumentToken, { kind: 'page' }>) {
      const d = await store.getVersion(db, t.caseId, t.version);
      if (!d || d.status !== 'ready' || !d.content_sha256?.startsWith(t.hashPrefix)) throw new AppError('DOC_TOKEN_INVALID');
      const newest = (await store.latest(db, t.caseId))!;
      return { document: d, latestVersion: newest.version, latestReady: newest.status === 'ready' };
    },

    tokenKey,
  };
}

export type StampingService = ReturnType<typeof createStampingService>;
