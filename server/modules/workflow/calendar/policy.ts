// Who may do what with the working-day calendar. Computing deadlines needs no permission
// (other modules call the service); looking after the years' holidays is for administrators.
import { definePolicy } from '../../identity/authorize.ts';

export const calendarPolicy = definePolicy({
  /** See the loaded years, load or correct a year's holidays and 调休 days. */
  'calendar.manage': { roles: ['admin'] },
});
