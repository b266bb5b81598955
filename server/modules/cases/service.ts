// Applying for a service item and moving the case through its workflow. Every change is
// one transaction: the case row (optimistic version check), its timeline event and its
// outbox message for the provincial platform.
import type { Kysely, Transaction } from 'kysely';
import { chinaDate, chinaDateDigits } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import type { DB, Queryable } from '../../db/types.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { WorkingCalendar } from '../workflow/calendar/calendar.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { clockAfter, remainingWorkingDays, type CaseClock } from '../workflow/clock.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import type { Transition, WorkflowDefinition } from '../workflow/definition.ts';
import { availableTransitions, isApplicantOf, mayTake, resolveSystemTransition, resolveTransition, type CreditFacts } from '../workflow/engine.ts';
import { loadWorkflow, SHIPPED, workflowForItem } from '../workflow/registry.ts';
import { enqueueCaseEffects } from '../integration/case-effects.ts';
import { acceptanceNumber } from './acceptance-number.ts';
import { applicantOf, type Applicant } from './applicant.ts';
import { clockFigures, deadlineEventLabel, SYSTEM_ACTOR } from './deadlines-present.ts';
import { fixSupplyDeadlines, missingRequiredMaterials } from './material-rules.ts';
import { ownerKeyOf, deleteDraft } from './application-store.ts';
import { lockedFor, lockedFromCase, validatedForm } from './form-check.ts';
import { applicationFormOf } from '../catalog/forms/default.ts';
import { queueStates, queueWhere, type QueueFilter } from './queue-filter.ts';
import { casesPolicy } from './policy.ts';
import { visibility } from './scope.ts';
import { closeExpertStep, expertsAnswered } from '../experts/step.ts';
import * as store from './store.ts';

export type CaseRow = NonNullable<Awaited<ReturnType<typeof store.getCase>>>;

/**
 * The case if this caller may see it — its applicant, staff who may read cases or in whose
 * queue it sits now (each within their role's data scope), an expert assigned to it; otherwise not found
 * (never "forbidden": that would confirm it exists). Shared by everything hanging off a case.
 */
export async function findVisibleCase(db: Queryable, p: Principal, id: string): Promise<CaseRow> {
  const c = /^[0-9a-f-]{36}$/i.test(id) ? await store.getCase(db, id) : undefined;
  if (c) {
    const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
    if (isApplicantOf(p, party) || (p.kind === 'program' && can(casesPolicy, p, 'case.read'))) return c;
    if (p.kind === 'user') {
      // Staff through a reading role or the queue the case sits in, within their roles' data scopes; experts when assigned.
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const roles = [...casesPolicy['case.read'].roles, ...(def.states[c.state]?.queue ?? []), 'expert'];
      if (await store.caseMatches(db, c.id, visibility(p, roles, { openPanelsOnly: false }))) return c;
    }
  }
  throw new AppError('CASE_NOT_FOUND');
}

/** What a timeline event that is not a workflow transition says. */
function eventLabel(kind: string, data: Record<string, unknown>): string {
  const name = typeof data.name === 'string' ? data.name : '';
  switch (kind) {
    case 'submitted':
      return '提交申请';
    case 'material.uploaded':
      return `上传材料：${name}`;
    case 'material.commitment':
      return `告知承诺：${name}`;
    case 'experts.drawn':
      return `随机抽取评审专家 ${String(data.count ?? '')} 名`;
    case 'experts.assigned':
      return `指派评审专家 ${String(data.count ?? '')} 名`;
    case 'document.delivered':
      return `${data.automatic ? '自动用印，' : ''}出具并送达：${name}（电子签章）`;
    case 'document.downloaded':
      return `申请人下载：${name}`;
    case 'material.tolerance':
      return `容缺受理：${name}`;
    case 'material.reused':
      return `免提交（复用已有材料）：${name}`;
    case 'material.supplied':
      return `补齐容缺材料：${name}`;
    default:
      // Other modules' events (paper scans, documents) carry their own Chinese label.
      return deadlineEventLabel(kind, data) ?? (typeof data.label === 'string' ? data.label : kind);
  }
}

