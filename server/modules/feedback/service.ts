// The feedback module: ratings (好差评), the follow-up of bad ones, invitations to rate, and
// consultations and complaints. Its daily jobs are registered by jobs.ts.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { CalendarService } from '../workflow/calendar/service.ts';
import { createFollowups } from './followups.ts';
import { createInquiries } from './inquiries.ts';
import { createInvitations } from './invitations.ts';
import { createRatings } from './ratings.ts';

export interface FeedbackOptions {
  now?: () => Date;
  /** Working days to follow up a real-name bad rating (RATING_FOLLOWUP_DAYS; provinces use 5–15). */
  followupWorkingDays?: number;
  /** The site's public address, for the link in an invitation to rate. */
  publicUrl?: () => string;
}

export function createFeedbackService(db: Kysely<DB>, catalog: CatalogService, calendar: CalendarService, opts: FeedbackOptions = {}) {
  const now = opts.now ?? (() => new Date());
  const ratings = createRatings(db, catalog, calendar, { now, followupWorkingDays: opts.followupWorkingDays ?? 5 });
  return {
    ratings,
    followups: createFollowups(db, ratings, { now }),
    inquiries: createInquiries(db, catalog, calendar, { now }),
    invitations: createInvitations(db, { now, publicUrl: opts.publicUrl ?? (() => 'http://localhost:3000') }),
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
