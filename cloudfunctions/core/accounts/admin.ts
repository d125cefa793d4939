// accounts.save and accounts.saveUnit: the admin creates, changes and deactivates accounts, and keeps units.
import { conflict, invalid, notFound } from '../errors';
import type { PlatformKind } from '../vocabulary';
import type { Context } from '../ports';
import { shanghaiDate } from '../stats/period';
import type { AccountRecord, UnitRecord } from './records';
import type { GetAccountInput, SaveAccountInput, SaveUnitInput } from './schemas';
import { accountView, unitView, type AccountView, type UnitView } from './views';

/** `undefined` keeps what the account had; anything else (null included) replaces it. */
const pick = <T>(given: T | undefined, kept: T): T => (given === undefined ? kept : given);

async function unitNameIn(ctx: Context, townshipId: string, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  const unit = (await ctx.townships.listUnits(townshipId)).find((u) => u.id === unitId);
  if (!unit) throw notFound('没有找到这个单位');
  return unit.name;
}

async function existingAccount(ctx: Context, caller: AccountRecord, id: string): Promise<AccountRecord> {
  const found = await ctx.accounts.getAccount(id);
  if (!found || found.townshipId !== caller.townshipId) throw notFound('没有找到这个账号');
  return found;
}

async function checkUsernameFree(ctx: Context, username: string | null, accountId: string): Promise<void> {
  if (!username) return;
  const holder = await ctx.accounts.findAccountByUsername(username);
  if (holder && holder.id !== accountId) throw conflict(`用户名“${username}”已被使用，请换一个`, { field: 'username' });
}

/** accounts.get: one account for the admin's edit form, the only view besides the owner's own with the full phone. */
export async function getAccount(ctx: Context, caller: AccountRecord, input: GetAccountInput): Promise<AccountView> {
  const account = await existingAccount(ctx, caller, input.id);
  return accountView(account, await unitNameIn(ctx, caller.townshipId, account.unitId), { maskPhone: false });
}

export async function saveAccount(ctx: Context, caller: AccountRecord, input: SaveAccountInput): Promise<AccountView> {
  const before = input.id ? await existingAccount(ctx, caller, input.id) : null;
  if (before?.id === caller.id && (input.active === false || input.role !== caller.role)) {
    // The last admin could otherwise lock the whole township out of its own settings.
    throw conflict('不能停用自己的账号或修改自己的角色，请由其他管理员操作');
  }
  const unitId = input.role === 'reporter' ? pick(input.unitId, before?.unitId ?? null) : pick(input.unitId, null);
  if (input.role === 'reporter' && !unitId) throw invalid('通讯员必须指定所属单位', { field: 'unitId' });
  const unitName = await unitNameIn(ctx, caller.townshipId, unitId);
  const username = pick(input.username, before?.username ?? null);
  const id = before?.id ?? ctx.newId();
  await checkUsernameFree(ctx, username, id);
  if (!before && username && !input.password)
    throw invalid('新账号设置了用户名，请同时设置登录密码', { field: 'password' });
  const account: AccountRecord = {
    id,
    townshipId: caller.townshipId,
    unitId,
    role: input.role,
    name: input.name,
    phone: pick(input.phone, before?.phone ?? null),
    username,
    passwordHash: input.password ? await ctx.passwords.hashPassword(input.password) : (before?.passwordHash ?? null),
    openid: before?.openid ?? null,
    active: pick(input.active, before?.active ?? true),
    createdAt: before?.createdAt ?? ctx.clock.now().toISOString(),
  };
  if (before) await ctx.accounts.updateAccount(account);
  else await ctx.accounts.insertAccount(account);
  return accountView(account, unitName, { maskPhone: false });
}

export async function saveUnit(ctx: Context, caller: AccountRecord, input: SaveUnitInput): Promise<UnitView> {
  const units = await ctx.townships.listUnits(caller.townshipId);
  if (input.id && !units.some((u) => u.id === input.id)) throw notFound('没有找到这个单位');
  if (units.some((u) => u.name === input.name && u.id !== input.id)) {
    throw conflict(`已有名为“${input.name}”的单位`, { field: 'name' });
  }
  const before = units.find((u) => u.id === input.id);
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const platformSince: UnitRecord['platformSince'] = {};
  for (const p of input.platforms) {
    const since = input.platformSince?.[p] ?? before?.platformSince[p] ?? today;
    if (since > today) throw invalid('平台开通日期不能晚于今天', { field: 'platformSince' });
    platformSince[p] = since;
  }
  if (Object.keys(input.platformSince ?? {}).some((p) => !input.platforms.includes(p as never))) {
    throw invalid('只能为已选择的平台填写开通日期', { field: 'platformSince' });
  }
  const unit: UnitRecord = {
    id: input.id ?? ctx.newId(),
    townshipId: caller.townshipId,
    name: input.name,
    kind: input.kind,
    platforms: input.platforms,
    createdAt: before?.createdAt ?? now.toISOString(),
    deactivatedAt:
      input.active === undefined
        ? (before?.deactivatedAt ?? null)
        : input.active
          ? null
          : (before?.deactivatedAt ?? now.toISOString()),
    platformSince,
    platformRuns: platformRunsAfter(before, input.platforms, today),
  };
  await ctx.townships.saveUnit(unit);
  return unitView(unit);
}

/**
 * The unit's earlier platform runs once it runs `platforms`: those it had, and a run for each platform taken away now,
 * from its first day to today. A platform started today and taken away today was a slip and leaves no run. One put
 * back starts a new run (its start day, today unless given), so the days it was given up count for nothing.
 */
function platformRunsAfter(
  before: UnitRecord | undefined,
  platforms: PlatformKind[],
  today: string,
): UnitRecord['platformRuns'] {
  if (!before) return [];
  const ended = before.platforms
    .filter((p) => !platforms.includes(p))
    .map((p) => ({ platform: p, since: before.platformSince[p] ?? shanghaiDate(before.createdAt), until: today }))
    .filter((run) => run.since < today);
  return [...before.platformRuns, ...ended];
}