/** How a submission arrived: online ('1') or at the window ('0', 帮代办) by a clerk. */
export type SubmissionChannel = { channel: '1' } | { channel: '0'; clerkPersonId: string };


/** A timeline event that is not a transition, written by another module (in its transaction). */
export async function appendCaseEvent(q: Queryable, e: { caseId: string; actor: string; kind: string; label: string; data?: Record<string, unknown> }) {
  await store.insertEvent(q, { case_id: e.caseId, actor: e.actor, kind: e.kind, transition: null, from_state: null, to_state: null, step_result: null, opinion: null, data: { label: e.label, ...e.data } });
}

/** What other modules learn of a transition (inside its transaction, and after it committed). */
export interface TransitionEvent {
  caseId: string;
  caseNo: string;
  transition: Transition;
  from: string;
  to: string;
  /** The case's version after the transition. */
  version: number;
}

export interface CasesOptions {
  /** The clock for dates (case numbers, deadlines); tests fix it. */
  now?: () => Date;
  /** Checks the applicant's credit now, for transitions guarded by creditClear (the integration module). */
  creditFacts?: (caseId: string, itemCode: string, stage: string, actor: string) => Promise<CreditFacts>;
  /** Follow-up work that must commit with a transition (e.g. the stamped PDF's job row). */
  onTransition?: (tx: Transaction<DB>, e: TransitionEvent) => Promise<void>;
  /** Called once a transition has committed (e.g. to wake a worker). */
  afterTransition?: (e: TransitionEvent) => void;
}

