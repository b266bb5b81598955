// Reconciliation with the provincial platform: compares each recent case's latest step with
// the step the platform acknowledges, and re-sends (through the outbox) what it lacks. A case
// with a platform message still undelivered is in transit, not missing. The result is stored.
import { sql, type Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { AppError } from '../../../lib/errors.ts';
import type { DB } from '../../../db/types.ts';
import { authorize } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import { enqueue } from '../outbox/store.ts';
import { integrationPolicy } from '../policy.ts';
import type { PlatformClient } from './adapter.ts';

const BATCH = 200;
/** Cases changed in this many days are compared (older ones were compared by earlier runs). */
export const RECONCILE_DAYS = 30;

export async function runReconciliation(db: Kysely<DB>, client: PlatformClient, o: { trigger: 'daily' | 'manual'; by: string; reportId?: number }) {
  const id = o.reportId ?? (await db.insertInto('platform_reconciliation').values({ trigger: o.trigger, started_by: o.by, finished_at: null, error: null, details: '[]' }).returning('id').executeTakeFirstOrThrow()).id;
  let checked = 0, missing = 0, stale = 0, resent = 0;
  const details: Array<{ caseNo: string; ours: number; theirs: number | null }> = [];
  try {
    let after = '';
    for (;;) {
      const cases = await db
        .selectFrom('case_file')
        .select(['id', 'case_no', 'version', 'state'])
        .where('updated_at', '>', sql<Date>`now() - make_interval(days => ${RECONCILE_DAYS})`)
        .where('case_no', '>', after)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('outbox_message as o').select('o.id').where('o.topic', '=', 'platform.case').whereRef('o.ordering_key', '=', sql`'platform.case:' || case_file.id::text`).where('o.delivered_at', 'is', null).where('o.discarded_at', 'is', null))),
        )
        .orderBy('case_no')
        .limit(BATCH)
        .execute();
      if (cases.length === 0) break;
      after = cases.at(-1)!.case_no;
      const theirs = new Map((await client.query(cases.map((c) => c.case_no))).map((i) => [i.caseNo, i.seq]));
      for (const c of cases) {
        checked++;
        const t = theirs.get(c.case_no) ?? null;
        if (t !== null && t >= c.version) continue;
        if (t === null) missing++;
        else stale++;
        if (details.length < 500) details.push({ caseNo: c.case_no, ours: c.version, theirs: t });
        await enqueue(db, { topic: 'platform.case', idempotencyKey: `reconcile:${id}:${c.id}`, payload: { caseId: c.id, caseNo: c.case_no, event: 'reconcile', seq: c.version } });
        resent++;
      }
    }
    await db.updateTable('platform_reconciliation').set({ finished_at: sql`now()`, checked, missing, stale, resent, details: JSON.stringify(details) }).where('id', '=', id).execute();
  } catch (err) {
    await db.updateTable('platform_reconciliation').set({ finished_at: sql`now()`, checked, missing, stale, resent, details: JSON.stringify(details), error: (err as Error).message }).where('id', '=', id).execute();
  }
  return id;
}

const present = (r: Awaited<ReturnType<typeof getReport>>) => ({
  id: r.id, trigger: r.trigger, startedBy: r.started_by, startedAt: r.started_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null,
  checked: r.checked, missing: r.missing, stale: r.stale, resent: r.resent, error: r.error, details: r.details,
});

async function getReport(db: Kysely<DB>, id: number) {
  const r = await db.selectFrom('platform_reconciliation').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('RECONCILIATION_NOT_FOUND');
  return r;
}

export function createReconciliationService(db: Kysely<DB>, client: PlatformClient | null) {
  return {
    /** The admin's button: runs now and returns the report. */
    async run(p: Principal) {
      authorize(integrationPolicy, p, 'platform.reconcile');
      if (!client) throw new AppError('PLATFORM_NOT_CONFIGURED');
      const id = await runReconciliation(db, client, { trigger: 'manual', by: actorOf(p).id });
      await writeAudit(db, { actor: actorOf(p).id, action: 'platform.reconcile', subjectType: 'platform_reconciliation', subjectId: String(id) });
      return present(await getReport(db, id));
    },
    async list(p: Principal, page: number, pageSize: number) {
      authorize(integrationPolicy, p, 'outbox.read');
      const rows = await db.selectFrom('platform_reconciliation').select('id').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
      const total = await db.selectFrom('platform_reconciliation').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      return { items: await Promise.all(rows.map(async (r) => present(await getReport(db, r.id)))), total: total.n, page, pageSize };
    },
  };
}
export type ReconciliationService = ReturnType<typeof createReconciliationService>;
