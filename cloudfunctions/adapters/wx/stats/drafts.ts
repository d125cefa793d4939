// Saved summary documents in the cloud database (collection summary_drafts, functions only): one document per
// township and period, its _id built from both, so the compare-and-set below needs no transaction.
import type { SummaryDraftRecord } from '../../../core/stats/summaryDocument';
import { findById, fromDoc } from '../documents';
import type { Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

const draftId = (townshipId: string, from: string, to: string) => `${townshipId}:${from}:${to}`;

export async function getSummaryDraft(
  db: Database,
  townshipId: string,
  from: string,
  to: string,
): Promise<SummaryDraftRecord | null> {
  const doc = await findById(db, S.summaryDrafts, draftId(townshipId, from, to));
  if (!doc) return null;
  const { id, ...record } = fromDoc<SummaryDraftRecord & { id: string }>(doc);
  void id;
  return record;
}

/**
 * expected undefined: set (the last save wins); null: add, which the database refuses when the _id exists;
 * a savedAt: update only the document still carrying it.
 */
export async function saveSummaryDraft(
  db: Database,
  d: SummaryDraftRecord,
  expectedSavedAt: string | null | undefined,
): Promise<boolean> {
  const id = draftId(d.townshipId, d.from, d.to);
  const data = { ...d } as Record<string, unknown>;
  if (expectedSavedAt === undefined) {
    await db.collection(S.summaryDrafts).doc(id).set({ data });
    return true;
  }
  if (expectedSavedAt === null) {
    return db
      .collection(S.summaryDrafts)
      .add({ data: { _id: id, ...data } })
      .then(
        () => true,
        () => false,
      );
  }
  const { stats } = await db.collection(S.summaryDrafts).where({ _id: id, savedAt: expectedSavedAt }).update({ data });
  return stats.updated === 1;
}