export function createCasesService(db: Kysely<DB>, catalog: CatalogService, calendar: CalendarService, opts: CasesOptions = {}) {
  const now = opts.now ?? (() => new Date());
  /** Working days left until a deadline (negative once overdue); null while there is none or the case is concluded. */
  async function remaining(c: CaseRow, deadline: string | null): Promise<number | null> {
    if (!deadline || c.concluded_at) return null;
    try {
      return remainingWorkingDays(await calendar.current(), chinaDate(now()), deadline, c.clock_paused_since);
    } catch {
      return null; // a year not loaded: the admins have been told; the date itself still shows
    }
  }

  /** The deadline `days` working days after `from`, or null while its year's calendar is not loaded. */
  function deadlineOrNull(cal: WorkingCalendar, from: string, days: number | null): string | null {
    if (days === null) return null;
    try {
      return cal.addWorkingDays(from, days);
    } catch (err) {
      if (err instanceof AppError && err.code === 'CALENDAR_YEAR_NOT_LOADED') return null;
      throw err;
    }
  }

  /** Stored deadlines, or — for a case accepted while a year was missing — computed now if it has been loaded since. */
  async function limitsOf(c: CaseRow) {
    let promised = c.promised_deadline;
    let statutory = c.statutory_deadline;
    if (c.accepted_at && !c.concluded_at && (promised === null || statutory === null)) {
      const cal = await calendar.current();
      const accepted = chinaDate(c.accepted_at);
      // (days the clock stood still before the calendar was loaded count too)
      const plus = (days: number | null) => (days === null ? null : days + c.suspended_working_days + c.extended_working_days);
      promised ??= deadlineOrNull(cal, accepted, plus(c.promised_days));
      statutory ??= deadlineOrNull(cal, accepted, plus(c.statutory_days));
    }
    return {
      promisedDays: c.promised_days,
      statutoryDays: c.statutory_days,
      promisedDeadline: promised,
      statutoryDeadline: statutory,
      remainingWorkingDays: await remaining(c, promised),
      clockStopped: c.clock_paused_since !== null,
      suspendedWorkingDays: c.suspended_working_days,
      ...(await clockFigures(calendar, now(), c, promised)),
    };
  }

  async function present(q: Queryable, c: CaseRow, p: Principal) {
    const def = await loadWorkflow(q, c.workflow_key, c.workflow_version);
    const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
    return {
      id: c.id,
      caseNo: c.case_no,
      itemCode: c.item_code,
      itemName: c.item_name,
      itemVersion: c.item_version,
      workflow: { key: c.workflow_key, version: c.workflow_version },
      state: c.state,
      stateLabel: def.states[c.state]?.label ?? c.state,
      phase: def.states[c.state]?.phase ?? 'pending_acceptance',
      version: c.version,
      applicant: { type: c.applicant_type, name: c.applicant_name },
      channel: c.channel === '0' ? ('0' as const) : ('1' as const),
      onBehalf: c.on_behalf_by !== null,
      acceptanceNo: c.acceptance_no,
      form: c.form,
      submittedAt: c.submitted_at.toISOString(),
      acceptedAt: c.accepted_at?.toISOString() ?? null,
      concludedAt: c.concluded_at?.toISOString() ?? null,
      conclusion: c.conclusion,
      limits: await limitsOf(c),
      actions: availableTransitions(def, c.state, p, party).map((t) => ({ key: t.key, label: t.label, needsReason: t.guards.includes('reasonGiven') })),
    };
  }

  /**
   * Applies a resolved transition in one transaction: case row (optimistic version check),
   * clock and deadlines, timeline event, outbox message. Used by people's actions and by the
   * system's (超时默认).
   */
  async function move(c: CaseRow, def: WorkflowDefinition, t: Transition, actor: string, input: { opinion?: string; expected: number; form?: Record<string, unknown>; system?: boolean }) {
    const expected = input.expected;
    // (read before the transaction: the catalogue reads outside it)
    const acceptingNow = t.stepResult === '4' && c.accepted_at === null;
    const itemContent = acceptingNow || input.form ? (await catalog.itemVersion(c.item_code, c.item_version)).content : null;
    const acceptedMaterials = acceptingNow ? itemContent!.materials : null;
    // The applicant's corrected form is checked like a submission (identity fields keep their values).
    let form: Record<string, unknown> | undefined;
    if (input.form) {
      const formDef = applicationFormOf(itemContent!);
      form = validatedForm(formDef, input.form, lockedFromCase(formDef, c.form));
    }
    const transitionEvent: TransitionEvent = { caseId: c.id, caseNo: c.case_no, transition: t, from: c.state, to: t.to, version: expected + 1 };
    await db.transaction().execute(async (tx) => {
      // Acceptance starts the clock: the limits become dates on the working-day calendar
      // (the day of acceptance not counted). If a deadline falls in a year whose calendar is
      // not loaded yet, the case is still accepted, the deadline stays open (never guessed),
      // the administrators are told (calendar.year_missing) and it is computed once loaded.
      const acceptedNow = t.stepResult === '4' && c.accepted_at === null;
      let deadlines: { promised: string | null; statutory: string | null } | undefined;
      const today = chinaDate(now());
      const cal = await calendar.current(tx);
      // 受理编号: one sequence per year, taken in this transaction (rolled back with it).
      const acceptanceNo = acceptedNow ? acceptanceNumber(Number(today.slice(0, 4)), await store.nextAcceptanceSerial(tx, Number(today.slice(0, 4)))) : undefined;
      if (acceptedNow) {
        deadlines = { promised: deadlineOrNull(cal, today, c.promised_days), statutory: deadlineOrNull(cal, today, c.statutory_days) };
      }
      // After acceptance, moving into or out of a state whose clock stands still stops or restarts it.
      let clock: CaseClock | undefined;
      if (c.accepted_at !== null || acceptedNow) {
        const before: CaseClock = {
          pausedSince: c.clock_paused_since, suspendedWorkingDays: c.suspended_working_days,
          promisedDeadline: deadlines?.promised ?? c.promised_deadline, statutoryDeadline: deadlines?.statutory ?? c.statutory_deadline,
        };
        clock = clockAfter(cal, today, t.conclusion ? 'none' : def.states[t.to]!.clock, before);
        deadlines = { promised: clock.promisedDeadline, statutory: clock.statutoryDeadline };
      }
      // 容缺: the tolerated materials get their supply dates from the day of acceptance.
      const supplyDeadlines = acceptedMaterials ? await fixSupplyDeadlines(tx, acceptedMaterials, cal, c.id, today) : [];
      const moved = await store.updateCaseState(tx, c.id, expected, {
        state: t.to, acceptedNow, acceptanceNo, conclusion: t.conclusion ?? null, deadlines, form,
        clock: clock && { pausedSince: clock.pausedSince, suspendedWorkingDays: clock.suspendedWorkingDays },
      });
      if (!moved) throw new AppError('CASE_CHANGED');
      await closeExpertStep(tx, c.id); // the panel of an expert step closes with the step
      await store.insertEvent(tx, {
        case_id: c.id, actor, kind: 'transition', transition: t.key, from_state: c.state, to_state: t.to,
        step_result: t.stepResult ?? null, opinion: input.opinion?.trim() || null,
        data: { version: expected + 1, day: today, ...(acceptanceNo ? { acceptanceNo } : {}), ...(input.system ? { system: true } : {}), ...(form ? { formBefore: c.form } : {}), ...(deadlines ? { deadlines } : {}), ...(supplyDeadlines.length ? { supplyDeadlines } : {}), ...(clock ? { clockPausedSince: clock.pausedSince, suspendedWorkingDays: clock.suspendedWorkingDays } : {}) },
      });
      await store.enqueue(tx, { topic: 'platform.case', idempotencyKey: `case:${c.id}:v${expected + 1}`, payload: { caseId: c.id, caseNo: c.case_no, event: t.key, state: t.to, phase: def.states[t.to]!.phase } });
      // Notices, 双公示 and other outward effects of this step, in the same transaction.
      await enqueueCaseEffects(tx, { caseId: c.id, caseNo: c.case_no, version: expected + 1, transition: t, acceptedNow, opinion: input.opinion?.trim() || null });
      // e.g. the documents module queues the step's document (自动用印) and the stamped application PDF
      await opts.onTransition?.(tx, transitionEvent);
    });
    opts.afterTransition?.(transitionEvent);
  }

  const visibleCase = (p: Principal, id: string) => findVisibleCase(db, p, id);

  /**
   * Submits an application for `applicant`. The same applicant retrying with the same
   * idempotency key gets the first case back (one case, however many retries or parallel
   * clicks). Online (`channel '1'`) the caller is the applicant; at the window (`'0'`, 帮代办)
   * a clerk submits for them and the case records who — callers authorize before this. The
   * applicant may be given as a function that identifies them inside the submission's transaction.
   */
  async function submitFor(p: Principal, applicant: Applicant | ((tx: Queryable) => Promise<Applicant>), input: { itemCode: string; form: Record<string, unknown>; idempotencyKey: string }, via: SubmissionChannel = { channel: '1' }) {
    const item = await catalog.publishedItem(input.itemCode);
    // Levels 1–2 of online depth (information, appointments/forms) are not applied for online.
    if (item.content.onlineDepth === '1' || item.content.onlineDepth === '2') throw new AppError('ITEM_NOT_APPLICABLE');
    const def = workflowForItem(item.content);
    const formDef = applicationFormOf(item.content);
    const onBehalfBy = via.channel === '0' ? via.clerkPersonId : null;
    const row = await db.transaction().execute(async (tx) => {
      // (an applicant identified at the window is recorded in this same transaction)
      const who = typeof applicant === 'function' ? await applicant(tx) : applicant;
      // The form is checked against the item's definition; identity fields come from the applicant.
      const form = validatedForm(formDef, input.form, await lockedFor(tx, formDef, who));
      await store.lockIdempotencyKey(tx, who.personId, input.idempotencyKey);
      const existing = await store.findByIdempotencyKey(tx, who.personId, input.idempotencyKey);
      if (existing) {
        if (existing.item_code !== input.itemCode) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return (await store.getCase(tx, existing.id))!;
      }
      if (via.channel === '1') await deleteDraft(tx, ownerKeyOf(who), input.itemCode); // the draft becomes this case
      // Last, so that the item's daily counter is locked only for this statement and the commit.
      return store.insertNumberedCase(
        tx,
        {
          day: chinaDateDigits(now()), item_code: input.itemCode, item_version: item.version, item_name: item.content.name,
          workflow_key: def.key, workflow_version: def.version, state: def.initial,
          applicant_person_id: who.personId, applicant_enterprise_id: who.enterpriseId,
          applicant_type: who.type, applicant_name: who.name, channel: via.channel, on_behalf_by: onBehalfBy,
          form, idempotency_key: input.idempotencyKey,
          promised_days: item.content.promisedDays, statutory_days: item.content.statutoryDays,
        },
        { actor: actorOf(p).id, data: onBehalfBy ? { channel: '0', onBehalfBy } : {} },
        { topic: 'platform.case', idempotencyKey: (caseId) => `case:${caseId}:submitted`, payload: (caseId) => ({ caseId, event: 'submitted', channel: via.channel }) },
      );
    });
    return present(db, row, p);
  }

  return {
    submitFor,

    /** Submits an application online as the signed-in person (or the enterprise they act for). */
    async submit(p: Principal, input: { itemCode: string; form: Record<string, unknown>; idempotencyKey: string }) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const applicant = applicantOf(p);
      if (!applicant) throw new AppError('APPLICANT_REQUIRED');
      return submitFor(p, applicant, input);
    },

    /**
     * Takes an action on a case. `expectedVersion` is the version the caller saw; if the
     * case moved since (another clerk, a second click), nothing happens and CASE_CHANGED says so.
     */
    async act(p: Principal, caseId: string, key: string, input: { opinion?: string; expectedVersion?: number; form?: Record<string, unknown> }) {
      const c = await visibleCase(p, caseId);
      // A caller who saw an older version is told so first: what they looked at is gone.
      const expected = input.expectedVersion ?? c.version;
      if (expected !== c.version) throw new AppError('CASE_CHANGED');
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const party = { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id };
      const wanted = def.transitions.find((x) => x.key === key);
      const missingMaterials = wanted?.guards.includes('materialsComplete') ? await missingRequiredMaterials(db, catalog, c) : undefined;
      const experts = wanted?.guards.includes('expertsAnswered') ? await expertsAnswered(db, c, def) : undefined;
      // 应查必查: a transition guarded by creditClear checks the applicant now (only for someone who may
      // take it, and only once the materials are complete).
      const guarded = def.transitions.find((x) => x.key === key && x.from.includes(c.state) && x.guards.includes('creditClear') && mayTake(x, p, party));
      const credit = guarded && !missingMaterials?.length && opts.creditFacts ? await opts.creditFacts(c.id, c.item_code, key, actorOf(p).id) : undefined;
      const t = resolveTransition(def, c.state, key, p, party, { opinion: input.opinion, missingMaterials, expertsAnswered: experts, credit });
      // Only the applicant's own steps (补正 resubmission) may change what they applied with.
      if (input.form && !(t.takers.includes('applicant') && isApplicantOf(p, party))) throw new AppError('FORM_NOT_EDITABLE');
      await move(c, def, t, actorOf(p).id, { ...input, expected });
      return present(db, (await store.getCase(db, c.id))!, p);
    },

    /**
     * A step the system takes (超时默认), never reachable from a request: the transition must
     * list 'system' as a taker; same engine and transaction as people's steps, actor 'system'.
     */
    async actAsSystem(caseId: string, key: string, input: { expectedVersion: number; opinion: string }) {
      const c = await store.getCase(db, caseId);
      if (!c) throw new AppError('CASE_NOT_FOUND');
      if (c.version !== input.expectedVersion) throw new AppError('CASE_CHANGED');
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const t = resolveSystemTransition(def, c.state, key);
      await move(c, def, t, SYSTEM_ACTOR, { opinion: input.opinion, expected: c.version, system: true });
    },

    async get(p: Principal, caseId: string) {
      return present(db, await visibleCase(p, caseId), p);
    },

    async timeline(p: Principal, caseId: string) {
      const c = await visibleCase(p, caseId);
      const def = await loadWorkflow(db, c.workflow_key, c.workflow_version);
      const events = await store.events(db, c.id);
      const names = await store.personNames(db, events.flatMap((e) => (e.actor.startsWith('person:') ? [e.actor.slice(7)] : [])));
      return events.map((e) => {
        const personId = e.actor.startsWith('person:') ? e.actor.slice(7) : null;
        const byApplicant = personId !== null && (personId === c.applicant_person_id || (e.transition !== null && def.transitions.find((t) => t.key === e.transition)?.takers.includes('applicant') === true));
        return {
          at: e.at.toISOString(),
          actor: e.actor,
          actorName: personId ? (names.get(personId) ?? '工作人员') : e.actor.startsWith('program:') ? '外部系统' : '系统',
          byApplicant: (e.kind === 'submitted' && e.data.channel !== '0') || byApplicant,
          kind: e.kind,
          transition: e.transition,
          action: e.transition
            ? (def.transitions.find((t) => t.key === e.transition)?.label ?? e.transition)
            : e.kind === 'submitted' && e.data.channel === '0'
              ? `窗口代办（${personId ? (names.get(personId) ?? '工作人员') : '工作人员'}）`
              : eventLabel(e.kind, e.data),
          fromStateKey: e.from_state,
          toStateKey: e.to_state,
          fromState: e.from_state ? (def.states[e.from_state]?.label ?? e.from_state) : null,
          toState: e.to_state ? (def.states[e.to_state]?.label ?? e.to_state) : null,
          stepResult: e.step_result,
          opinion: e.opinion,
        };
      });
    },

    async mine(p: Principal, page: number, pageSize: number) {
      if (p.kind !== 'user') throw new AppError('NOT_AUTHENTICATED');
      const applicant = applicantOf(p);
      if (!applicant) return { items: [], total: 0, page, pageSize };
      const { rows, total } = await store.listForApplicant(db, applicant, page, pageSize);
      return { items: await Promise.all(rows.map((r) => present(db, r, p))), total, page, pageSize };
    },

    /** The caller's work queue: cases in states whose queue includes one of their roles, searched and filtered. */
    async queue(p: Principal, page: number, pageSize: number, filter: QueueFilter = {}) {
      authorize(casesPolicy, p, 'case.queue');
      // One (workflow, state) part per state in the caller's queues, narrowed by their data scopes (scope.ts).
      const where = p.kind !== 'user' ? [] : SHIPPED.flatMap((d) => Object.entries(d.states).flatMap(([state, s]) => {
        const seen = visibility(p, s.queue, { openPanelsOnly: true });
        return seen === false ? [] : [{ workflowKey: d.key, states: [state], ...(seen === true ? {} : { filter: seen }) }];
      }));
      const narrowed = await queueWhere(db, where, filter, { today: chinaDate(now()), calendar: () => calendar.current() });
      const { rows, total, capped } = await store.listQueue(db, narrowed.pairs, page, pageSize, narrowed.search);
      return { items: await Promise.all(rows.map((r) => present(db, r, p))), total, totalCapped: capped, page, pageSize, states: queueStates(where) };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
