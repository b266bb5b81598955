// 好差评: one rating per concluded case (and rating round) and one per visit to a window or
// office; a real-name 差评 opens a follow-up in the same transaction. The rater may add to
// a rating later, never rate twice.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Queryable } from '../../db/types.ts';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import { maskMobile, maskName } from '../../lib/mask.ts';
import type { CatalogService } from '../catalog/service.ts';
import { findVisibleCase } from '../cases/service.ts';
import { enqueue } from '../cases/store.ts';
import { authorize } from '../identity/authorize.ts';
import { actorOf, type Principal } from '../identity/principal.ts';
import { isApplicantOf } from '../workflow/engine.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { APPEAL_STATE_LABELS, FOLLOWUP_STATE_LABELS, isBadRating, RATING_LEVEL_LABELS, type RatingLevel } from './levels.ts';
import { feedbackPolicy } from './policy.ts';
import type { CaseRatingInput, PointRatingInput } from './schemas.ts';
import * as store from './store.ts';

type RatingRow = NonNullable<Awaited<ReturnType<typeof store.getRating>>>;

export interface RatingsOptions {
  now: () => Date;
  /** Working days an office has to follow up a real-name bad rating (provinces use 5–15). */
  followupWorkingDays: number;
}

const hashed = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

export function createRatings(db: Kysely<DB>, catalog: CatalogService, calendar: CalendarService, opts: RatingsOptions) {
  async function present(q: Queryable, r: RatingRow) {
    const [adds, followup, appeal] = await Promise.all([store.additions(q, r.id), store.followupOfRating(q, r.id), store.appealOfRating(q, r.id)]);
    return {
      id: r.id,
      caseId: r.case_id,
      pointCode: r.point_code,
      round: r.round,
      channel: r.channel as '1',
      level: r.level,
      levelLabel: RATING_LEVEL_LABELS[r.level as RatingLevel],
      indicators: r.indicators,
      tags: r.tags,
      comment: r.comment,
      anonymous: r.anonymous,
      raterName: r.anonymous ? null : r.rater_name ? maskName(r.rater_name) : r.rater_phone ? maskMobile(r.rater_phone) : null,
      office: r.office,
      itemName: r.item_name,
      ratedAt: r.rated_at.toISOString(),
      additions: adds.map((a) => ({ comment: a.comment, at: a.at.toISOString() })),
      followup: followup ? { id: followup.id, state: followup.state, stateLabel: FOLLOWUP_STATE_LABELS[followup.state], deadline: followup.deadline } : null,
      appeal: appeal ? { id: appeal.id, state: appeal.state, stateLabel: APPEAL_STATE_LABELS[appeal.state] } : null,
    };
  }

  /**
   * Stores a rating; a real-name bad rating opens its follow-up (deadline on the working-day
   * calendar) in the same transaction. Everything is pushed to the provincial rating system
   * through the outbox.
   */
  async function store1(p: Principal, row: Parameters<typeof store.insertRating>[1], subject: string): Promise<string> {
    if (row.level < 3 && !(row.comment && row.comment.length > 0) && row.tags!.length === 0) throw new AppError('RATING_REASON_REQUIRED');
    const cal = await calendar.current();
    const deadline = cal.addWorkingDays(chinaDate(opts.now()), opts.followupWorkingDays);
    return db.transaction().execute(async (tx) => {
      const id = await store.insertRating(tx, row);
      if (!id) throw new AppError('RATING_EXISTS');
      if (isBadRating(row.level) && !row.anonymous) {
        const followupId = await store.insertFollowup(tx, { rating_id: id, office: row.office, deadline });
        await store.insertFollowupEvent(tx, { followup_id: followupId, actor: 'system', kind: 'opened', from_state: null, to_state: 'open', note: `实名差评，须于 ${deadline} 前回访整改` });
      }
      await writeAudit(tx, { actor: actorOf(p).id, action: 'rating.created', subjectType: 'rating', subjectId: id, data: { subject, level: row.level } });
      await enqueue(tx, { topic: 'rating.push', idempotencyKey: `rating:${id}`, payload: { ratingId: id } });
      return id;
    });
  }

  return {
    async rateCase(p: Principal, caseId: string, input: CaseRatingInput) {
      const c = await findVisibleCase(db, p, caseId);
      if (p.kind !== 'user' || !isApplicantOf(p, { applicantPersonId: c.applicant_person_id, applicantEnterpriseId: c.applicant_enterprise_id })) {
        throw new AppError('FORBIDDEN', '只有申请人可以评价自己的办件');
      }
      if (!c.concluded_at) throw new AppError('RATING_NOT_OPEN');
      let office = '';
      try {
        office = (await catalog.publishedItem(c.item_code)).content.office;
      } catch {
        office = '未指定处室'; // a retired item: the rating still counts
      }
      const id = await store1(p, {
        case_id: c.id, point_code: null, visit_key: null, channel: input.channel, level: input.level, indicators: input.indicators as Record<string, number>,
        tags: input.tags, comment: input.comment || null, anonymous: input.anonymous,
        rater_person_id: p.personId, rater_name: p.name, rater_phone: null, office, item_code: c.item_code, item_name: c.item_name,
      }, `case:${c.id}`);
      return present(db, (await store.getRating(db, id))!);
    },

    /** The rating of a case, for whoever may see the case; null while unrated. */
    async caseRating(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const r = await store.ratingOfCase(db, c.id);
      return r ? present(db, r) : null;
    },

    /** The rater adds to their rating (追加评价); the rating itself stays as given. */
    async append(p: Principal, ratingId: string, comment: string) {
      const r = /^[0-9a-f-]{36}$/i.test(ratingId) ? await store.getRating(db, ratingId) : undefined;
      if (!r || p.kind !== 'user' || r.rater_person_id !== p.personId) throw new AppError('RATING_NOT_FOUND');
      await db.transaction().execute(async (tx) => {
        await store.addAddition(tx, r.id, comment);
        await writeAudit(tx, { actor: actorOf(p).id, action: 'rating.appended', subjectType: 'rating', subjectId: r.id });
      });
      return present(db, r);
    },

    /** What the QR page of a window or office shows before rating. */
    async point(code: string) {
      const pt = /^[A-Za-z0-9-]{2,32}$/.test(code) ? await store.getPoint(db, code) : undefined;
      if (!pt || !pt.active) throw new AppError('RATING_POINT_NOT_FOUND');
      return { code: pt.code, kind: pt.kind, name: pt.name, office: pt.office, active: pt.active };
    },

    /**
     * A rating after a visit, by QR code. One per visit, where a visit is the rater on that
     * day at that point: a signed-in person, a phone number (real-name without login), or an
     * anonymous device token.
     */
    async ratePoint(p: Principal, code: string, input: PointRatingInput) {
      const pt = await this.point(code);
      const day = chinaDate(opts.now());
      let rater: { person: string | null; name: string | null; phone: string | null; key: string };
      if (p.kind === 'user') rater = { person: p.personId, name: p.name, phone: null, key: `person:${p.personId}` };
      else if (input.phone) rater = { person: null, name: input.name ?? null, phone: input.phone, key: `phone:${hashed(input.phone)}` };
      else if (input.visitToken) rater = { person: null, name: null, phone: null, key: `device:${hashed(input.visitToken)}` };
      else throw new AppError('RATER_REQUIRED');
      const anonymous = input.anonymous || (rater.person === null && rater.phone === null);
      const id = await store1(p, {
        case_id: null, point_code: pt.code, visit_key: `${rater.key}:${day}`, channel: '3', level: input.level, indicators: input.indicators as Record<string, number>,
        tags: input.tags, comment: input.comment || null, anonymous,
        rater_person_id: rater.person, rater_name: rater.name, rater_phone: rater.phone, office: pt.office, item_code: null, item_name: pt.name,
      }, `point:${pt.code}`);
      return present(db, (await store.getRating(db, id))!);
    },

    async listPoints(p: Principal) {
      authorize(feedbackPolicy, p, 'rating.points.manage');
      return (await store.listPoints(db)).map((x) => ({ code: x.code, kind: x.kind, name: x.name, office: x.office, active: x.active }));
    },

    async createPoint(p: Principal, input: { code: string; kind: 'window' | 'office'; name: string; office: string }) {
      authorize(feedbackPolicy, p, 'rating.points.manage');
      await db.transaction().execute(async (tx) => {
        if (!(await store.insertPoint(tx, input))) throw new AppError('RATING_POINT_EXISTS');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'rating_point.created', subjectType: 'rating_point', subjectId: input.code, data: input });
      });
      return { ...input, active: true };
    },

    async updatePoint(p: Principal, code: string, change: { name?: string; office?: string; active?: boolean }) {
      authorize(feedbackPolicy, p, 'rating.points.manage');
      await db.transaction().execute(async (tx) => {
        if (!(await store.updatePoint(tx, code, change))) throw new AppError('RATING_POINT_NOT_FOUND');
        await writeAudit(tx, { actor: actorOf(p).id, action: 'rating_point.updated', subjectType: 'rating_point', subjectId: code, data: change });
      });
      const pt = (await store.getPoint(db, code))!;
      return { code: pt.code, kind: pt.kind, name: pt.name, office: pt.office, active: pt.active };
    },

    /** Satisfaction and follow-up figures, computed from the records (supervisors). */
    async figures(p: Principal, filter: { from?: string; to?: string; office?: string; itemCode?: string }) {
      authorize(feedbackPolicy, p, 'rating.supervise');
      const { levels, followups } = await store.ratingFigures(db, {
        from: filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined,
        to: filter.to ? new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
        office: filter.office, itemCode: filter.itemCode,
      });
      const byLevel = Object.fromEntries([5, 4, 3, 2, 1].map((l) => [String(l), levels.find((x) => x.level === l)?.n ?? 0])) as Record<string, number>;
      const total = Object.values(byLevel).reduce((a, b) => a + b, 0);
      const satisfied = byLevel['5']! + byLevel['4']! + byLevel['3']!;
      const fu = Object.fromEntries(followups.map((f) => [f.state, f.n])) as Record<string, number>;
      const fuTotal = Object.values(fu).reduce((a, b) => a + b, 0);
      const rectified = (fu.rectified ?? 0) + (fu.confirmed ?? 0);
      return {
        total,
        byLevel,
        satisfactionRate: total ? satisfied / total : null,
        badRatings: byLevel['2']! + byLevel['1']!,
        followups: fuTotal,
        followupsByState: fu,
        rectificationRate: fuTotal ? rectified / fuTotal : null,
        confirmedRate: fuTotal ? (fu.confirmed ?? 0) / fuTotal : null,
      };
    },

    present: (r: RatingRow) => present(db, r),
  };
}

export type Ratings = ReturnType<typeof createRatings>;
