// Who may do what with reform tasks (督办) and the live statistics (数据看板).
import { definePolicy } from '../identity/authorize.ts';

export const supervisionPolicy = definePolicy({
  /** Import task tables, create tasks, remind offices, close tasks out (销号). */
  'task.manage': { roles: ['supervisor', 'admin'] },
  /** See the tasks one's office leads or shares and report progress on them. */
  'task.report': { roles: ['item_manager', 'window_clerk', 'decision_maker', 'service_point_clerk', 'receiving_unit_clerk', 'expert', 'supervisor', 'admin'] },
  /**
   * The dashboard: supervisors, the heads who approve (审批负责人, the department's leaders on
   * this platform) and administrators — each within their role's office scope (dashboard/scope.ts).
   */
  'dashboard.view': { roles: ['supervisor', 'decision_maker', 'admin'] },
});
