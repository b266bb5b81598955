// 自动用印 off the request thread: the step's transaction wrote a 'documents.issue' outbox
// message; this loop claims one at a time (FOR UPDATE SKIP LOCKED, so several instances
// share the work), leases it for a while, issues and seals the document, then marks it
// delivered. A crash mid-way leaves the lease to expire and the message is taken again;
// issuing is idempotent (one document per step). After MAX_ATTEMPTS failures the message is
// dead-lettered and audited (e.g. no seal allows the item: an admin must act).
import { sql, type Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import type { DB } from '../../../db/types.ts';
import type { DocumentKind } from '../templates/kinds.ts';
import type { DocumentService } from './documents.ts';
import { SYSTEM_TAKER } from './service.ts';

export const TOPIC = 'documents.issue';
const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 120;

interface Log {
  warn(obj: unknown, msg: string): void;
}

export function startDocumentWorker(db: Kysely<DB>, documents: DocumentService, opts: { intervalMs?: number; log?: Log } = {}) {
  const interval = opts.intervalMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function claim() {
    const r = await sql<{ id: number; payload: { caseId: string; version: number; kind: DocumentKind }; attempts: number }>`
      update outbox_message set available_at = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
      where id = (
        select id from outbox_message
        where topic = ${TOPIC} and delivered_at is null and dead_at is null and available_at <= now()
        order by id limit 1 for update skip locked)
      returning id, payload, attempts`.execute(db);
    return r.rows[0];
  }

  async function once(): Promise<boolean> {
    const m = await claim();
    if (!m) return false;
    try {
      await documents.issue({ ...m.payload, actor: 'system:auto-seal', takers: [SYSTEM_TAKER], automatic: true });
      await db.updateTable('outbox_message').set({ delivered_at: new Date(), last_error: null }).where('id', '=', m.id).execute();
    } catch (err) {
      const message = (err as Error).message.slice(0, 500);
      const dead = m.attempts >= MAX_ATTEMPTS;
      await db.updateTable('outbox_message')
        .set({ last_error: message, available_at: new Date(Date.now() + Math.min(2 ** m.attempts, 300) * 1000), dead_at: dead ? new Date() : null })
        .where('id', '=', m.id).execute();
      if (dead) await writeAudit(db, { actor: 'system:auto-seal', action: 'seal.auto_failed', subjectType: 'case', subjectId: m.payload.caseId, data: { kind: m.payload.kind, error: message } });
      opts.log?.warn({ err: message, caseId: m.payload.caseId, kind: m.payload.kind, attempt: m.attempts }, 'automatic seal failed');
    }
    return true;
  }

  async function drain() {
    while (!stopped && (await once()));
  }

  function tick() {
    if (stopped) return;
    running = drain()
      .catch((err: unknown) => opts.log?.warn({ err: (err as Error).message }, 'document worker loop failed'))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, interval);
      });
  }
  timer = setTimeout(tick, interval);

  return {
    /** Runs the queue now (tests, and right after a step when the caller knows it committed). */
    drain,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
