// Who may do what with ratings besides the rater (whose rights come from the case or visit).
import { definePolicy } from '../identity/authorize.ts';

export const feedbackPolicy = definePolicy({
  /** Follow up bad ratings of one's own office: call back, record the rectification, appeal. */
  'rating.followup': { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor'] },
  /** See every rating and follow-up, decide appeals, receive escalations. */
  'rating.supervise': { roles: ['supervisor', 'admin'] },
  /** Answer consultations, complaints and the director's mailbox routed to one's office (首问负责). */
  'inquiry.handle': { roles: ['item_manager', 'window_clerk', 'decision_maker', 'supervisor', 'admin'] },
  /** Keep the list of rated windows and offices and print their QR codes. */
  'rating.points.manage': { roles: ['admin'] },
});
