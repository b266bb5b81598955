// 数据看板: every figure computed from the records for a period, an office and an item —
// cases (received, accepted, concluded on time or late, running past their deadline, working
// days used against the limits, submitted without a visit), items needing no visit, materials
// the applicants did not have to submit, satisfaction by level, the rectification of bad
// ratings, messages answered on time, reform tasks — and the same figures as tables that
// the page shows and exports.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { chinaDate } from '../../../lib/china-date.ts';
import { AppError } from '../../../lib/errors.ts';
import { NO_VISIT_TARGET } from '../../catalog/reform-figures.ts';
import { queueWhere } from '../../cases/queue-filter.ts';
import { INQUIRY_KINDS, INQUIRY_RULES } from '../../feedback/inquiry-rules.ts';
import { RATING_LEVEL_LABELS, RATING_LEVELS } from '../../feedback/levels.ts';
import { authorize } from '../../identity/authorize.ts';
import type { Principal } from '../../identity/principal.ts';
import type { CalendarService } from '../../workflow/calendar/service.ts';
import { supervisionPolicy } from '../policy.ts';
import type { Dashboard, DashboardQuery } from './schemas.ts';
import * as store from './store.ts';
import { buildTables } from './tables.ts';

/** 实名差评回访整改率 target (国办发〔2019〕51号). */
export const RECTIFICATION_TARGET = 1;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
export const ratio = (n: number, of: number): number | null => (of === 0 ? null : round(n / of, 4));
const average = (sum: number, n: number): number | null => (n === 0 ? null : round(sum / n, 1));
const sumOf = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

/**
 * The offices a person sees on the dashboard: all (null) if any of their dashboard roles is
 * unlimited by office, else the union of those roles' office scopes.
 */
export function dashboardOffices(p: Principal): string[] | null {
  if (p.kind !== 'user') return null;
  const union = new Set<string>();
  for (const role of p.roles.filter((r) => supervisionPolicy['dashboard.view'].roles.includes(r))) {
    const offices = p.scopes[role]?.offices ?? [];
    if (offices.length === 0) return null;
    for (const o of offices) union.add(o);
  }
  return [...union];
}

