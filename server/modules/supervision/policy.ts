// Who may do what with reform tasks (督办).
import { definePolicy } from '../identity/authorize.ts';

export const supervisionPolicy = definePolicy({
  /** Import task tables, create tasks, remind offices, close tasks out (销号). */
  'task.manage': { roles: ['supervisor', 'admin'] },
  /** See the tasks one's office leads or shares and report progress on them. */
  'task.report': { roles: ['item_manager', 'window_clerk', 'decision_maker', 'service_point_clerk', 'receiving_unit_clerk', 'expert', 'supervisor', 'admin'] },
});
