// Writes and reads the shared append-only audit log. Writes take the caller's transaction,
// so an audit record is committed together with the change it describes, or not at all.
import { sql } from 'kysely';
import type { Queryable } from '../../db/types.ts';

export interface AuditRecord {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

export async function writeAudit(tx: Queryable, record: AuditRecord): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      actor: record.actor,
      action: record.action,
      subject_type: record.subjectType,
      subject_id: record.subjectId,
      data: JSON.stringify(record.data ?? {}),
    })
    .execute();
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  data: Record<string, unknown>;
}

export async function listAudit(db: Queryable, subjectType: string, subjectId: string, limit = 200): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_event')
    .select(['at', 'actor', 'action', 'data'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ at: r.at.toISOString(), actor: r.actor, action: r.action, data: r.data }));
}

/** How many records of one action on one subject within the last `seconds` (e.g. failed logins). */
export async function countRecentAudit(db: Queryable, subjectType: string, subjectId: string, action: string, seconds: number): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('action', '=', action)
    .where('at', '>', sql<Date>`now() - make_interval(secs => ${seconds})`)
    .executeTakeFirstOrThrow();
  return row.n;
}
