// 督办: reform tasks tracked to close-out. Supervisors import the notices' task tables (or add
// tasks by hand), remind offices and close tasks (销号) with a record; the lead and responsible
// offices report progress with evidence. Tasks "立行立改，长期坚持" have no end date and report
// monthly instead: they are late when a month passes without a report.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { detectType, type FileStore } from '../../lib/files/file-store.ts';
import { enqueue } from '../cases/store.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { staffOffice } from '../feedback/store.ts';
import { supervisionPolicy } from './policy.ts';
import * as store from './store.ts';
import { readRows } from './table-file.ts';
import { readTaskTable } from './task-table.ts';

type TaskRow = NonNullable<Awaited<ReturnType<typeof store.getTask>>>;

export interface TaskInput {
  title: string;
  content: string;
  action?: string;
  leadOffice: string;
  responsibleOffices: string[];
  leader?: string;
  deadline: string | null;
}

const isUuid = (s: string) => /^[0-9a-f-]{36}$/i.test(s);

/** The last day by which a monthly-reporting task must have reported again. */
function nextReportDue(t: TaskRow): string {
  const from = chinaDate(t.last_report_at ?? t.created_at);
  const [y, m] = from.split('-').map(Number) as [number, number];
  // the end of the month after the last report (or the start)
  const last = new Date(Date.UTC(y, m + 1, 0));
  return last.toISOString().slice(0, 10);
}

