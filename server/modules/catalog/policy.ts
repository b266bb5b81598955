// Who may do what with the catalogue. Reading published guides is public.
import { definePolicy } from '../identity/authorize.ts';

export const catalogPolicy = definePolicy({
  /** Create, edit, publish and retire service items (also: a program with catalog:manage). */
  'catalog.manage': { roles: ['admin', 'item_manager'], scope: 'catalog:manage' },
});
