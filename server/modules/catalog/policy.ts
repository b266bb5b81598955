// Who may do what with the catalogue. Reading published guides is public.
import type { StaffRole } from '../identity/tables.ts';

/** Staff roles that may create, edit, publish and retire service items. */
export const CATALOG_MANAGERS: readonly StaffRole[] = ['admin', 'item_manager'];
