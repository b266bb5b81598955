// Timers on cases (限时办结), run as durable jobs:
// - a scan (every 30 minutes) finds running cases near or past their promised deadline and
//   steps waiting for 超时默认, and enqueues one job per thing to do, keyed so that each
//   warning, overdue mark and automatic step happens once whatever the number of instances;
// - each of those jobs is one transaction that checks again, then writes the mark, the
//   timeline event and a `notice.*` outbox message (the integration delivers them);
// - at 08:00 China time, the supervisors' summary (per item: running, warned, overdue).
// And 延期: an extension with a reason, within the item's limits, recomputed on the calendar.
import type { Kysely } from 'kysely';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { enqueueJob, type JobRunner } from '../../lib/jobs/index.ts';
import type { DB, Queryable } from '../../db/types.ts';
import type { CatalogService } from '../catalog/service.ts';
import { authorize } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import type { WorkingCalendar } from '../workflow/calendar/calendar.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { loadWorkflow, SHIPPED } from '../workflow/registry.ts';
import { SYSTEM_ACTOR } from './deadlines-present.ts';
import { deadlinesPolicy } from './deadlines-policy.ts';
import * as dstore from './deadlines-store.ts';
import { findVisibleCase, type CasesService } from './service.ts';
import * as store from './store.ts';

export const DEFAULT_WARN_WORKING_DAYS = [3, 1];
/** 行政许可法 §42: a 20-day limit may be extended by 10 working days with the head's approval. */
export const DEFAULT_EXTENSION_MAX_WORKING_DAYS = 10;
export const DEFAULT_EXTENSION_MAX_TIMES = 1;

export const JOB = {
  scan: 'case.timers.scan',
  warning: 'case.deadline.warning',
  overdue: 'case.deadline.overdue',
  autoStep: 'case.auto-step',
  summary: 'case.deadline.summary',
} as const;

export interface DeadlinePolicy {
  warnWorkingDays: number[];
  extensionMaxWorkingDays: number;
  extensionMaxTimes: number;
}

export interface DeadlinesOptions {
  now?: () => Date;
}

