// Paper intake: who may scan printouts at a desk, batch them at a service point, receive them.
import { definePolicy } from '../../identity/authorize.ts';

export const paperPolicy = definePolicy({
  /** Scan a printout's QR code and see the case's key data (the signed token proves the paper is in hand). */
  'paper.scan': { roles: ['item_manager', 'window_clerk', 'service_point_clerk', 'receiving_unit_clerk'] },
  /** Collect printouts into batches, print the manifest, mail them (受理点). */
  'paper.batch': { roles: ['service_point_clerk'] },
  /** Check a batch in: scan each printout, flag missing and unexpected ones (材料代收单位). */
  'paper.receive': { roles: ['receiving_unit_clerk'] },
  /** See batches. */
  'paper.batch.read': { roles: ['service_point_clerk', 'receiving_unit_clerk', 'item_manager', 'supervisor'] },
});
