// With the bundled provider, the demo staff accounts exist in our staff table with their
// roles (a real department's staff and roles are managed by administrators).
import type { IdentityService } from '../service.ts';
import { demoAccounts } from './demo-accounts.ts';

export async function seedDemoStaff(identity: IdentityService): Promise<void> {
  await identity.seedStaff(
    demoAccounts.flatMap((a) =>
      // (demo staff see every case unless the account says otherwise, so each can play every journey)
      a.kind === 'staff' ? [{ idNumber: a.idNumber, name: a.name, mobile: a.mobile, staffNo: a.staffNo, office: a.office, roles: a.roles, scope: a.scope ?? {} }] : [],
    ),
  );
}
