// Who may do what with the expert pool and panels.
import { definePolicy } from '../identity/authorize.ts';

export const expertsPolicy = definePolicy({
  /** See the pool (names, specialties, units, declared relations). */
  'pool.list': { roles: ['admin', 'item_manager', 'supervisor'] },
  /** Add, change or deactivate expert profiles. */
  'pool.manage': { roles: ['admin'] },
  /** Assign experts to a case's expert step by hand or by draw. */
  'panel.assign': { roles: ['item_manager'] },
  /** See every expert's opinion side by side (会签). Experts see only their own. */
  'panel.read': { roles: ['item_manager', 'decision_maker', 'supervisor', 'admin'] },
  /** Give one's opinion as an assigned expert. */
  'panel.answer': { roles: ['expert'] },
});
