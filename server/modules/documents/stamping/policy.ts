// Who may do what with stamped application documents besides the applicant (who downloads their own).
import { definePolicy } from '../../identity/authorize.ts';

export const stampingPolicy = definePolicy({
  /** Build a new version (e.g. after the materials were corrected): older printouts then scan as 旧版本. */
  'document.regenerate': { roles: ['item_manager'] },
});
