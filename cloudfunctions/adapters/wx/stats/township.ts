// The township's units and accounts: short lists (tens of units, hundreds of accounts) read whole, in list order.
import type { AlertUnit } from '../../../core/stats/alertsOf';
import { byUnitOrder, COLLECTIONS as C, fetchAll, unitFromDoc } from '../documents';
import type { Database } from '../sdk';

/** A unit with its life and platforms (core/stats/unitLife.ts). */
export type UnitRow = AlertUnit;

export interface AccountRow {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
}

/** In the township's order (byUnitOrder, the same as WxStore.listUnits). */
export async function unitsOf(db: Database, townshipId: string): Promise<UnitRow[]> {
  const docs = await fetchAll(db, C.units, { townshipId });
  return docs.sort(byUnitOrder).map((d) => {
    const { id, name, platforms, createdAt, deactivatedAt, platformSince, platformRuns } = unitFromDoc(d);
    return { id, name: String(name), platforms, createdAt, deactivatedAt, platformSince, platformRuns };
  });
}

export async function accountsOf(db: Database, townshipId: string): Promise<AccountRow[]> {
  const docs = await fetchAll(db, C.accounts, { townshipId });
  return docs.map((d) => ({
    id: d._id,
    name: String(d.name),
    role: String(d.role),
    unitId: typeof d.unitId === 'string' ? d.unitId : null,
  }));
}
