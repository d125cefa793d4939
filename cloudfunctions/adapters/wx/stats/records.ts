// Rule versions, activities and export jobs as cloud documents: the record's `id` is the `_id`, the rest as is.
import { pageOf, type Page } from '../../../core/cursor';
import type { ExportJobRecord } from '../../../core/stats/records';
import { activityCursorKey, type ActivityQuery } from '../../../core/activities/ports';
import type { AssessmentRule } from '../../../core/stats/rule';
import type { ActivityRecord } from '../../../core/activities/records';
import { chunks } from '../../../core/chunks';
import { COLLECTIONS as C, fetchAll, fromDoc, toDoc, updateData } from '../documents';
import type { Condition, Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

/** `_.in` takes at most this many values per query here (as in WxStore). */
const IN_CHUNK = 100;

export async function listRules(db: Database, townshipId: string): Promise<AssessmentRule[]> {
  const docs = await fetchAll(db, S.rules, { townshipId });
  return docs
    .map((d) => fromDoc<AssessmentRule>(d))
    .sort(
      (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || (a.createdAt ?? '').localeCompare(b.createdAt ?? ''),
    );
}

export async function insertRule(db: Database, rule: AssessmentRule): Promise<void> {
  await db.collection(S.rules).add({ data: toDoc(rule) });
}

export async function saveActivity(db: Database, a: ActivityRecord): Promise<void> {
  await db
    .collection(S.activities)
    .doc(a.id)
    .set({ data: updateData(a) });
}

export async function getActivity(db: Database, townshipId: string, id: string): Promise<ActivityRecord | null> {
  const { data } = await db.collection(S.activities).where({ _id: id, townshipId }).limit(1).get();
  return data[0] ? fromDoc<ActivityRecord>(data[0]) : null;
}

/** Newest date first, then id descending; the cursor is the last activity's [date, id]. */
export async function listActivities(db: Database, q: ActivityQuery): Promise<Page<ActivityRecord>> {
  const _ = db.command;
  const range = [...(q.from ? [_.gte(q.from)] : []), ...(q.to ? [_.lte(q.to)] : [])];
  const base: Record<string, unknown> = { townshipId: q.townshipId };
  if (range.length) base.date = range.length === 1 ? range[0] : _.and(range);
  if (q.kind) base.kind = q.kind;
  if (q.unitId) base.unitId = q.unitId;
  const [cd, ci] = (q.after ?? []) as [string?, string?];
  const where: Condition =
    cd === undefined ? base : _.and([base, _.or([{ date: _.lt(cd) }, { date: cd, _id: _.lt(String(ci)) }])]);
  const { data } = await db
    .collection(S.activities)
    .where(where)
    .orderBy('date', 'desc')
    .orderBy('_id', 'desc')
    .limit(q.limit + 1)
    .get();
  return pageOf(data, q.limit, (kept) => kept.map((d) => fromDoc<ActivityRecord>(d)), activityCursorKey);
}

export async function existingAccounts(db: Database, townshipId: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
    const { data } = await db
      .collection(C.accounts)
      .where({ townshipId, _id: db.command.in(part) })
      .limit(IN_CHUNK)
      .get();
    for (const d of data) found.add(d._id);
  }
  return found;
}

export async function insertExportJob(db: Database, job: ExportJobRecord): Promise<void> {
  await db.collection(S.exportJobs).add({ data: toDoc(job) });
}

export async function updateExportJob(db: Database, job: ExportJobRecord): Promise<void> {
  await db
    .collection(S.exportJobs)
    .where({ _id: job.id, townshipId: job.townshipId })
    .update({ data: updateData(job) });
}

export async function findExportJob(
  db: Database,
  townshipId: string,
  key: string,
  notBefore: string,
): Promise<ExportJobRecord | null> {
  const _ = db.command;
  const { data } = await db
    .collection(S.exportJobs)
    .where(_.and([{ townshipId, key }, _.or([{ status: 'running' }, { status: 'done', updatedAt: _.gte(notBefore) }])]))
    .orderBy('createdAt', 'desc')
    .limit(1)
    .get();
  return data[0] ? fromDoc<ExportJobRecord>(data[0]) : null;
}

export async function getExportJob(db: Database, townshipId: string, id: string): Promise<ExportJobRecord | null> {
  const { data } = await db.collection(S.exportJobs).where({ _id: id, townshipId }).limit(1).get();
  return data[0] ? fromDoc<ExportJobRecord>(data[0]) : null;
}
