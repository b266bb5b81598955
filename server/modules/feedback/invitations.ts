// 评价邀请: a concluded case still unrated 3 calendar days after conclusion (by the China date)
// sends its applicant one invitation to rate, through the notices (inbox, SMS, e-mail), with a
// link to the case's rating. Run by a daily job; the outbox message with its unique key is the
// record, so a case is never invited twice, whatever the number of runs or instances.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { writeAudit } from '../../lib/audit/audit-log.ts';
import { chinaDate } from '../../lib/china-date.ts';
import * as store from './store.ts';

/** Calendar days after conclusion before the invitation. */
export const INVITE_AFTER_DAYS = 3;
/** A case concluded longer ago than this is not invited (a sweep after downtime still catches up within it). */
export const INVITE_WITHIN_DAYS = 30;

const DAY_MS = 86_400_000;
/** The instant China's day `day` (YYYY-MM-DD) begins. */
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function createInvitations(db: Kysely<DB>, opts: { now: () => Date; publicUrl: () => string }) {
  return {
    /** Sends every invitation due today; the number sent. */
    async sendDue(): Promise<number> {
      const today = chinaMidnight(chinaDate(opts.now()));
      // Concluded on day D: invited from day D + 3 on, i.e. concluded before the start of today − 2.
      const to = new Date(today.getTime() - (INVITE_AFTER_DAYS - 1) * DAY_MS);
      const from = new Date(today.getTime() - INVITE_WITHIN_DAYS * DAY_MS);
      let sent = 0;
      for (const c of await store.casesToInvite(db, from, to)) {
        const link = `${opts.publicUrl()}/me/cases/${c.id}#rating`;
        const done = await db.transaction().execute(async (tx) => {
          if (!(await store.insertInvitation(tx, c.id, { caseId: c.id, caseNo: c.case_no, vars: { link } }))) return false;
          await writeAudit(tx, { actor: 'system', action: 'rating.invited', subjectType: 'case', subjectId: c.id, data: { key: store.invitationKey(c.id) } });
          return true;
        });
        if (done) sent++;
      }
      return sent;
    },
  };
}

export type Invitations = ReturnType<typeof createInvitations>;
