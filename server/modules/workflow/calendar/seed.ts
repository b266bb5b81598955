// Loads every year `chinese-days` carries (2004–2026 in 1.5.7) at each start, in one
// transaction with its audit record. Years already present are left alone: an
// administrator may have corrected them, and a second start changes nothing.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { readPackageCalendar } from './package-data.ts';
import * as store from './store.ts';

export const SEED_ACTOR = 'system:calendar-seed';

export interface SeedResult {
  /** The years added now (empty when all were there). */
  years: number[];
  days: number;
}

export async function seedCalendar(db: Kysely<DB>): Promise<SeedResult> {
  const pkg = readPackageCalendar();
  const present = await store.loadedYears(db);
  if ([...pkg.years.keys()].every((y) => present.has(y))) return { years: [], days: 0 };

  return db.transaction().execute(async (tx) => {
    const added: number[] = [];
    let days = 0;
    const note = `npm 包 chinese-days ${pkg.version}（依据国务院办公厅历年节假日安排通知）`;
    for (const [year, list] of pkg.years) {
      if (!(await store.insertYearIfMissing(tx, { year, source: 'chinese-days', note, loadedBy: SEED_ACTOR }))) continue;
      await store.insertDays(tx, year, list);
      added.push(year);
      days += list.length;
    }
    if (added.length > 0) {
      await writeAudit(tx, {
        actor: SEED_ACTOR,
        action: 'calendar.seeded',
        subjectType: store.AUDIT_SUBJECT,
        subjectId: added.length === 1 ? String(added[0]) : `${added[0]}-${added.at(-1)}`,
        data: { source: 'chinese-days', version: pkg.version, years: added, days },
      });
    }
    return { years: added, days };
  });
}