export function createDashboard(db: Kysely<DB>, calendar: CalendarService, opts: { now: () => Date }) {
  return {
    async figures(p: Principal, q: DashboardQuery): Promise<Dashboard> {
      authorize(supervisionPolicy, p, 'dashboard.view');
      const today = chinaDate(opts.now());
      const scope = dashboardOffices(p);
      if (q.office && scope !== null && !scope.includes(q.office)) throw new AppError('FORBIDDEN', '只能查看本人数据范围内处室的统计');
      const offices = q.office ? [q.office] : scope;
      const from = q.from ?? `${today.slice(0, 4)}-01-01`;
      const to = q.to ?? today;
      if (from > to) throw new AppError('VALIDATION_FAILED', '起始日不能晚于截止日');
      const f: store.DashboardFilter = { from, to, offices, itemCode: q.itemCode };
      // "Overdue" exactly as the workbench filters it (the last working day on or before today).
      const { search } = await queueWhere(db, [], { deadline: 'overdue' }, { today, calendar: () => calendar.current() });
      const before = search.deadline?.status === 'overdue' ? search.deadline.before : today;

      const [caseRows, trend, running, ratingRows, inquiries, tasks, visits, names] = await Promise.all([
        store.caseSums(db, f), store.caseTrend(db, f), store.runningNow(db, f, before), store.ratingSums(db, f),
        store.inquirySums(db, f, today), store.taskSums(db, offices, today), store.itemVisits(db, f), store.itemNames(db),
      ]);

      const c = (k: keyof store.CaseRow) => sumOf(caseRows, (r) => Number(r[k]));
      const concludedTimed = c('concluded_timed');
      const concludedLate = c('concluded_late');
      const received = c('received');
      const cases: Dashboard['cases'] = {
        received,
        accepted: c('accepted'),
        concluded: c('concluded'),
        concludedTimed,
        concludedOnTime: concludedTimed - concludedLate,
        concludedLate,
        onTimeRate: ratio(concludedTimed - concludedLate, concludedTimed),
        running: sumOf(running, (r) => r.running),
        runningOverdue: sumOf(running, (r) => r.overdue),
        receivedOnline: c('received_online'),
        noVisitShare: ratio(c('received_online'), received),
        avgUsedDays: average(c('used_days'), c('used_known')),
        avgPromisedDays: average(c('promised_days'), c('used_known')),
        avgStatutoryDays: average(c('statutory_days'), c('statutory_known')),
        avgUsedDaysStatutory: average(c('used_statutory_days'), c('statutory_known')),
      };

      const published = sumOf(visits, (v) => v.items);
      const noVisit = sumOf(visits, (v) => v.no_visit);
      const items: Dashboard['items'] = { published, noVisit, noVisitShare: ratio(noVisit, published), target: NO_VISIT_TARGET, met: published > 0 && noVisit / published >= NO_VISIT_TARGET };

      const materials = { reuse: c('avoided_reuse'), licence: c('avoided_licence'), commitment: c('avoided_commitment'), total: 0 };
      materials.total = materials.reuse + materials.licence + materials.commitment;

      const levelCount = (l: number) => sumOf(ratingRows, (r) => r[`level${l}` as 'level5']);
      const ratingsTotal = sumOf(RATING_LEVELS as unknown as number[], levelCount);
      const satisfied = levelCount(5) + levelCount(4) + levelCount(3);
      const satisfaction: Dashboard['satisfaction'] = {
        total: ratingsTotal,
        byLevel: RATING_LEVELS.map((l) => ({ level: l, label: RATING_LEVEL_LABELS[l], count: levelCount(l), share: ratio(levelCount(l), ratingsTotal) })),
        satisfied,
        rate: ratio(satisfied, ratingsTotal),
        bad: levelCount(2) + levelCount(1),
      };
      const followups = sumOf(ratingRows, (r) => r.followups);
      const rectified = sumOf(ratingRows, (r) => r.rectified);
      const rectification = { followups, rectified, confirmed: sumOf(ratingRows, (r) => r.confirmed), rate: ratio(rectified, followups), target: RECTIFICATION_TARGET };

      const byKind = INQUIRY_KINDS.map((kind) => {
        const r = inquiries.received.find((x) => x.kind === kind);
        const answered = r?.answered ?? 0;
        const onTime = r?.answered_on_time ?? 0;
        return {
          kind, label: INQUIRY_RULES[kind].label, received: r?.received ?? 0, answered, answeredOnTime: onTime, answeredLate: answered - onTime,
          onTimeRate: ratio(onTime, answered), overdueOpen: inquiries.overdue.find((x) => x.kind === kind)?.overdue ?? 0,
        };
      });
      const complaints = byKind.find((k) => k.kind === 'complaint')!;

      const taskFigures: Dashboard['tasks'] = {
        total: tasks.total, openOnTime: tasks.open_on_time, overdue: tasks.overdue, closedOnTime: tasks.closed_on_time, closedLate: tasks.closed_late,
        closed: tasks.closed_on_time + tasks.closed_late, longTerm: tasks.long_term,
      };

      const visible = names.filter((n) => scope === null || scope.includes(n.office));
      const result: Omit<Dashboard, 'tables'> = {
        filter: { from, to, office: q.office ?? null, itemCode: q.itemCode ?? null, today },
        scope: { offices: scope },
        cases,
        items,
        materials,
        satisfaction,
        rectification,
        inquiries: { byKind, complaintsOnTimeRate: complaints.onTimeRate },
        tasks: taskFigures,
        trend: trend.map((t) => ({ month: t.month, received: t.received, concluded: t.concluded, concludedLate: t.concluded_late })),
        options: {
          offices: [...new Set(visible.map((n) => n.office))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
          items: visible.filter((n) => n.published).map((n) => ({ code: n.code, name: n.name, office: n.office })),
        },
      };
      return { ...result, tables: buildTables(result, { caseRows, running, ratingRows, names }) };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboard>;
