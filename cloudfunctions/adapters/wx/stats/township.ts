// The township's units and accounts: short lists (tens of units, hundreds of accounts) read whole, in list order.
import { byUnitOrder, COLLECTIONS as C, fetchAll } from '../documents';
import type { Database } from '../sdk';

export interface UnitRow {
  id: string;
  name: string;
  /** How many publicity accounts it lists. */
  platforms: number;
}

export interface AccountRow {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
}

/** In the township's order (byUnitOrder, the same as WxStore.listUnits). */
export async function unitsOf(db: Database, townshipId: string): Promise<UnitRow[]> {
  const docs = await fetchAll(db, C.units, { townshipId });
  return docs
    .sort(byUnitOrder)
    .map((d) => ({ id: d._id, name: String(d.name), platforms: Array.isArray(d.platforms) ? d.platforms.length : 0 }));
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
