// The feedback module's recurring jobs on the durable job runner (one run per day across
// instances; see server/lib/jobs): invitations to rate, and the escalation of overdue
// follow-ups of bad ratings and of overdue consultations and complaints.
import type { JobRunner } from '../../lib/jobs/index.ts';
import type { FeedbackService } from './service.ts';

export const FEEDBACK_JOB = {
  invite: 'feedback.ratings.invite',
  escalateFollowups: 'feedback.followups.escalate-overdue',
  escalateInquiries: 'feedback.inquiries.escalate-overdue',
} as const;

/** Invitations in the morning (not by SMS at night); escalations after the day's 08:00 deadline summary. */
export function registerFeedbackJobs(jobs: JobRunner, f: FeedbackService): void {
  jobs.recurring(FEEDBACK_JOB.invite, { dailyAt: '10:00' }, async () => void (await f.invitations.sendDue()));
  jobs.recurring(FEEDBACK_JOB.escalateFollowups, { dailyAt: '08:30' }, async () => void (await f.followups.escalateOverdue()));
  jobs.recurring(FEEDBACK_JOB.escalateInquiries, { dailyAt: '08:30' }, async () => void (await f.inquiries.escalateOverdue()));
}
