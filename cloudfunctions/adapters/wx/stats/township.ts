// The township's units and accounts: short lists (tens of units, hundreds of accounts) read whole, in list order.
import { cmp } from '../../../core/stats/referenceFigures';
import { COLLECTIONS as C, fetchAll } from '../documents';
import type { Database } from '../sdk';

export interface UnitRow {
  id: string;
  name: string;
  hasPlatform: boolean;
}

export interface AccountRow {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
}

/**
 * In the township's order: `position` where a document has one, then name, then id. (Unit documents written by
 * WxStore carry no position yet, so they list by name.)
 */
export async function unitsOf(db: Database, townshipId: string): Promise<UnitRow[]> {
  const docs = await fetchAll(db, C.units, { townshipId });
  return docs
    .map((d) => ({ id: d._id, name: String(d.name), position: typeof d.position === 'number' ? d.position : 0, hasPlatform: Array.isArray(d.platforms) && d.platforms.length > 0 }))
    .sort((a, b) => a.position - b.position || cmp(a.name, b.name) || cmp(a.id, b.id))
    .map(({ position: _p, ...u }) => u);
}

export async function accountsOf(db: Database, townshipId: string): Promise<AccountRow[]> {
  const docs = await fetchAll(db, C.accounts, { townshipId });
  return docs.map((d) => ({ id: d._id, name: String(d.name), role: String(d.role), unitId: typeof d.unitId === 'string' ? d.unitId : null }));
}
