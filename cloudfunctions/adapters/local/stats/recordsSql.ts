// Rule versions, the accounts activities name, and export jobs: the rows the stats tables keep.
import type { ExportJobRecord } from '../../../core/stats/records';
import type { AssessmentRule } from '../../../core/stats/rule';
import type { Db } from '../db';

export function listRules(db: Db, townshipId: string): AssessmentRule[] {
  const rows = db
    .prepare('SELECT * FROM assessment_rules WHERE township_id = ? ORDER BY effective_from, created_at')
    .all(townshipId) as {
    id: string;
    township_id: string;
    effective_from: string;
    body: string;
    created_by: string;
    created_at: string;
  }[];
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

export function existingAccounts(db: Db, townshipId: string, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(`SELECT id FROM accounts WHERE township_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .all(townshipId, JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

type JobRow = {
  id: string;
  township_id: string;
  requested_by: string;
  from_date: string;
  to_date: string;
  format: ExportJobRecord['format'];
  key: string;
  status: ExportJobRecord['status'];
  progress: number;
  file_id: string | null;
  file_name: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
};

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
  const row = db.prepare('SELECT * FROM export_jobs WHERE township_id = ? AND id = ?').get(townshipId, id) as
    JobRow | undefined;
  return row ? jobFromRow(row) : null;
}
