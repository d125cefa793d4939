// The cloud twin of local migration 105: documents of the old `trainings` collection become activities of kind
// 业务培训. Run once after deploying the activities function (the cloud database has no migration runner);
// activities already there are left alone, so running it again never undoes an edit.
import type { ActivityRecord } from '../../../core/activities/records';
import { TRAINING_KIND } from '../../../core/vocabulary';
import { fetchAll, fromDoc, updateData } from '../documents';
import type { Database } from '../sdk';
import { STATS_COLLECTIONS as S } from './collections';

/** Where trainings were kept before the activity ledger. */
export const LEGACY_TRAININGS = 'trainings';

interface LegacyTraining {
  id: string;
  townshipId: string;
  topic: string;
  date: string;
  trainer: string;
  attendeeIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export const activityOfTraining = (t: LegacyTraining): ActivityRecord => ({
  id: t.id,
  townshipId: t.townshipId,
  kind: TRAINING_KIND,
  title: t.topic,
  date: t.date,
  section: null,
  unitId: null,
  participants: t.attendeeIds.length,
  batches: 1,
  attendeeIds: t.attendeeIds,
  speaker: t.trainer,
  note: '',
  photos: [],
  createdBy: t.createdBy,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
});

/** Writes the trainings among `old` (one township's) that are not activities yet; answers how many. */
async function writeMissing(db: Database, townshipId: string, old: LegacyTraining[]): Promise<number> {
  const present = new Set((await fetchAll(db, S.activities, { townshipId, kind: TRAINING_KIND })).map((d) => d._id));
  const missing = old.filter((t) => !present.has(t.id));
  for (const t of missing)
    await db
      .collection(S.activities)
      .doc(t.id)
      .set({ data: updateData(activityOfTraining(t)) });
  return missing.length;
}

/** Copies the township's trainings into activities; answers how many it wrote. */
export async function migrateTrainings(db: Database, townshipId: string): Promise<number> {
  const old = (await fetchAll(db, LEGACY_TRAININGS, { townshipId })).map((d) => fromDoc<LegacyTraining>(d));
  return writeMissing(db, townshipId, old);
}

/** A database that never had the old collection (a new deployment) has nothing to migrate. */
const missingCollection = (err: unknown) => /not.?exist/i.test(String((err as Error)?.message ?? err));

/**
 * Every township's trainings, for the `setup` function (run after each deploy), the old collection read once:
 * answers how many it wrote, 0 on a rerun or where the old collection never existed.
 */
export async function migrateAllTrainings(db: Database): Promise<number> {
  let old: LegacyTraining[];
  try {
    old = (await fetchAll(db, LEGACY_TRAININGS, {})).map((d) => fromDoc<LegacyTraining>(d));
  } catch (err) {
    if (missingCollection(err)) return 0;
    throw err;
  }
  const byTownship = new Map<string, LegacyTraining[]>();
  for (const t of old) byTownship.set(t.townshipId, [...(byTownship.get(t.townshipId) ?? []), t]);
  let written = 0;
  for (const [townshipId, trainings] of byTownship) written += await writeMissing(db, townshipId, trainings);
  return written;
}
