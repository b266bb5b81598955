// Rules about a case's materials that the workflow needs: which required materials are still
// missing (the "materialsComplete" guard, 一次性告知 of all of them), and at acceptance the
// date by which each tolerated (容缺) material must be supplied, on the working-day calendar.
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { DEFAULT_TOLERANCE_SUPPLY_DAYS, type Material } from '../catalog/schema.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { WorkingCalendar } from '../workflow/calendar/calendar.ts';
import * as store from './store.ts';

/** Whether the applicant provides this material online (not from the licence library, not paper only). */
export const providedOnline = (m: Material): boolean => m.fileFormats.length > 0 && m.form !== 'paper';

export const supplyDaysOf = (m: Material): number => m.toleranceSupplyDays ?? DEFAULT_TOLERANCE_SUPPLY_DAYS;

interface CaseRef {
  id: string;
  item_code: string;
  item_version: number;
}

/** Names of the required online materials with no current upload, commitment or tolerance, in list order. */
export async function missingRequiredMaterials(q: Queryable, catalog: CatalogService, c: CaseRef): Promise<string[]> {
  const [version, rows] = await Promise.all([catalog.itemVersion(c.item_code, c.item_version), store.currentMaterials(q, c.id)]);
  const provided = new Set(rows.map((r) => r.material_index));
  return version.content.materials.flatMap((m, i) => (m.required && providedOnline(m) && !provided.has(i) ? [m.name] : []));
}

/** The supply date of a tolerated material accepted on `acceptedOn`, or null while that year's calendar is not loaded. */
export function supplyDeadline(cal: WorkingCalendar, acceptedOn: string, m: Material): string | null {
  try {
    return cal.addWorkingDays(acceptedOn, supplyDaysOf(m));
  } catch (err) {
    if (err instanceof AppError && err.code === 'CALENDAR_YEAR_NOT_LOADED') return null;
    throw err;
  }
}

/**
 * At acceptance (inside its transaction): each tolerated material gets its supply date,
 * counted in working days from the day of acceptance (that day not counted). Returns them
 * for the acceptance's timeline event. `materials` is the case's item version's list, read
 * before the transaction (the catalogue reads outside it).
 */
export async function fixSupplyDeadlines(tx: Queryable, materials: Material[], cal: WorkingCalendar, caseId: string, acceptedOn: string) {
  const rows = (await store.currentMaterials(tx, caseId)).filter((r) => r.kind === 'tolerance');
  const fixed: Array<{ index: number; name: string; supplyDeadline: string | null }> = [];
  for (const r of rows) {
    const m = materials[r.material_index];
    if (!m) continue;
    const deadline = supplyDeadline(cal, acceptedOn, m);
    await store.setSupplyDeadline(tx, r.id, deadline);
    fixed.push({ index: r.material_index, name: m.name, supplyDeadline: deadline });
  }
  return fixed;
}
