// Monthly reach of publicity accounts as cloud documents, keyed by township, unit, platform and month.
import { platformMonthKey, type PlatformMonthRecord } from '../../../core/reach/records';
import { chunks } from '../../../core/chunks';
import { fetchAll } from '../documents';
import type { Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

/** The document's `_id`: one document per (township, unit, platform, month). */
export const platformMonthDocId = (r: PlatformMonthRecord) => `${r.townshipId}:${platformMonthKey(r)}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Writes in flight at once; each is one document by `_id`, so their order does not matter. */
const WRITE_BATCH = 20;

/** Writes in parallel batches: an import of a few thousand rows must fit the function's 10 s, one write at a time would not. */
export async function savePlatformMonths(db: Database, records: PlatformMonthRecord[]): Promise<void> {
  for (const batch of chunks(records, WRITE_BATCH))
    await Promise.all(
      batch.map((r) =>
        db
          .collection(S.platformMonths)
          .doc(platformMonthDocId(r))
          .set({ data: { ...r } }),
      ),
    );
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
