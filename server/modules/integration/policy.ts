// Who may do what with the connections to other systems.
import { definePolicy } from '../identity/authorize.ts';

export const integrationPolicy = definePolicy({
  /** See outgoing messages, reconciliation reports and notice deliveries. */
  'outbox.read': { roles: ['admin', 'supervisor'], scope: 'integration:manage' },
  /** Retry a dead message or discard one (with a reason). */
  'outbox.manage': { roles: ['admin'], scope: 'integration:manage' },
  /** Start a reconciliation with the provincial platform. */
  'platform.reconcile': { roles: ['admin'], scope: 'integration:manage' },
  /** Edit the notice templates. */
  'notice.templates': { roles: ['admin'] },
  /** Run a credit check on a case, see its results. */
  'credit.check': { roles: ['item_manager', 'decision_maker', 'window_clerk', 'admin'] },
  /** Let a listed applicant's case go on, with a reason on record. */
  'credit.override': { roles: ['decision_maker'] },
  /** Import the offline dishonesty list (CSV) and set per-item rules. */
  'credit.manage': { roles: ['admin'] },
  /** Other departments' systems: case status by case number. */
  'share.cases': { roles: [], scope: 'cases:read' },
  /** Other departments' systems: electronic licences by number or holder, and verification of a licence code. */
  'share.licences': { roles: [], scope: 'licences:read' },
  /** Other departments' systems: send a data request and follow its own requests. */
  'share.requests': { roles: [], scope: 'data-requests:write' },
  /** See data requests from other departments, with their deadlines (supervisors see the overdue ones). */
  'datareq.read': { roles: ['item_manager', 'decision_maker', 'supervisor', 'admin'] },
  /** Enter a request received on paper or by letter; answer one (the approval kind once approved). */
  'datareq.handle': { roles: ['item_manager'] },
  /** Approve giving data that needs approval (10-working-day kind); refuse such a request. */
  'datareq.approve': { roles: ['decision_maker'] },
});
