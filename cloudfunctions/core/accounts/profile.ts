// accounts.me, accounts.units and accounts.list.
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, type PageView } from '../cursor';
import type { Context } from '../ports';
import type { AccountRecord } from './records';
import {
  activityKindsOf,
  DEFAULT_AGING_HOURS,
  DEFAULT_HIGHLIGHT_SECTIONS,
  DEFAULT_RETENTION_DAYS,
} from '../vocabulary';
import type { ListAccountsInput } from './schemas';
import { accountView, unitView, type AccountView, type MeView, type UnitView } from './views';

export async function me(ctx: Context, caller: AccountRecord): Promise<MeView> {
  const [township, units] = await Promise.all([
    ctx.townships.getTownship(caller.townshipId),
    ctx.townships.listUnits(caller.townshipId),
  ]);
  const unitName = units.find((u) => u.id === caller.unitId)?.name ?? null;
  return {
    ...accountView(caller, unitName, { maskPhone: false, townshipName: township?.name }),
    categories: township?.categories ?? [],
    agingHours: township?.agingHours ?? { ...DEFAULT_AGING_HOURS },
    highlightSections: township?.highlightSections ?? [...DEFAULT_HIGHLIGHT_SECTIONS],
    activityKinds: activityKindsOf(township),
    issuer: township?.issuer ?? '',
    uploadFolder: ctx.files.uploadFolder(caller),
    mustChangePassword: caller.mustChangePassword ?? false,
    // The word list is the admin's tool; a reporter who saw it would know what to avoid writing.
    ...(caller.role === 'admin'
      ? {
          moderationWords: township?.moderationWords ?? [],
          retentionDays: township?.retentionDays ?? DEFAULT_RETENTION_DAYS,
        }
      : {}),
  };
}

export async function units(ctx: Context, caller: AccountRecord): Promise<UnitView[]> {
  return (await ctx.townships.listUnits(caller.townshipId)).map(unitView);
}

export async function listAccounts(
  ctx: Context,
  caller: AccountRecord,
  input: ListAccountsInput,
): Promise<PageView<AccountView>> {
  const [result, allUnits] = await Promise.all([
    ctx.accounts.listAccounts({
      townshipId: caller.townshipId,
      role: input.role,
      unitId: input.unitId,
      active: input.active,
      after: decodeCursor(input.cursor, 2),
      limit: input.limit ?? DEFAULT_PAGE_SIZE,
    }),
    ctx.townships.listUnits(caller.townshipId),
  ]);
  const unitNames = new Map(allUnits.map((u) => [u.id, u.name]));
  return {
    items: result.items.map((a) =>
      accountView(a, a.unitId ? (unitNames.get(a.unitId) ?? null) : null, { maskPhone: true }),
    ),
    nextCursor: encodeCursor(result.next),
  };
}
