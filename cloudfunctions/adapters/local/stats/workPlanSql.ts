// The work plan's rows: one per key task of a year.
import type { WorkTaskRecord } from '../../../core/workplan/records';
import { WORK_TASKS_MAX } from '../../../core/workplan/schemas';
import type { Db } from '../db';

interface TaskRow {
  id: string;
  township_id: string;
  year: number;
  title: string;
  owner_unit_id: string | null;
  due_month: number;
  status: WorkTaskRecord['status'];
  note: string;
  note_date: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const fromRow = (r: TaskRow): WorkTaskRecord => ({
  id: r.id,
  townshipId: r.township_id,
  year: r.year,
  title: r.title,
  ownerUnitId: r.owner_unit_id,
  dueMonth: r.due_month,
  status: r.status,
  note: r.note,
  noteDate: r.note_date,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
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
    TaskRow | undefined;
  return row ? fromRow(row) : null;
}

export function listWorkTasks(db: Db, townshipId: string, year: number): WorkTaskRecord[] {
  const rows = db
    .prepare('SELECT * FROM work_tasks WHERE township_id = ? AND year = ? ORDER BY due_month, title, id LIMIT ?')
    .all(townshipId, year, WORK_TASKS_MAX) as TaskRow[];
  return rows.map(fromRow);
}
