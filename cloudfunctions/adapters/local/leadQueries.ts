// Leads by filter: keyset pages in the two orders of ports.ts (one page plus one row per query), and counts per status.
import { pageOf, type Page } from '../../core/cursor';
import { leadCursorKey, type LeadFilter, type LeadQuery } from '../../core/leads/ports';
import { LEAD_STATUSES, type LeadStatus } from '../../core/vocabulary';
import type { LeadCounts } from '../../core/leads/views';
import type { LeadRecord } from '../../core/leads/records';
import type { Db } from './db';
import { LEAD_COLUMNS, leadFromRow, leadRowFromValues, type LeadRow } from './rows';

const ORDER_BY = {
  newest: 'created_at DESC, id DESC',
  queue: 'urgent DESC, created_at ASC, id ASC',
} as const;

/** The condition "comes after the cursor" for each order; row values keep it index-friendly. */
function afterClause(query: LeadQuery, params: unknown[]): string | null {
  const key = query.after;
  if (!key) return null;
  if (query.order === 'newest') {
    params.push(String(key[0]), String(key[1]));
    return '(created_at, id) < (?, ?)';
  }
  const urgent = Number(key[0]) ? 1 : 0;
  params.push(urgent, urgent, String(key[1]), String(key[2]));
  return '(urgent < ? OR (urgent = ? AND (created_at, id) > (?, ?)))';
}

/** `LIKE` pattern for literal words: %, _ and the escape character itself lose their wildcard meaning. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** WHERE conditions of a filter, appended to `params`; they ride on the indexes of migrations 2 and 4. */
export function filterClauses(filter: LeadFilter, params: unknown[]): string[] {
  const where: string[] = ['township_id = ?'];
  params.push(filter.townshipId);
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('author_id', filter.authorId);
  equal('unit_id', filter.unitId);
  equal('category', filter.category);
  equal('urgent', filter.urgent === undefined ? undefined : filter.urgent ? 1 : 0);
  if (filter.statuses && filter.statuses.length > 0) {
    where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter.moderation !== undefined) {
    where.push(`moderation_state IN (${filter.moderation.map(() => '?').join(', ')})`);
    params.push(...filter.moderation);
  }
  if (filter.purged !== undefined) where.push(`purged_at IS ${filter.purged ? 'NOT ' : ''}NULL`);
  if (filter.highlighted !== undefined) where.push(`highlight_section IS ${filter.highlighted ? 'NOT ' : ''}NULL`);
  if (filter.createdFrom !== undefined) {
    where.push('created_at >= ?');
    params.push(filter.createdFrom);
  }
  if (filter.createdBefore !== undefined) {
    where.push('created_at < ?');
    params.push(filter.createdBefore);
  }
  if (filter.text !== undefined) {
    if ([...filter.text].length >= 3) {
      // The trigram index (migration 5) answers substrings of three or more characters, as one quoted phrase.
      where.push('rowid IN (SELECT rowid FROM leads_text WHERE leads_text MATCH ?)');
      params.push(`"${filter.text.replace(/"/g, '""')}"`);
    } else {
      // Trigrams cannot find one or two characters: LIKE scans the rows the other filters left.
      where.push("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')");
      params.push(likePattern(filter.text), likePattern(filter.text));
    }
  }
  return where;
}

export function listLeadsPage(db: Db, query: LeadQuery): Page<LeadRecord> {
  const params: unknown[] = [];
  const where = filterClauses(query, params);
  const after = afterClause(query, params);
  if (after) where.push(after);
  const limit = Math.max(1, Math.min(query.limit, 200));
  params.push(limit + 1);
  const sql = `SELECT ${LEAD_COLUMNS} FROM leads WHERE ${where.join(' AND ')} ORDER BY ${ORDER_BY[query.order]} LIMIT ?`;
  const rows = db
    .prepare(sql)
    .raw()
    .all(...params) as unknown[][];
  const toLeads = (kept: unknown[][]) => kept.map((values) => leadFromRow(leadRowFromValues(values)));
  return pageOf(rows, limit, toLeads, (last) => leadCursorKey(query.order, last));
}

export function countLeads(db: Db, filter: LeadFilter): LeadCounts {
  const params: unknown[] = [];
  const where = filterClauses({ ...filter, statuses: undefined }, params);
  const rows = db
    .prepare(`SELECT status, count(*) AS n FROM leads WHERE ${where.join(' AND ')} GROUP BY status`)
    .all(...params) as { status: LeadStatus; n: number }[];
  const counts = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as LeadCounts;
  for (const r of rows) if (r.status in counts) counts[r.status] = r.n;
  return counts;
}

/** The lead whose photo waits for this WeChat trace id (json_each over the verdicts; never pending locally). */
export function leadByTrace(db: Db, traceId: string): LeadRecord | null {
  const row = db
    .prepare(
      `SELECT l.* FROM leads l, json_each(l.moderation, '$.photos') p
        WHERE l.moderation IS NOT NULL AND json_extract(p.value, '$.traceId') = ? LIMIT 1`,
    )
    .get(traceId) as LeadRow | undefined;
  return row ? leadFromRow(row) : null;
}
