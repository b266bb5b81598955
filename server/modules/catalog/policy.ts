// Who may do what with the catalogue. Reading published guides is public.
import { definePolicy } from '../identity/authorize.ts';

export const catalogPolicy = definePolicy({
  /** Create, edit, publish and retire service items. */
  'catalog.manage': ['admin', 'item_manager'],
});
