// With the bundled provider, the demo experts (staff with the expert role) are in the pool.
import { demoAccounts } from '../identity/idp/demo-accounts.ts';
import type { ExpertPool } from './pool.ts';

export async function seedDemoExperts(pool: ExpertPool): Promise<void> {
  await pool.seed(demoAccounts.flatMap((a) => (a.kind === 'staff' && a.expert ? [{ idNumber: a.idNumber, ...a.expert, active: true }] : [])));
}
