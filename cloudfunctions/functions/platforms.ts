// The platforms cloud function (新媒体): monthly followers and reads of the units' publicity accounts.
import { action, ADMIN, defineFunction, EVERYONE } from '../core/runtime';
import { listMonthly, saveMonthly } from '../core/reach/service';
import { importMonthly } from '../core/reach/importMonthly';
import { importMonthlySchema, listMonthlySchema, saveMonthlySchema } from '../core/reach/schemas';

export const platformsFunction = defineFunction('platforms', {
  /** An admin, or a reporter for their own unit (editors read them). */
  saveMonthly: action({ roles: ['reporter', 'admin'], schema: saveMonthlySchema, run: saveMonthly }),
  /** A reporter sees their own unit's figures only. */
  listMonthly: action({ roles: EVERYONE, schema: listMonthlySchema, run: listMonthly }),
  /** An admin's filled-in 新媒体 sheet (.xlsx): all rows saved, or none and the bad rows named. */
  importMonthly: action({ roles: ADMIN, schema: importMonthlySchema, run: importMonthly }),
});