export function createTasks(db: Kysely<DB>, files: FileStore, opts: { now: () => Date; maxUploadBytes: number }) {
  const today = () => chinaDate(opts.now());

  function summary(t: TaskRow) {
    const reportDue = t.rhythm ? nextReportDue(t) : null;
    return {
      id: t.id,
      action: t.action,
      title: t.title,
      content: t.content,
      leadOffice: t.lead_office,
      responsibleOffices: t.responsible_offices,
      leader: t.leader,
      deadline: t.deadline,
      rhythm: t.rhythm,
      longTerm: t.deadline === null,
      state: t.state,
      overdue: t.state === 'open' && t.deadline !== null && t.deadline < today(),
      reportDue,
      reportLate: t.state === 'open' && reportDue !== null && reportDue < today(),
      lastReportAt: t.last_report_at?.toISOString() ?? null,
      lastRemindedAt: t.last_reminded_at?.toISOString() ?? null,
      closedAt: t.closed_at?.toISOString() ?? null,
      closeNote: t.close_note,
      version: t.version,
    };
  }

  /** Supervisors see all; other staff the tasks their office leads or shares. */
  async function officeOf(p: Principal): Promise<string | undefined> {
    authorize(supervisionPolicy, p, 'task.report');
    if (can(supervisionPolicy, p, 'task.manage')) return undefined;
    const office = p.kind === 'user' ? await staffOffice(db, p.personId) : null;
    if (!office) throw new AppError('FORBIDDEN', '您不属于任何处室');
    return office;
  }

  async function visible(p: Principal, id: string): Promise<{ t: TaskRow; office: string | undefined }> {
    const office = await officeOf(p);
    const t = isUuid(id) ? await store.getTask(db, id) : undefined;
    if (!t || (office !== undefined && t.lead_office !== office && !t.responsible_offices.includes(office))) throw new AppError('TASK_NOT_FOUND');
    return { t, office };
  }

  async function create(tx: Parameters<typeof store.insertTask>[0], p: Principal, input: TaskInput & { importId?: string; row?: number }) {
    const id = await store.insertTask(tx, {
      import_id: input.importId ?? null, source_row: input.row ?? null, action: input.action ?? null, title: input.title, content: input.content,
      lead_office: input.leadOffice, responsible_offices: input.responsibleOffices, leader: input.leader ?? null,
      deadline: input.deadline, rhythm: input.deadline === null ? 'monthly' : null, created_by: actorOf(p).id,
      last_report_at: null, last_reminded_at: null, closed_at: null, closed_by: null, close_note: null, created_at: opts.now(),
    });
    await store.addEvent(tx, { task_id: id, actor: actorOf(p).id, kind: input.importId ? 'imported' : 'created', note: input.row ? `任务表第 ${input.row} 行` : null });
    return id;
  }

  return {
    /** Imports a task table; the same file twice creates nothing the second time. */
    async importTable(p: Principal, fileName: string, bytes: Buffer) {
      authorize(supervisionPolicy, p, 'task.manage');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const before = await store.importBySha(db, sha256);
      if (before) return { importId: before.id, created: 0, duplicate: true, errors: [] };
      const { tasks, errors } = readTaskTable(await readRows(bytes));
      if (tasks.length === 0) throw new AppError('TASK_TABLE_INVALID', errors[0]?.message ?? '任务表中没有任务', { errors });
      return db.transaction().execute(async (tx) => {
        const importId = await store.insertImport(tx, { file_name: fileName, sha256, tasks: tasks.length, imported_by: actorOf(p).id });
        if (!importId) return { importId: (await store.importBySha(tx, sha256))!.id, created: 0, duplicate: true, errors: [] };
        for (const t of tasks) await create(tx, p, { ...t, action: t.action ?? undefined, leader: t.leader ?? undefined, importId, row: t.row });
        await writeAudit(tx, { actor: actorOf(p).id, action: 'reform_task.imported', subjectType: 'reform_task_import', subjectId: importId, data: { fileName, tasks: tasks.length, sha256 } });
        return { importId, created: tasks.length, duplicate: false, errors };
      });
    },

    async create(p: Principal, input: TaskInput) {
      authorize(supervisionPolicy, p, 'task.manage');
      const id = await db.transaction().execute(async (tx) => {
        const newId = await create(tx, p, input);
        await writeAudit(tx, { actor: actorOf(p).id, action: 'reform_task.created', subjectType: 'reform_task', subjectId: newId, data: { title: input.title } });
        return newId;
      });
      return summary((await store.getTask(db, id))!);
    },

    async list(p: Principal, f: { state?: 'open' | 'closed'; overdue?: boolean }, page: number, pageSize: number) {
      const office = await officeOf(p);
      const { rows, total } = await store.listTasks(db, { office, state: f.state, overdueOn: f.overdue ? today() : undefined }, page, pageSize);
      return { items: rows.map(summary), total, page, pageSize };
    },

    async get(p: Principal, id: string) {
      const { t } = await visible(p, id);
      const [reps, evs] = await Promise.all([store.reports(db, t.id), store.events(db, t.id)]);
      return {
        ...summary(t),
        reports: reps.map((r) => ({
          id: r.id, office: r.office, progress: r.progress, reportedAt: r.reported_at.toISOString(),
          evidence: r.evidence_sha256 ? { name: r.evidence_name ?? '佐证材料', contentType: r.evidence_type ?? 'application/octet-stream' } : null,
        })),
        events: evs.map((e) => ({ at: e.at.toISOString(), actor: e.actor, kind: e.kind, note: e.note })),
      };
    },

    /** An office reports progress, with an evidence file if it has one (PDF or image, checked by content). */
    async report(p: Principal, id: string, input: { progress: string; evidence?: { name: string; bytes: Buffer } }) {
      const { t, office } = await visible(p, id);
      if (t.state === 'closed') throw new AppError('TASK_CLOSED');
      let evidence: { sha256: string; type: string; name: string } | null = null;
      if (input.evidence) {
        const type = detectType(input.evidence.bytes.subarray(0, 16));
        if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', '佐证材料须为 PDF、JPG 或 PNG 文件');
        evidence = { sha256: await files.put(input.evidence.bytes), type: type.mime, name: input.evidence.name };
      }
      const reportingOffice = office ?? t.lead_office;
      await db.transaction().execute(async (tx) => {
        await store.insertReport(tx, {
          task_id: t.id, office: reportingOffice, progress: input.progress, evidence_sha256: evidence?.sha256 ?? null,
          evidence_name: evidence?.name ?? null, evidence_type: evidence?.type ?? null, reported_by: actorOf(p).id,
        }, opts.now());
        await store.addEvent(tx, { task_id: t.id, actor: actorOf(p).id, kind: 'reported', note: input.progress.slice(0, 200) });
      });
      return this.get(p, id);
    },

    async evidence(p: Principal, id: string, reportId: string) {
      const { t } = await visible(p, id);
      const r = isUuid(reportId) ? await store.getReport(db, t.id, reportId) : undefined;
      if (!r?.evidence_sha256) throw new AppError('TASK_NOT_FOUND', '没有该佐证材料');
      return { name: r.evidence_name ?? 'evidence', contentType: r.evidence_type ?? 'application/octet-stream', stream: files.open(r.evidence_sha256) };
    },

    /** A reminder to the offices (催办), through the outbox to their notices. */
    async remind(p: Principal, id: string, note: string) {
      authorize(supervisionPolicy, p, 'task.manage');
      const t = isUuid(id) ? await store.getTask(db, id) : undefined;
      if (!t) throw new AppError('TASK_NOT_FOUND');
      if (t.state === 'closed') throw new AppError('TASK_CLOSED');
      const at = opts.now();
      await db.transaction().execute(async (tx) => {
        await store.markReminded(tx, t.id, at);
        await store.addEvent(tx, { task_id: t.id, actor: actorOf(p).id, kind: 'reminded', note });
        await enqueue(tx, { topic: 'notice.office', idempotencyKey: `task:${t.id}:remind:${at.getTime()}`, payload: { kind: 'reform_task_reminder', taskId: t.id, offices: [t.lead_office, ...t.responsible_offices], note } });
      });
      return summary((await store.getTask(db, t.id))!);
    },

    /** 销号: closed with a record, once the offices have reported at least once. */
    async close(p: Principal, id: string, input: { expectedVersion: number; note: string }) {
      authorize(supervisionPolicy, p, 'task.manage');
      const t = isUuid(id) ? await store.getTask(db, id) : undefined;
      if (!t) throw new AppError('TASK_NOT_FOUND');
      if (t.state === 'closed') throw new AppError('TASK_CLOSED');
      if (!t.last_report_at) throw new AppError('TASK_NO_REPORT');
      await db.transaction().execute(async (tx) => {
        if (!(await store.close(tx, t.id, input.expectedVersion, { closed_at: opts.now(), closed_by: actorOf(p).id, close_note: input.note }))) throw new AppError('TASK_CHANGED');
        await store.addEvent(tx, { task_id: t.id, actor: actorOf(p).id, kind: 'closed', note: input.note });
        await writeAudit(tx, { actor: actorOf(p).id, action: 'reform_task.closed', subjectType: 'reform_task', subjectId: t.id, data: { note: input.note } });
      });
      return summary((await store.getTask(db, t.id))!);
    },

    async figures(p: Principal) {
      authorize(supervisionPolicy, p, 'task.manage');
      return store.taskFigures(db, today());
    },
  };
}

export type Tasks = ReturnType<typeof createTasks>;
