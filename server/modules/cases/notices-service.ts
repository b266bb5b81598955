// The notices a case has (受理, 不予受理, 补正) and their content, gathered from the case and
// its timeline for the caller who may see the case.
import type { Kysely } from 'kysely';
import { chinaDate } from '../../lib/china-date.ts';
import { AppError } from '../../lib/errors.ts';
import type { DB } from '../../db/types.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { Principal } from '../identity/principal.ts';
import { correctionsOf, NOTICE_TITLES, noticeContent, type NoticeKind } from './notices.ts';
import { findVisibleCase, type CaseRow } from './service.ts';
import * as store from './store.ts';

type EventRow = Awaited<ReturnType<typeof store.events>>[number];

/** The event each notice records: the latest refusal (不受理 / 不予受理) and correction request (补齐补正). */
function noticeEvents(c: CaseRow, events: EventRow[]): Partial<Record<NoticeKind, { at: Date; event: EventRow | null }>> {
  const latest = (codes: string[]) => events.filter((e) => e.step_result !== null && codes.includes(e.step_result)).at(-1);
  const refusal = latest(['2', '3']);
  const correction = latest(['5']);
  return {
    ...(c.acceptance_no && c.accepted_at ? { acceptance: { at: c.accepted_at, event: null } } : {}),
    ...(refusal ? { refusal: { at: refusal.at, event: refusal } } : {}),
    ...(correction ? { correction: { at: correction.at, event: correction } } : {}),
  };
}

export function createNoticesService(db: Kysely<DB>, catalog: CatalogService) {
  return {
    async list(p: Principal, caseId: string) {
      const c = await findVisibleCase(db, p, caseId);
      const found = noticeEvents(c, await store.events(db, c.id));
      return Object.entries(found).map(([kind, v]) => ({ kind: kind as NoticeKind, title: NOTICE_TITLES[kind as NoticeKind], at: v.at.toISOString() }));
    },

    async content(p: Principal, caseId: string, kind: NoticeKind) {
      const c = await findVisibleCase(db, p, caseId);
      const found = noticeEvents(c, await store.events(db, c.id))[kind];
      if (!found) throw new AppError('NOTICE_NOT_AVAILABLE');
      const item = await catalog.itemVersion(c.item_code, c.item_version);
      return noticeContent(kind, {
        caseNo: c.case_no, itemName: c.item_name, applicantName: c.applicant_name, applicantType: c.applicant_type, submittedOn: chinaDate(c.submitted_at),
        issuer: item.content.department.name, issuedOn: chinaDate(found.at),
        acceptanceNo: c.acceptance_no, promisedDays: c.promised_days, promisedDeadline: c.promised_deadline,
        reason: found.event?.opinion ?? null,
        corrections: kind === 'correction' ? correctionsOf(found.event?.opinion ?? null, found.event?.data.corrections) : undefined,
      });
    },
  };
}

export type NoticesService = ReturnType<typeof createNoticesService>;
