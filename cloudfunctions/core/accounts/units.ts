// A unit named in a payload (an activity's organiser, a task's owner) must be one of the caller's township.
import { invalid } from '../errors';
import type { Context } from '../ports';

export const DELETED_UNIT = '已删除的单位';
export const DELETED_ACCOUNT = '已删除的账号';

export async function assertUnitOfTownship(ctx: Context, townshipId: string, unitId: string | null, field: string) {
  if (unitId !== null && !(await ctx.townships.listUnits(townshipId)).some((u) => u.id === unitId)) {
    throw invalid('单位不属于本镇，请重新选择', { field });
  }
}

/** Id and name of a unit for a view, from the township's units; a unit since removed keeps its id and says so. */
export function unitNamedIn(units: readonly { id: string; name: string }[], unitId: string | null) {
  if (unitId === null) return null;
  return { id: unitId, name: units.find((u) => u.id === unitId)?.name ?? DELETED_UNIT };
}
