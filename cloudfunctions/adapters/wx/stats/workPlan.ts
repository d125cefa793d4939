// The work plan's key tasks as cloud documents: the record's `id` is the `_id`, the rest as is.
import type { WorkTaskRecord } from '../../../core/workplan/records';
import { WORK_TASKS_MAX } from '../../../core/workplan/schemas';
import { fromDoc, updateData } from '../documents';
import type { Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

export async function saveWorkTask(db: Database, t: WorkTaskRecord): Promise<void> {
  await db
    .collection(S.workTasks)
    .doc(t.id)
    .set({ data: updateData(t) });
}

export async function getWorkTask(db: Database, townshipId: string, id: string): Promise<WorkTaskRecord | null> {
  const { data } = await db.collection(S.workTasks).where({ _id: id, townshipId }).limit(1).get();
  return data[0] ? fromDoc<WorkTaskRecord>(data[0]) : null;
}

/** By due month, then title and id, as the SQL store orders them. */
export async function listWorkTasks(db: Database, townshipId: string, year: number): Promise<WorkTaskRecord[]> {
  const { data } = await db
    .collection(S.workTasks)
    .where({ townshipId, year })
    .orderBy('dueMonth', 'asc')
    .orderBy('title', 'asc')
    .orderBy('_id', 'asc')
    .limit(WORK_TASKS_MAX)
    .get();
  return data.map((d) => fromDoc<WorkTaskRecord>(d));
}
