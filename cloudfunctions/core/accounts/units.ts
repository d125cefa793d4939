// A unit named in a payload (an activity's organiser, a task's owner) must be one of the caller's township.
import { invalid } from '../errors';
import type { Context } from '../ports';

export const DELETED_UNIT = '已删除的单位';

export async function assertUnitOfTownship(ctx: Context, townshipId: string, unitId: string | null, field: string) {
  if (unitId !== null && !(await ctx.townships.listUnits(townshipId)).some((u) => u.id === unitId)) {
    throw invalid('单位不属于本镇，请重新选择', { field });
  }
}

/** Id and name of a unit for a view; a unit since removed keeps its id and says so. */
export async function namedUnit(ctx: Context, townshipId: string, unitId: string | null) {
  if (unitId === null) return null;
  const unit = (await ctx.townships.listUnits(townshipId)).find((u) => u.id === unitId);
  return { id: unitId, name: unit?.name ?? DELETED_UNIT };
}
