// 实名差评回访整改: the office answerable for a bad rating calls the rater back, records what
// was wrong and what it did, and the rater confirms or disputes; overdue follow-ups escalate
// to the supervisors. An office may appeal a rating it believes mistaken; a supervisor
// decides, and an upheld appeal withdraws the follow-up and takes the rating out of the figures.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { enqueue } from '../cases/store.ts';
import { authorize, can } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { FOLLOWUP_STATE_LABELS, type FollowupState } from './levels.ts';
import { feedbackPolicy } from './policy.ts';
import type { Ratings } from './ratings.ts';
import type { FollowupActionInput } from './schemas.ts';
import * as store from './store.ts';

type FollowupRow = NonNullable<Awaited<ReturnType<typeof store.getFollowup>>>;

/** Which step an office may take from which state. */
const OFFICE_STEPS: Record<FollowupActionInput['action'], { from: FollowupState[]; to: FollowupState }> = {
  callback: { from: ['open', 'disputed'], to: 'called_back' },
  rectify: { from: ['called_back'], to: 'rectified' },
};
const WAITING_ON_OFFICE: FollowupState[] = ['open', 'called_back', 'disputed'];

export function createFollowups(db: Kysely<DB>, ratings: Ratings, opts: { now: () => Date }) {
  /** Supervisors see every follow-up; office staff those of their own office. */
  async function officeScope(p: Principal): Promise<string | undefined> {
    authorize(feedbackPolicy, p, 'rating.followup');
    if (can(feedbackPolicy, p, 'rating.supervise')) return undefined;
    const office = p.kind === 'user' ? await store.staffOffice(db, p.personId) : null;
    if (!office) throw new AppError('FORBIDDEN', '您不属于任何处室，不能处理差评整改');
    return office;
  }

  async function visible(p: Principal, id: string): Promise<FollowupRow> {
    const f = /^[0-9a-f-]{36}$/i.test(id) ? await store.getFollowup(db, id) : undefined;
    if (f) {
      if (p.kind === 'user' && (await store.getRating(db, f.rating_id))?.rater_person_id === p.personId) return f;
      if (can(feedbackPolicy, p, 'rating.followup')) {
        const office = await officeScope(p);
        if (office === undefined || office === f.office) return f;
      }
    }
    throw new AppError('FOLLOWUP_NOT_FOUND');
  }

  async function present(f: FollowupRow) {
    const [rating, events] = await Promise.all([store.getRating(db, f.rating_id), store.followupEvents(db, f.id)]);
    return {
      id: f.id,
      office: f.office,
      state: f.state,
      stateLabel: FOLLOWUP_STATE_LABELS[f.state],
      deadline: f.deadline,
      overdue: WAITING_ON_OFFICE.includes(f.state) && f.deadline < chinaDate(opts.now()),
      escalated: f.escalated_at !== null,
      openedAt: f.opened_at.toISOString(),
      closedAt: f.closed_at?.toISOString() ?? null,
      version: f.version,
      callbackNote: f.callback_note,
      problem: f.problem,
      actionTaken: f.action_taken,
      applicantNote: f.applicant_note,
      rating: await ratings.present(rating!),
      events: events.map((e) => ({ at: e.at.toISOString(), actor: e.actor, kind: e.kind, fromState: e.from_state, toState: e.to_state, note: e.note })),
    };
  }

  /** One step: the follow-up row (optimistic version), its event and its audit record together. */
  async function move(p: Principal, f: FollowupRow, expectedVersion: number, to: FollowupState, change: Parameters<typeof store.updateFollowup>[3], kind: string, note: string | null) {
    if (expectedVersion !== f.version) throw new AppError('FOLLOWUP_CHANGED');
    await db.transaction().execute(async (tx) => {
      if (!(await store.updateFollowup(tx, f.id, expectedVersion, { ...change, state: to }))) throw new AppError('FOLLOWUP_CHANGED');
      await store.insertFollowupEvent(tx, { followup_id: f.id, actor: actorOf(p).id, kind, from_state: f.state, to_state: to, note });
      await writeAudit(tx, { actor: actorOf(p).id, action: `rating_followup.${kind}`, subjectType: 'rating_followup', subjectId: f.id, data: { from: f.state, to } });
    });
    return present((await store.getFollowup(db, f.id))!);
  }

  return {
    async list(p: Principal, filter: { state?: string; overdue?: boolean; escalated?: boolean }, page: number, pageSize: number) {
      const office = await officeScope(p);
      const { rows, total } = await store.listFollowups(db, { office, state: filter.state, overdueOn: filter.overdue ? chinaDate(opts.now()) : undefined, escalated: filter.escalated }, page, pageSize);
      const today = chinaDate(opts.now());
      return {
        items: rows.map((r) => ({
          id: r.id, office: r.office, state: r.state, stateLabel: FOLLOWUP_STATE_LABELS[r.state], deadline: r.deadline,
          overdue: WAITING_ON_OFFICE.includes(r.state) && r.deadline < today, escalated: r.escalated_at !== null,
          level: r.level, comment: r.comment, tags: r.tags, itemName: r.item_name, caseId: r.case_id, pointCode: r.point_code, ratedAt: r.rated_at.toISOString(),
        })),
        total, page, pageSize,
      };
    },

    async get(p: Principal, id: string) {
      return present(await visible(p, id));
    },

    /** The office calls back (回访) and then records what it did (整改). */
    async officeStep(p: Principal, id: string, input: FollowupActionInput) {
      const f = await visible(p, id);
      const office = await officeScope(p); // the rater sees it too, but only the office acts
      if (office !== undefined && office !== f.office) throw new AppError('FOLLOWUP_NOT_FOUND');
      const step = OFFICE_STEPS[input.action];
      if (!step.from.includes(f.state)) throw new AppError('FOLLOWUP_STATE', `整改单当前为“${FOLLOWUP_STATE_LABELS[f.state]}”，不能执行该操作`);
      return input.action === 'callback'
        ? move(p, f, input.expectedVersion, step.to, { callback_note: input.callbackNote, problem: input.problem }, 'called_back', input.callbackNote)
        : move(p, f, input.expectedVersion, step.to, { action_taken: input.actionTaken }, 'rectified', input.actionTaken);
    },

    /** The rater confirms the rectification (closing it) or disputes it (back to the office). */
    async respond(p: Principal, id: string, input: { expectedVersion: number; satisfied: boolean; note?: string }) {
      const f = await visible(p, id);
      const rating = await store.getRating(db, f.rating_id);
      if (p.kind !== 'user' || rating?.rater_person_id !== p.personId) throw new AppError('FORBIDDEN', '只有评价人本人可以确认整改结果');
      if (f.state !== 'rectified') throw new AppError('FOLLOWUP_STATE', '整改完成后才能确认或提出异议');
      return input.satisfied
        ? move(p, f, input.expectedVersion, 'confirmed', { applicant_note: input.note ?? null, closed_at: opts.now() }, 'confirmed', input.note ?? null)
        : move(p, f, input.expectedVersion, 'disputed', { applicant_note: input.note ?? null }, 'disputed', input.note ?? null);
    },

    /**
     * Marks every follow-up past its deadline and still waiting on the office as escalated,
     * once each, with a notice to the supervisors through the outbox. Run by the daily job
     * (and safe to run by several instances: the mark is conditional).
     */
    async escalateOverdue(): Promise<number> {
      const now = opts.now();
      let n = 0;
      for (const f of await store.overdueUnescalated(db, chinaDate(now))) {
        const done = await db.transaction().execute(async (tx) => {
          if (!(await store.markEscalated(tx, f.id, now))) return false;
          await store.insertFollowupEvent(tx, { followup_id: f.id, actor: 'system', kind: 'escalated', from_state: f.state, to_state: f.state, note: `超过整改期限（${f.deadline}），已提请督办` });
          await enqueue(tx, { topic: 'notice.supervisor', idempotencyKey: `followup:${f.id}:escalated`, payload: { kind: 'rating_followup_overdue', followupId: f.id, office: f.office, deadline: f.deadline } });
          return true;
        });
        if (done) n++;
      }
      return n;
    },

    /** An office appeals a rating of its own it believes mistaken (申诉). */
    async appeal(p: Principal, ratingId: string, reason: string) {
      const office = await officeScope(p);
      const r = /^[0-9a-f-]{36}$/i.test(ratingId) ? await store.getRating(db, ratingId) : undefined;
      if (!r || (office !== undefined && r.office !== office)) throw new AppError('RATING_NOT_FOUND');
      const id = await db.transaction().execute(async (tx) => {
        const appealId = await store.insertAppeal(tx, { rating_id: r.id, office: r.office, reason, filed_by: actorOf(p).id });
        if (!appealId) throw new AppError('APPEAL_EXISTS');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'rating_appeal.filed', subjectType: 'rating', subjectId: r.id, data: { appealId, reason } });
        return appealId;
      });
      return { id, state: 'pending' as const };
    },

    async pendingAppeals(p: Principal) {
      authorize(feedbackPolicy, p, 'rating.supervise');
      return (await store.pendingAppeals(db)).map((a) => ({ id: a.id, ratingId: a.rating_id, office: a.office, reason: a.reason, filedAt: a.filed_at.toISOString(), level: a.level, comment: a.comment, tags: a.tags, itemName: a.item_name }));
    },

    /** The supervisor decides; upheld withdraws the follow-up and removes the rating from the figures. */
    async decideAppeal(p: Principal, appealId: string, input: { upheld: boolean; note: string }) {
      authorize(feedbackPolicy, p, 'rating.supervise');
      const a = /^[0-9a-f-]{36}$/i.test(appealId) ? await store.getAppeal(db, appealId) : undefined;
      if (!a) throw new AppError('APPEAL_NOT_FOUND');
      const state: 'upheld' | 'rejected' = input.upheld ? 'upheld' : 'rejected';
      await db.transaction().execute(async (tx) => {
        if (!(await store.decideAppeal(tx, a.id, { state, decided_by: actorOf(p).id, decided_at: opts.now(), decision_note: input.note }))) throw new AppError('APPEAL_DECIDED');
        if (input.upheld) {
          const f = await store.followupOfRating(tx, a.rating_id);
          if (f && f.state !== 'confirmed') {
            await store.updateFollowup(tx, f.id, f.version, { state: 'withdrawn', closed_at: opts.now() });
            await store.insertFollowupEvent(tx, { followup_id: f.id, actor: actorOf(p).id, kind: 'withdrawn', from_state: f.state, to_state: 'withdrawn', note: `申诉成立：${input.note}` });
          }
        }
        await writeAudit(tx, { actor: actorOf(p).id, action: 'rating_appeal.decided', subjectType: 'rating', subjectId: a.rating_id, data: { appealId: a.id, state, note: input.note } });
      });
      return { id: a.id, state };
    },
  };
}

export type Followups = ReturnType<typeof createFollowups>;
