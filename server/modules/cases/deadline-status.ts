// Deadline status of a case (the workbench's colours and filter). No imports: the web app uses it too.

/** Working days left at or below which a deadline is "due soon" (orange). */
export const DUE_SOON_WORKING_DAYS = 3;

export const DEADLINE_STATUSES = ['overdue', 'dueSoon', 'normal'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * Overdue (red) below 0 working days left; due soon (orange) at 0–3 while the clock runs;
 * normal otherwise — no deadline yet, or a stopped clock with time left.
 */
export function deadlineStatus(remainingWorkingDays: number | null, clockStopped: boolean): DeadlineStatus {
  if (remainingWorkingDays === null) return 'normal';
  if (remainingWorkingDays < 0) return 'overdue';
  return !clockStopped && remainingWorkingDays <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'normal';
}
