// Who may do what in the identity module.
import { definePolicy } from './authorize.ts';

export const identityPolicy = definePolicy({
  /** See the staff list (names, masked ID numbers, roles and scopes). */
  'staff.list': { roles: ['admin'] },
  /** Add staff, change their roles, scopes, office, or deactivate them. */
  'staff.manage': { roles: ['admin'] },
  /** Read a person's full ID number and mobile (each read is audited). */
  'person.readPersonalData': { roles: ['admin'] },
});
