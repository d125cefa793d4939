// Monthly reach of the units' publicity accounts: one row per (unit, platform, month).
import type { PlatformMonthRecord } from '../../../core/reach/records';
import type { Db } from '../db';

interface MonthRow {
  township_id: string;
  unit_id: string;
  platform: PlatformMonthRecord['platform'];
  month: string;
  followers: number;
  reads: number;
  entered_by: string;
  updated_at: string;
}

export function savePlatformMonths(db: Db, records: PlatformMonthRecord[]): void {
  const put = db.prepare(
    `INSERT INTO platform_months (township_id, unit_id, platform, month, followers, reads, entered_by, updated_at)
     VALUES (@townshipId, @unitId, @platform, @month, @followers, @reads, @enteredBy, @updatedAt)
     ON CONFLICT (township_id, unit_id, platform, month) DO UPDATE SET followers = excluded.followers,
       reads = excluded.reads, entered_by = excluded.entered_by, updated_at = excluded.updated_at`,
  );
  db.transaction(() => records.forEach((r) => put.run(r)))();
}

export function listPlatformMonths(db: Db, townshipId: string, month: string, unitId?: string): PlatformMonthRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM platform_months WHERE township_id = @t AND month = @month AND (@unit IS NULL OR unit_id = @unit)
        ORDER BY unit_id, platform`,
    )
    .all({ t: townshipId, month, unit: unitId ?? null }) as MonthRow[];
  return rows.map((r) => ({
    townshipId: r.township_id,
    unitId: r.unit_id,
    platform: r.platform,
    month: r.month,
    followers: r.followers,
    reads: r.reads,
    enteredBy: r.entered_by,
    updatedAt: r.updated_at,
  }));
}

/**
 * Each account's followers in its latest month up to @toMonth (a row per unit and platform, tens at most): which of
 * them count at the period's end is judged by the units' lives (core/stats/unitLife.ts followersOn).
 */
export const LATEST_FOLLOWERS_SQL = `
  SELECT m.unit_id AS unitId, m.platform, m.followers FROM platform_months m
   WHERE m.township_id = @t AND m.month = (SELECT max(l.month) FROM platform_months l
     WHERE l.township_id = @t AND l.unit_id = m.unit_id AND l.platform = m.platform AND l.month <= @toMonth)`;

/** Reads in the months @fromMonth..@toMonth. */
export const READS_SQL = `
  SELECT coalesce(sum(reads), 0) AS reads FROM platform_months
   WHERE township_id = @t AND month >= @fromMonth AND month <= @toMonth`;

/** The units with reads above zero on some account in @fromMonth..@toMonth (newMedia.silentUnits are the others). */
export const HEARD_UNITS_SQL = `
  SELECT DISTINCT unit_id AS id FROM platform_months
   WHERE township_id = @t AND month >= @fromMonth AND month <= @toMonth AND reads > 0`;
