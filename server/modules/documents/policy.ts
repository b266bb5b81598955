// Who may do what with seals, sealed documents and licences (the applicant's rights come
// from owning the case or holding the licence; the public only verifies).
import { definePolicy } from '../identity/authorize.ts';

export const documentsPolicy = definePolicy({
  /** Manage seals: create, import, set who may use them, see their usage log. */
  'seal.manage': { roles: ['admin'] },
  /** Issue a sealed document on a case by hand (and the seal must allow the person's role and the item). */
  'document.issue': { roles: ['item_manager', 'decision_maker', 'window_clerk'] },
  /**
   * See every licence (lists, details) with full holder codes. People only: other departments'
   * programs use the audited sharing API (scope licences:read, ID numbers masked; integration/sharing).
   */
  'licence.read': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'supervisor', 'admin'] },
  /** Revoke (注销) a licence. */
  'licence.revoke': { roles: ['decision_maker', 'admin'] },
});
