// The work plan's rows: one per key task of a year.
import type { WorkTaskRecord } from '../../../core/workplan/records';
import { WORK_TASKS_MAX } from '../../../core/workplan/schemas';
import type { Db } from '../db';
import { asIs, table, type Row } from '../rows';

const TASKS = table<WorkTaskRecord>({
  id: asIs(),
  townshipId: asIs(),
  year: asIs(),
  title: asIs(),
  ownerUnitId: asIs(),
  dueMonth: asIs(),
  status: asIs(),
  note: asIs(),
  noteDate: asIs(),
  createdBy: asIs(),
  createdAt: asIs(),
  updatedAt: asIs(),
});

export function saveWorkTask(db: Db, t: WorkTaskRecord): void {
  db.prepare(
    `INSERT INTO work_tasks (id, township_id, year, title, owner_unit_id, due_month, status, note, note_date,
       created_by, created_at, updated_at)
     VALUES (@id, @townshipId, @year, @title, @ownerUnitId, @dueMonth, @status, @note, @noteDate, @createdBy,
       @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET year = excluded.year, title = excluded.title,
       owner_unit_id = excluded.owner_unit_id, due_month = excluded.due_month, status = excluded.status,
       note = excluded.note, note_date = excluded.note_date, updated_at = excluded.updated_at`,
  ).run(t);
}

export function getWorkTask(db: Db, townshipId: string, id: string): WorkTaskRecord | null {
  const row = db.prepare('SELECT * FROM work_tasks WHERE township_id = ? AND id = ?').get(townshipId, id) as
    Row | undefined;
  return row ? TASKS.fromRow(row) : null;
}

export function listWorkTasks(db: Db, townshipId: string, year: number): WorkTaskRecord[] {
  const rows = db
    .prepare('SELECT * FROM work_tasks WHERE township_id = ? AND year = ? ORDER BY due_month, title, id LIMIT ?')
    .all(townshipId, year, WORK_TASKS_MAX) as Row[];
  return rows.map(TASKS.fromRow);
}
