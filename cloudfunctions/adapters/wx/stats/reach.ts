// Monthly reach of publicity accounts as cloud documents, keyed by township, unit, platform and month.
import { platformMonthKey, type PlatformMonthRecord } from '../../../core/reach/records';
import { fetchAll } from '../documents';
import type { Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

/** The document's `_id`: one document per (township, unit, platform, month). */
export const platformMonthDocId = (r: PlatformMonthRecord) => `${r.townshipId}:${platformMonthKey(r)}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function savePlatformMonths(db: Database, records: PlatformMonthRecord[]): Promise<void> {
  for (const r of records)
    await db
      .collection(S.platformMonths)
      .doc(platformMonthDocId(r))
      .set({ data: { ...r } });
}

/** In unit id, then platform order, as the SQL store answers. */
export async function listPlatformMonths(
  db: Database,
  townshipId: string,
  month: string,
  unitId?: string,
): Promise<PlatformMonthRecord[]> {
  const docs = await fetchAll(db, S.platformMonths, unitId ? { townshipId, month, unitId } : { townshipId, month });
  return docs
    .map(({ _id, ...rest }) => (void _id, rest as unknown as PlatformMonthRecord))
    .sort((a, b) => cmp(a.unitId, b.unitId) || cmp(a.platform, b.platform));
}
