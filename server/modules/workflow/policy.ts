// Who may do what with workflow definitions.
import { definePolicy } from '../identity/authorize.ts';

export const workflowPolicy = definePolicy({
  /** See the shipped workflow definitions (drawn as diagrams in the admin console). */
  'workflow.read': { roles: ['admin'] },
});
