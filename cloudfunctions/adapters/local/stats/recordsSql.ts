// Rule versions, trainings and export jobs: the rows the stats tables keep.
import type { CursorKey, Page } from '../../../core/cursor';
import type { ExportJobRecord } from '../../../core/stats/records';
import type { TrainingQuery } from '../../../core/trainings/ports';
import type { AssessmentRule } from '../../../core/stats/rule';
import type { TrainingRecord } from '../../../core/trainings/records';
import type { Db } from '../db';

export function listRules(db: Db, townshipId: string): AssessmentRule[] {
  const rows = db
    .prepare('SELECT * FROM assessment_rules WHERE township_id = ? ORDER BY effective_from, created_at')
    .all(townshipId) as { id: string; township_id: string; effective_from: string; body: string; created_by: string; created_at: string }[];
  return rows.map((r) => ({
    ...(JSON.parse(r.body) as Omit<AssessmentRule, 'id' | 'townshipId' | 'effectiveFrom' | 'createdBy' | 'createdAt'>),
    id: r.id,
    townshipId: r.township_id,
    effectiveFrom: r.effective_from,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

export function insertRule(db: Db, rule: AssessmentRule): void {
  const { id, townshipId, effectiveFrom, createdBy, createdAt, ...body } = rule;
  db.prepare(
    'INSERT INTO assessment_rules (id, township_id, effective_from, body, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, townshipId, effectiveFrom, JSON.stringify(body), createdBy ?? '', createdAt ?? new Date(0).toISOString());
}

type TrainingRow = Omit<TrainingRecord, 'attendeeIds' | 'townshipId' | 'createdBy' | 'createdAt' | 'updatedAt'> & {
  township_id: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  attendees: string;
};

const TRAINING_COLUMNS = `t.*, (SELECT coalesce(json_group_array(account_id), '[]') FROM
  (SELECT account_id FROM training_attendees WHERE training_id = t.id ORDER BY position)) AS attendees`;

const fromRow = (r: TrainingRow): TrainingRecord => ({
  id: r.id,
  townshipId: r.township_id,
  topic: r.topic,
  date: r.date,
  trainer: r.trainer,
  attendeeIds: JSON.parse(r.attendees) as string[],
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function saveTraining(db: Db, t: TrainingRecord): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO trainings (id, township_id, topic, date, trainer, created_by, created_at, updated_at)
       VALUES (@id, @townshipId, @topic, @date, @trainer, @createdBy, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET topic = excluded.topic, date = excluded.date, trainer = excluded.trainer,
         updated_at = excluded.updated_at`,
    ).run(t);
    db.prepare('DELETE FROM training_attendees WHERE training_id = ?').run(t.id);
    const add = db.prepare('INSERT INTO training_attendees (training_id, account_id, position) VALUES (?, ?, ?)');
    t.attendeeIds.forEach((id, i) => add.run(t.id, id, i));
  })();
}

export function getTraining(db: Db, townshipId: string, id: string): TrainingRecord | null {
  const row = db.prepare(`SELECT ${TRAINING_COLUMNS} FROM trainings t WHERE t.township_id = ? AND t.id = ?`).get(townshipId, id) as TrainingRow | undefined;
  return row ? fromRow(row) : null;
}

export function listTrainings(db: Db, q: TrainingQuery): Page<TrainingRecord> {
  const [cd, ci] = (q.after ?? []) as [string?, string?];
  const rows = db
    .prepare(
      `SELECT ${TRAINING_COLUMNS} FROM trainings t
        WHERE t.township_id = @t AND (@from IS NULL OR t.date >= @from) AND (@to IS NULL OR t.date <= @to)
          AND (@cd IS NULL OR t.date < @cd OR (t.date = @cd AND t.id < @ci))
        ORDER BY t.date DESC, t.id DESC LIMIT @limit`,
    )
    .all({ t: q.townshipId, from: q.from ?? null, to: q.to ?? null, cd: cd ?? null, ci: ci ?? null, limit: q.limit + 1 }) as TrainingRow[];
  const items = rows.slice(0, q.limit).map(fromRow);
  const last = items[items.length - 1];
  const next: CursorKey | null = rows.length > q.limit && last ? [last.date, last.id] : null;
  return { items, next };
}

export function trainingsAttendedBy(db: Db, townshipId: string, accountId: string): TrainingRecord[] {
  const rows = db
    .prepare(
      `SELECT ${TRAINING_COLUMNS} FROM trainings t
        WHERE t.township_id = ? AND t.id IN (SELECT training_id FROM training_attendees WHERE account_id = ?)
        ORDER BY t.date DESC, t.id DESC`,
    )
    .all(townshipId, accountId) as TrainingRow[];
  return rows.map(fromRow);
}

export function existingAccounts(db: Db, townshipId: string, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(`SELECT id FROM accounts WHERE township_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .all(townshipId, JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

type JobRow = { id: string; township_id: string; requested_by: string; from_date: string; to_date: string; format: ExportJobRecord['format']; key: string; status: ExportJobRecord['status']; progress: number; file_id: string | null; file_name: string | null; error: string | null; created_at: string; updated_at: string };

const jobFromRow = (r: JobRow): ExportJobRecord => ({
  id: r.id,
  townshipId: r.township_id,
  requestedBy: r.requested_by,
  from: r.from_date,
  to: r.to_date,
  format: r.format,
  key: r.key,
  status: r.status,
  progress: r.progress,
  fileID: r.file_id,
  fileName: r.file_name,
  error: r.error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const JOB_VALUES = `@id, @townshipId, @requestedBy, @from, @to, @format, @key, @status, @progress, @fileID, @fileName, @error, @createdAt, @updatedAt`;

export function insertExportJob(db: Db, job: ExportJobRecord): void {
  db.prepare(
    `INSERT INTO export_jobs (id, township_id, requested_by, from_date, to_date, format, key, status, progress, file_id,
       file_name, error, created_at, updated_at) VALUES (${JOB_VALUES})`,
  ).run(job);
}

export function updateExportJob(db: Db, job: ExportJobRecord): void {
  db.prepare(
    `UPDATE export_jobs SET status = @status, progress = @progress, file_id = @fileID, file_name = @fileName, error = @error,
       updated_at = @updatedAt WHERE id = @id AND township_id = @townshipId`,
  ).run(job);
}

export function findExportJob(db: Db, townshipId: string, key: string, notBefore: string): ExportJobRecord | null {
  const row = db
    .prepare(
      `SELECT * FROM export_jobs WHERE township_id = ? AND key = ?
          AND (status = 'running' OR (status = 'done' AND updated_at >= ?)) ORDER BY created_at DESC LIMIT 1`,
    )
    .get(townshipId, key, notBefore) as JobRow | undefined;
  return row ? jobFromRow(row) : null;
}

export function getExportJob(db: Db, townshipId: string, id: string): ExportJobRecord | null {
  const row = db.prepare('SELECT * FROM export_jobs WHERE township_id = ? AND id = ?').get(townshipId, id) as JobRow | undefined;
  return row ? jobFromRow(row) : null;
}
