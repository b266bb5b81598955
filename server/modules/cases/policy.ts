// Who may do what with cases besides the applicant (whose rights come from owning the case).
import { definePolicy } from '../identity/authorize.ts';

export const casesPolicy = definePolicy({
  /** Read any case (data scopes of roles will narrow this per office, region and item). */
  'case.read': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'supervisor', 'admin'], scope: 'cases:read' },
  /** See a work queue. */
  'case.queue': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'expert', 'service_point_clerk', 'receiving_unit_clerk'] },
  /** Submit an application for an applicant at the window (帮代办). */
  'case.submitOnBehalf': { roles: ['window_clerk'] },
});
