// platforms.saveMonthly and platforms.listMonthly: the figures behind the summary's new-media reach.
import { denied, invalid, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord, UnitRecord } from '../accounts/records';
import { DELETED_UNIT } from '../accounts/units';
import { monthsOf, shanghaiDate } from '../stats/period';
import { platformsForMonth, stoppedOn } from '../stats/unitLife';
import { PLATFORM_LABELS, type PlatformKind } from '../vocabulary';
import type { ReachStore } from './ports';
import type { PlatformMonthRecord } from './records';
import type { ListMonthlyInput, SaveMonthlyInput } from './schemas';
import type { PlatformMonthView } from './views';

const present = (units: UnitRecord[], r: PlatformMonthRecord): PlatformMonthView => ({
  unit: { id: r.unitId, name: units.find((u) => u.id === r.unitId)?.name ?? DELETED_UNIT },
  platform: r.platform,
  month: r.month,
  followers: r.followers,
  reads: r.reads,
  updatedAt: r.updatedAt,
});

/** Why figures of platforms a unit did not run that month are refused: never listed, or given up before it. */
export function notRunMessage(unit: UnitRecord, notRun: { platform: PlatformKind }[]): string {
  for (const { platform } of notRun) {
    const until = stoppedOn(unit, platform);
    if (until) return `${unit.name}的${PLATFORM_LABELS[platform]}已于${until}停用，不能填写之后月份的数据`;
  }
  return `${unit.name}没有登记${notRun.map((e) => PLATFORM_LABELS[e.platform]).join('、')}平台，请先在单位管理中添加`;
}

/** A month's figures as stored, entered now by the caller (saveMonthly and importMonthly). */
export const monthRecord = (
  caller: AccountRecord,
  now: Date,
  figures: Pick<PlatformMonthRecord, 'unitId' | 'platform' | 'month' | 'followers' | 'reads'>,
): PlatformMonthRecord => ({
  ...figures,
  townshipId: caller.townshipId,
  enteredBy: caller.id,
  updatedAt: now.toISOString(),
});

const OWN_UNIT_ONLY = '只能填写或查看本单位平台的数据';

export async function saveMonthly(
  ctx: Context,
  caller: AccountRecord,
  input: SaveMonthlyInput,
): Promise<{ items: PlatformMonthView[] }> {
  if (caller.role === 'reporter' && caller.unitId !== input.unitId) throw denied(OWN_UNIT_ONLY);
  const now = ctx.clock.now();
  if (input.month > shanghaiDate(now).slice(0, 7)) throw invalid('不能填写未来月份的数据', { field: 'month' });
  const units = await ctx.townships.listUnits(caller.townshipId);
  const unit = units.find((u) => u.id === input.unitId);
  if (!unit) throw notFound('没有找到这个单位');
  const notRun = input.entries.filter((e) => !platformsForMonth(unit, input.month).includes(e.platform));
  if (notRun.length) throw invalid(notRunMessage(unit, notRun), { field: 'entries' });
  const records = input.entries.map((e) => monthRecord(caller, now, { ...e, unitId: unit.id, month: input.month }));
  await portOf(ctx.reach).savePlatformMonths(records);
  return { items: records.map((r) => present(units, r)) };
}

export async function listMonthly(
  ctx: Context,
  caller: AccountRecord,
  input: ListMonthlyInput,
): Promise<{ items: PlatformMonthView[] }> {
  const unitId = caller.role === 'reporter' ? (caller.unitId ?? undefined) : input.unitId;
  if (caller.role === 'reporter' && (!unitId || (input.unitId && input.unitId !== unitId))) throw denied(OWN_UNIT_ONLY);
  const [units, records] = await Promise.all([
    ctx.townships.listUnits(caller.townshipId),
    portOf(ctx.reach).listPlatformMonths(caller.townshipId, input.month, unitId),
  ]);
  return { items: records.map((r) => present(units, r)) };
}

/** The figures of the months a period touches (a year: twelve small reads), for the 新媒体 ledger sheet. */
export async function periodPlatformMonths(
  reach: ReachStore,
  townshipId: string,
  period: { from: string; to: string },
): Promise<PlatformMonthRecord[]> {
  const months = await Promise.all(
    monthsOf(period.from, period.to).map((m) => reach.listPlatformMonths(townshipId, m)),
  );
  return months.flat();
}
