// The activity ledger's rows: one per activity, its named attendees in order beside it.
import { pageOf, type Page } from '../../../core/cursor';
import { activityCursorKey, type ActivityQuery } from '../../../core/activities/ports';
import type { ActivityRecord } from '../../../core/activities/records';
import type { Db } from '../db';
import { asIs, json, table, type Row } from '../rows';

const COLUMNS = `a.*, (SELECT coalesce(json_group_array(account_id), '[]') FROM
  (SELECT account_id FROM activity_attendees WHERE activity_id = a.id ORDER BY position)) AS attendee_ids`;

/** attendee_ids is not a column: COLUMNS gathers it from activity_attendees, in order. */
const ACTIVITIES = table<ActivityRecord>({
  id: asIs(),
  townshipId: asIs(),
  kind: asIs(),
  title: asIs(),
  date: asIs(),
  section: asIs(),
  unitId: asIs(),
  participants: asIs(),
  batches: asIs(),
  attendeeIds: json(),
  speaker: asIs(),
  note: asIs(),
  photos: json(),
  createdBy: asIs(),
  createdAt: asIs(),
  updatedAt: asIs(),
});
const fromRow = ACTIVITIES.fromRow;

export function saveActivity(db: Db, a: ActivityRecord): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO activities (id, township_id, kind, title, date, section, unit_id, participants, batches, speaker, note,
         photos, created_by, created_at, updated_at)
       VALUES (@id, @townshipId, @kind, @title, @date, @section, @unitId, @participants, @batches, @speaker, @note,
         @photos, @createdBy, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, date = excluded.date,
         section = excluded.section, unit_id = excluded.unit_id, participants = excluded.participants,
         batches = excluded.batches, speaker = excluded.speaker, note = excluded.note, photos = excluded.photos,
         updated_at = excluded.updated_at`,
    ).run({ ...a, photos: JSON.stringify(a.photos) });
    db.prepare('DELETE FROM activity_attendees WHERE activity_id = ?').run(a.id);
    const add = db.prepare('INSERT INTO activity_attendees (activity_id, account_id, position) VALUES (?, ?, ?)');
    a.attendeeIds.forEach((id, i) => add.run(a.id, id, i));
  })();
}

export function getActivity(db: Db, townshipId: string, id: string): ActivityRecord | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM activities a WHERE a.township_id = ? AND a.id = ?`)
    .get(townshipId, id) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** Newest date first, then id descending; the cursor is the last activity's [date, id]. */
export function listActivities(db: Db, q: ActivityQuery): Page<ActivityRecord> {
  const [cd, ci] = (q.after ?? []) as [string?, string?];
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM activities a
        WHERE a.township_id = @t AND (@from IS NULL OR a.date >= @from) AND (@to IS NULL OR a.date <= @to)
          AND (@kind IS NULL OR a.kind = @kind) AND (@unit IS NULL OR a.unit_id = @unit)
          AND (@cd IS NULL OR a.date < @cd OR (a.date = @cd AND a.id < @ci))
        ORDER BY a.date DESC, a.id DESC LIMIT @limit`,
    )
    .all({
      t: q.townshipId,
      from: q.from ?? null,
      to: q.to ?? null,
      kind: q.kind ?? null,
      unit: q.unitId ?? null,
      cd: cd ?? null,
      ci: ci ?? null,
      limit: q.limit + 1,
    }) as Row[];
  return pageOf(rows, q.limit, (kept) => kept.map(fromRow), activityCursorKey);
}

/** The activities one person is named in, newest first: for their personal-data export. */
export function activitiesAttendedBy(db: Db, townshipId: string, accountId: string): ActivityRecord[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM activities a
        WHERE a.township_id = ? AND a.id IN (SELECT activity_id FROM activity_attendees WHERE account_id = ?)
        ORDER BY a.date DESC, a.id DESC`,
    )
    .all(townshipId, accountId) as Row[];
  return rows.map(fromRow);
}

/** How many of the township's activities are of each of `kinds` (kinds nobody used are absent). */
export function activityKindCounts(db: Db, townshipId: string, kinds: string[]): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT kind, count(*) AS n FROM activities
        WHERE township_id = ? AND kind IN (SELECT value FROM json_each(?)) GROUP BY kind`,
    )
    .all(townshipId, JSON.stringify(kinds)) as { kind: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}
