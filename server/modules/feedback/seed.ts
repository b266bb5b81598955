// Demo rating points: the department's hall window and its offices, each with a QR code
// printed from the admin page (ratings after a visit).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { CENTRE_WINDOW, OFFICES } from '../catalog/seed/common.ts';
import { insertPoint } from './store.ts';

const DEMO_POINTS = [
  { code: 'W-HALL-01', kind: 'window', name: '省政务服务中心科技厅窗口 1 号', office: CENTRE_WINDOW.name },
  { code: 'W-HALL-02', kind: 'window', name: '省政务服务中心科技厅窗口 2 号', office: CENTRE_WINDOW.name },
  { code: 'O-CONDFIN', kind: 'office', name: OFFICES.conditionsFinance.name, office: OFFICES.conditionsFinance.name },
  { code: 'O-HIGHTECH', kind: 'office', name: OFFICES.highTech.name, office: OFFICES.highTech.name },
] as const;

/** Adds the demo points that are missing; returns how many were added. */
export async function seedDemoRatingPoints(db: Kysely<DB>): Promise<number> {
  let n = 0;
  for (const p of DEMO_POINTS) if (await insertPoint(db, p)) n++;
  return n;
}
