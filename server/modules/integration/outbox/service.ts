// The outbox as administrators see it: list by status and topic, retry the dead, discard with a reason.
import type { Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import type { DB } from '../../../db/types.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { integrationPolicy } from '../policy.ts';
import * as store from './store.ts';

type Row = NonNullable<Awaited<ReturnType<typeof store.get>>>;

const present = (r: Row) => ({
  id: r.id,
  topic: r.topic,
  idempotencyKey: r.idempotency_key,
  status: r.status,
  payload: r.payload,
  createdAt: r.created_at.toISOString(),
  availableAt: r.available_at.toISOString(),
  attempts: r.attempts,
  deliveredAt: r.delivered_at?.toISOString() ?? null,
  deadAt: r.dead_at?.toISOString() ?? null,
  lastError: r.last_error,
  discardedAt: r.discarded_at?.toISOString() ?? null,
  discardReason: r.discard_reason,
  discardedBy: r.discarded_by,
});

export function createOutboxAdmin(db: Kysely<DB>) {
  return {
    async list(p: Principal, f: { status?: store.OutboxStatus; topic?: string; page: number; pageSize: number }) {
      authorize(integrationPolicy, p, 'outbox.read');
      const { rows, total } = await store.list(db, f);
      return { items: rows.map(present), total, page: f.page, pageSize: f.pageSize };
    },
    async summary(p: Principal) {
      authorize(integrationPolicy, p, 'outbox.read');
      return store.summary(db);
    },
    async retry(p: Principal, id: number) {
      authorize(integrationPolicy, p, 'outbox.manage');
      await db.transaction().execute(async (tx) => {
        if (!(await store.retryDead(tx, id))) throw new AppError((await store.get(tx, id)) ? 'OUTBOX_NOT_DEAD' : 'OUTBOX_NOT_FOUND');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'outbox.retry', subjectType: 'outbox_message', subjectId: String(id) });
      });
      return present((await store.get(db, id))!);
    },
    async discard(p: Principal, id: number, reason: string) {
      authorize(integrationPolicy, p, 'outbox.manage');
      const by = actorOf(p).id;
      await db.transaction().execute(async (tx) => {
        if (!(await store.discard(tx, id, reason, by))) throw new AppError((await store.get(tx, id)) ? 'OUTBOX_ALREADY_DONE' : 'OUTBOX_NOT_FOUND');
        await writeAudit(tx, { actor: by, action: 'outbox.discard', subjectType: 'outbox_message', subjectId: String(id), data: { reason } });
      });
      return present((await store.get(db, id))!);
    },
  };
}

export type OutboxAdmin = ReturnType<typeof createOutboxAdmin>;