export function createDeadlinesService(db: Kysely<DB>, catalog: CatalogService, calendar: CalendarService, cases: CasesService, opts: DeadlinesOptions = {}) {
  const now = opts.now ?? (() => new Date());
  // Published item versions never change, so their policies are kept.
  const policies = new Map<string, DeadlinePolicy>();

  async function policyOf(itemCode: string, itemVersion: number): Promise<DeadlinePolicy> {
    const id = `${itemCode}@${itemVersion}`;
    let p = policies.get(id);
    if (!p) {
      const dp = (await catalog.itemVersion(itemCode, itemVersion).catch(() => undefined))?.content.deadlinePolicy;
      p = {
        warnWorkingDays: [...new Set(dp?.warnWorkingDays ?? DEFAULT_WARN_WORKING_DAYS)].sort((a, b) => a - b),
        extensionMaxWorkingDays: dp?.extensionMaxWorkingDays ?? DEFAULT_EXTENSION_MAX_WORKING_DAYS,
        extensionMaxTimes: dp?.extensionMaxTimes ?? DEFAULT_EXTENSION_MAX_TIMES,
      };
      policies.set(id, p);
    }
    return p;
  }

  /** The warning level due with `remaining` working days left: the smallest level not below it. */
  const levelFor = (p: DeadlinePolicy, remaining: number) => p.warnWorkingDays.find((l) => l >= remaining);

  /** How far ahead warnings may look: the largest level allowed (10 working days) from today. */
  function horizon(cal: WorkingCalendar, today: string): string {
    try {
      return cal.addWorkingDays(today, 10);
    } catch {
      return new Date(Date.parse(today) + 30 * 86_400_000).toISOString().slice(0, 10); // year not loaded: a month of calendar days
    }
  }

  /** Staff roles whose queue the case sits in. Pass the transaction (PGlite: one connection). */
  async function notifyRoles(q: Queryable, c: store.CaseRowForTimers): Promise<string[]> {
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    return (def.states[c.state]?.queue ?? []).filter((q) => q !== 'applicant' && q !== 'system');
  }

  const caseRef = (c: store.CaseRowForTimers) => ({ caseId: c.id, caseNo: c.case_no, itemCode: c.item_code, itemName: c.item_name, applicantName: c.applicant_name, state: c.state });

  return {
    policyOf,

    /** Finds what is due now and enqueues a job for each (keys make repeats harmless). */
    async scan(): Promise<{ warnings: number; overdue: number; autoSteps: number }> {
      const today = chinaDate(now());
      const cal = await calendar.current();
      const out = { warnings: 0, overdue: 0, autoSteps: 0 };
      await dstore.clearStaleOverdue(db, today);
      for (const c of await dstore.dueSoon(db, horizon(cal, today))) {
        const deadline = c.promised_deadline!;
        if (today > deadline) {
          if (c.overdue_since) continue;
          if (await enqueueJob(db, { kind: JOB.overdue, key: `${JOB.overdue}:${c.id}:${deadline}`, runAt: now(), payload: { caseId: c.id, deadline } })) out.overdue++;
          continue;
        }
        const remaining = cal.workingDaysBetween(today, deadline);
        const level = levelFor(await policyOf(c.item_code, c.item_version), remaining);
        if (level === undefined) continue;
        if (c.deadline_warned_for === deadline && c.deadline_warned_level !== null && c.deadline_warned_level <= level) continue;
        if (await enqueueJob(db, { kind: JOB.warning, key: `${JOB.warning}:${c.id}:${deadline}:${level}`, runAt: now(), payload: { caseId: c.id, deadline, level } })) out.warnings++;
      }
      // 超时默认: steps still waiting `afterWorkingDays` after the case entered them.
      for (const def of SHIPPED) {
        for (const [state, s] of Object.entries(def.states)) {
          if (!s.autoApprove) continue;
          for (const c of await dstore.waitingIn(db, def.key, def.version, state)) {
            if (!c.entered_on) continue;
            let due: string;
            try {
              due = cal.addWorkingDays(c.entered_on, s.autoApprove.afterWorkingDays);
            } catch {
              continue; // the year is not loaded: never guessed (the admins have been told)
            }
            if (today <= due) continue;
            const payload = { caseId: c.id, version: c.version, state, transition: s.autoApprove.transition, afterWorkingDays: s.autoApprove.afterWorkingDays, due };
            if (await enqueueJob(db, { kind: JOB.autoStep, key: `${JOB.autoStep}:${c.id}:v${c.version}`, runAt: now(), payload })) out.autoSteps++;
          }
        }
      }
      return out;
    },

    /** A warning, if still due: mark, timeline event, notice — one transaction. */
    async warn(caseId: string, deadline: string, level: number): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const c = await dstore.lockCaseRow(tx, caseId);
        if (!c || c.concluded_at || c.clock_paused_since || c.promised_deadline !== deadline || c.overdue_since) return false;
        if (c.deadline_warned_for === deadline && c.deadline_warned_level !== null && c.deadline_warned_level <= level) return false;
        const today = chinaDate(now());
        if (today > deadline) return false;
        const remaining = (await calendar.current(tx)).workingDaysBetween(today, deadline);
        await dstore.markWarned(tx, c.id, deadline, level);
        await store.insertEvent(tx, { case_id: c.id, actor: SYSTEM_ACTOR, kind: 'deadline.warning', transition: null, from_state: null, to_state: null, step_result: null, opinion: null, data: { deadline, level, remaining } });
        await dstore.enqueueOnce(tx, {
          topic: 'notice.deadline.warning',
          idempotencyKey: `notice:warning:${c.id}:${deadline}:${level}`,
          payload: { ...caseRef(c), deadline, remainingWorkingDays: remaining, level, notifyRoles: await notifyRoles(tx, c) },
        });
        return true;
      });
    },

    /** The overdue mark ("已超期"), if the case is still past its deadline. */
    async markOverdue(caseId: string, deadline: string): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const c = await dstore.lockCaseRow(tx, caseId);
        const today = chinaDate(now());
        if (!c || c.concluded_at || c.promised_deadline !== deadline || c.overdue_since || today <= deadline) return false;
        await dstore.markOverdue(tx, c.id, today);
        await store.insertEvent(tx, { case_id: c.id, actor: SYSTEM_ACTOR, kind: 'deadline.overdue', transition: null, from_state: null, to_state: null, step_result: null, opinion: null, data: { deadline, since: today } });
        await dstore.enqueueOnce(tx, {
          topic: 'notice.deadline.overdue',
          idempotencyKey: `notice:overdue:${c.id}:${deadline}`,
          payload: { ...caseRef(c), deadline, overdueSince: today, notifyRoles: [...new Set([...(await notifyRoles(tx, c)), 'supervisor'])] },
        });
        return true;
      });
    },

    /** 超时默认: the system takes the step through the engine, unless someone acted first. */
    async autoStep(p: { caseId: string; version: number; transition: string; afterWorkingDays: number; state: string }): Promise<boolean> {
      try {
        const c = await store.getCase(db, p.caseId);
        const def = c && (await loadWorkflow(db, c.workflow_key, c.workflow_version));
        const label = def?.states[p.state]?.label ?? p.state;
        await cases.actAsSystem(p.caseId, p.transition, { expectedVersion: p.version, opinion: `超时默认通过：${label}已满 ${p.afterWorkingDays} 个工作日无人办理，系统按流程自动办理` });
        return true;
      } catch (err) {
        // Someone moved the case meanwhile: nothing left to do.
        if (err instanceof AppError && ['CASE_CHANGED', 'CASE_NOT_FOUND', 'TRANSITION_NOT_ALLOWED'].includes(err.code)) return false;
        throw err;
      }
    },

    /** The supervisors' summary of a day: stored (one row per day) and sent as a notice. */
    async summarize(): Promise<{ day: string; totals: { running: number; warned: number; overdue: number } }> {
      const day = chinaDate(now());
      const items = await dstore.countsPerItem(db, day);
      const totals = items.reduce((t, i) => ({ running: t.running + i.running, warned: t.warned + i.warned, overdue: t.overdue + i.overdue }), { running: 0, warned: 0, overdue: 0 });
      await db.transaction().execute(async (tx) => {
        await dstore.saveReport(tx, day, items, totals);
        await dstore.enqueueOnce(tx, { topic: 'notice.deadline.summary', idempotencyKey: `notice:summary:${day}`, payload: { day, totals, items, notifyRoles: ['supervisor'] } });
      });
      return { day, totals };
    },

    /** What an extension of this case may still be (for the form). */
    async extensionAllowance(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const pol = await policyOf(c.item_code, c.item_version);
      const open = c.accepted_at !== null && c.concluded_at === null;
      return {
        maxWorkingDays: pol.extensionMaxWorkingDays,
        maxTimes: pol.extensionMaxTimes,
        extendedWorkingDays: c.extended_working_days,
        extensions: c.extension_count,
        remainingWorkingDays: Math.max(0, pol.extensionMaxWorkingDays - c.extended_working_days),
        allowed: open && c.extension_count < pol.extensionMaxTimes && c.extended_working_days < pol.extensionMaxWorkingDays,
      };
    },

    /** 延期: pushes both deadlines back by `workingDays` on the calendar, with a reason, within the item's limits. */
    async extend(p: Principal, caseId: string, input: { workingDays: number; reason: string; expectedVersion?: number }) {
      authorize(deadlinesPolicy, p, 'case.extend');
      const c = await findVisibleCase(db, p, caseId);
      const expected = input.expectedVersion ?? c.version;
      if (expected !== c.version) throw new AppError('CASE_CHANGED');
      if (!c.accepted_at || c.concluded_at) throw new AppError('EXTENSION_NOT_ALLOWED');
      const reason = input.reason.trim();
      if (reason.length < 2) throw new AppError('EXTENSION_REASON_REQUIRED');
      const pol = await policyOf(c.item_code, c.item_version);
      if (c.extension_count >= pol.extensionMaxTimes) {
        throw new AppError('EXTENSION_LIMIT_REACHED', `该事项最多可延期 ${pol.extensionMaxTimes} 次，本办件已延期 ${c.extension_count} 次`, { maxTimes: pol.extensionMaxTimes });
      }
      const left = pol.extensionMaxWorkingDays - c.extended_working_days;
      if (input.workingDays > left) {
        throw new AppError('EXTENSION_TOO_LONG', `该事项延期累计不超过 ${pol.extensionMaxWorkingDays} 个工作日，本次最多 ${Math.max(0, left)} 个工作日`, { maxWorkingDays: pol.extensionMaxWorkingDays, left: Math.max(0, left) });
      }
      await db.transaction().execute(async (tx) => {
        const cal = await calendar.current(tx);
        const today = chinaDate(now());
        const push = (d: string | null) => {
          if (d === null) return null; // open while its year is not loaded; computed with the extension once it is
          try {
            return cal.addWorkingDays(d, input.workingDays);
          } catch (err) {
            if (err instanceof AppError && err.code === 'CALENDAR_YEAR_NOT_LOADED') return null;
            throw err;
          }
        };
        const promised = push(c.promised_deadline);
        const statutory = push(c.statutory_deadline);
        const stillOverdue = promised === null ? c.overdue_since !== null : promised < today;
        if (!(await dstore.extend(tx, c.id, expected, { workingDays: input.workingDays, promised, statutory, stillOverdue }))) throw new AppError('CASE_CHANGED');
        const data = { version: expected + 1, workingDays: input.workingDays, promisedBefore: c.promised_deadline, promisedAfter: promised, statutoryBefore: c.statutory_deadline, statutoryAfter: statutory };
        await store.insertEvent(tx, { case_id: c.id, actor: actorOf(p).id, kind: 'deadline.extended', transition: null, from_state: null, to_state: null, step_result: null, opinion: reason, data });
        await dstore.enqueueOnce(tx, {
          topic: 'notice.deadline.extended',
          idempotencyKey: `notice:extended:${c.id}:v${expected + 1}`,
          payload: { ...caseRef(c), ...data, reason, notifyApplicant: true },
        });
      });
      return cases.get(p, c.id);
    },

    async report(p: Principal, day: string | 'latest') {
      authorize(deadlinesPolicy, p, 'deadline.report');
      const row = day === 'latest' ? await dstore.latestReport(db) : await dstore.getReport(db, day);
      if (!row) throw new AppError('REPORT_NOT_FOUND');
      return { day: row.day, generatedAt: row.generated_at.toISOString(), totals: row.totals, items: row.items };
    },

    async reports(p: Principal, limit: number) {
      authorize(deadlinesPolicy, p, 'deadline.report');
      const rows = await dstore.listReports(db, limit);
      return rows.map((r) => ({ day: r.day, generatedAt: r.generated_at.toISOString(), totals: r.totals }));
    },
  };
}

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;

/** The timers' jobs: the scan every 30 minutes, the summary at 08:00 China time, and the per-case jobs the scan enqueues. */
export function registerDeadlineJobs(jobs: JobRunner, d: DeadlinesService): void {
  jobs.recurring(JOB.scan, { everyMinutes: 30 }, async () => void (await d.scan()));
  jobs.recurring(JOB.summary, { dailyAt: '08:00' }, async () => void (await d.summarize()));
  jobs.register(JOB.warning, async (p) => void (await d.warn(String(p.caseId), String(p.deadline), Number(p.level))));
  jobs.register(JOB.overdue, async (p) => void (await d.markOverdue(String(p.caseId), String(p.deadline))));
  jobs.register(JOB.autoStep, async (p) =>
    void (await d.autoStep({ caseId: String(p.caseId), version: Number(p.version), transition: String(p.transition), afterWorkingDays: Number(p.afterWorkingDays), state: String(p.state) })),
  );
}
