// The accounts cloud function: who am I, binding by invite code, units and account lists, township settings.
import { getAccount, saveAccount, saveUnit } from '../core/accounts/admin';
import { bindInvite, createInvite } from '../core/accounts/invites';
import { changePassword } from '../core/accounts/password';
import { erasePersonalData, exportPersonalData } from '../core/accounts/personalData';
import {
  changePasswordSchema,
  getAccountSchema,
  saveAccountSchema,
  saveTownshipSchema,
  saveUnitSchema,
  bindSchema,
  inviteSchema,
  listAccountsSchema,
  personalDataSchema,
} from '../core/accounts/schemas';
import { saveTownship } from '../core/accounts/township';
import { listAccounts, me, units } from '../core/accounts/profile';
import { action, ADMIN, DESK, defineFunction, EVERYONE, unboundAction } from '../core/runtime';
import { emptySchema } from '../core/fields';

export const accountsFunction = defineFunction('accounts', {
  me: action({ roles: EVERYONE, schema: emptySchema, run: me }),
  /** The caller's own password; every earlier login token ends with it (log in again with the new one). */
  changePassword: action({ roles: EVERYONE, schema: changePasswordSchema, run: changePassword }),
  bind: unboundAction({ roles: ['reporter', 'admin'], schema: bindSchema, run: bindInvite }),
  units: action({ roles: EVERYONE, schema: emptySchema, run: units }),
  list: action({ roles: DESK, schema: listAccountsSchema, run: listAccounts }),
  /** One account with its full phone, for the edit form (lists show phones masked). */
  get: action({ roles: ADMIN, schema: getAccountSchema, run: getAccount }),
  invite: action({ roles: ADMIN, schema: inviteSchema, run: createInvite }),
  /** Create (no id) or change an account; `active: false` deactivates it, its records stay. */
  save: action({ roles: ADMIN, schema: saveAccountSchema, run: saveAccount }),
  /** Create (no id) or change a unit and its publicity platforms. */
  saveUnit: action({ roles: ADMIN, schema: saveUnitSchema, run: saveUnit }),
  /** The township's aging thresholds, highlight sections and categories; absent fields keep theirs. */
  saveTownship: action({ roles: ADMIN, schema: saveTownshipSchema, run: saveTownship }),
  /**
   * Everything held about one person as JSON (PIPL Art. 45): account, leads with photo URLs (10 min), their history
   * and replies, article credits, the activities they attended (trainings are those of kind 业务培训). The admin for
   * anyone of the township; anyone else for themself only.
   */
  exportPersonalData: action({ roles: EVERYONE, schema: personalDataSchema, run: exportPersonalData }),
  /**
   * Erases a person (PIPL Art. 47): name (shown as 已注销通讯员), phone, openid, login and photos go, every token
   * ends, the account is inactive; leads, credits and attendances stay, so no statistic changes. Logged.
   */
  erasePersonalData: action({ roles: ADMIN, schema: personalDataSchema, run: erasePersonalData }),
});
