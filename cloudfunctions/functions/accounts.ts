// The accounts cloud function: who am I, binding by invite code, units and account lists, township settings.
import { saveAccount, saveUnit } from '../core/accounts/admin';
import { bindInvite, createInvite } from '../core/accounts/invites';
import { saveAccountSchema, saveTownshipSchema, saveUnitSchema } from '../core/accounts/schemas';
import { saveTownship } from '../core/accounts/township';
import { listAccounts, me, units } from '../core/accounts/profile';
import { action, unboundAction, type FunctionDef } from '../core/runtime';
import { bindSchema, emptySchema, inviteSchema, listAccountsSchema } from '../core/schemas';

export const accountsFunction: FunctionDef = {
  name: 'accounts',
  actions: {
    me: action(emptySchema, (ctx, caller) => me(ctx, caller)),
    bind: unboundAction(bindSchema, bindInvite),
    units: action(emptySchema, (ctx, caller) => units(ctx, caller)),
    list: action(listAccountsSchema, listAccounts),
    invite: action(inviteSchema, createInvite),
    save: action(saveAccountSchema, saveAccount),
    saveUnit: action(saveUnitSchema, saveUnit),
    saveTownship: action(saveTownshipSchema, saveTownship),
  },
};
