// Leads by filter: keyset pages in the two orders of ports.ts (one page plus one row per query), and counts per status.
import { pageOf, type Page } from '../../core/cursor';
import { leadCursorKey, type LeadFilter, type LeadQuery } from '../../core/leads/ports';
import { LEAD_STATUSES, type LeadStatus } from '../../core/vocabulary';
import type { LeadCounts } from '../../core/leads/views';
import type { LeadRecord } from '../../core/leads/records';
import type { Db } from './db';
import { flag, pageLimit, Where } from './where';
import { LEAD_COLUMNS, leadFromRow, leadRowFromValues, type LeadRow } from './rows';

const ORDER_BY = {
  newest: 'created_at DESC, id DESC',
  queue: 'urgent DESC, created_at ASC, id ASC',
} as const;

/** The condition "comes after the cursor" for each order; row values keep it index-friendly. */
function after(where: Where, query: LeadQuery): Where {
  const key = query.after;
  if (!key) return where;
  if (query.order === 'newest') return where.add('(created_at, id) < (?, ?)', String(key[0]), String(key[1]));
  const [urgent, createdAt, id] = [Number(key[0]) ? 1 : 0, String(key[1]), String(key[2])];
  return where.add('(urgent < ? OR (urgent = ? AND (created_at, id) > (?, ?)))', urgent, urgent, createdAt, id);
}

/** The conditions of a filter; they ride on the indexes of migrations 2 and 4. */
function filterWhere(filter: LeadFilter): Where {
  const where = new Where()
    .add('township_id = ?', filter.townshipId)
    .equal('author_id', filter.authorId)
    .equal('unit_id', filter.unitId)
    .equal('category', filter.category)
    .equal('urgent', flag(filter.urgent));
  if (filter.statuses && filter.statuses.length > 0) where.in('status', filter.statuses);
  if (filter.moderation !== undefined) where.in('moderation_state', filter.moderation);
  if (filter.purged !== undefined) where.add(`purged_at IS ${filter.purged ? 'NOT ' : ''}NULL`);
  if (filter.highlighted !== undefined) where.add(`highlight_section IS ${filter.highlighted ? 'NOT ' : ''}NULL`);
  if (filter.createdFrom !== undefined) where.add('created_at >= ?', filter.createdFrom);
  if (filter.createdBefore !== undefined) where.add('created_at < ?', filter.createdBefore);
  if (filter.text !== undefined) {
    if ([...filter.text].length >= 3) {
      // The trigram index (migration 5) answers substrings of three or more characters, as one quoted phrase.
      where.add(
        'rowid IN (SELECT rowid FROM leads_text WHERE leads_text MATCH ?)',
        `"${filter.text.replace(/"/g, '""')}"`,
      );
    } else {
      // Trigrams cannot find one or two characters: LIKE scans the rows the other filters left.
      where.textLike(filter.text);
    }
  }
  return where;
}

export function listLeadsPage(db: Db, query: LeadQuery): Page<LeadRecord> {
  const where = after(filterWhere(query), query);
  const limit = pageLimit(query.limit);
  const sql = `SELECT ${LEAD_COLUMNS} FROM leads WHERE ${where} ORDER BY ${ORDER_BY[query.order]} LIMIT ?`;
  const rows = db
    .prepare(sql)
    .raw()
    .all(...where.params, limit + 1) as unknown[][];
  const toLeads = (kept: unknown[][]) => kept.map((values) => leadFromRow(leadRowFromValues(values)));
  return pageOf(rows, limit, toLeads, (last) => leadCursorKey(query.order, last));
}

export function countLeads(db: Db, filter: LeadFilter): LeadCounts {
  const where = filterWhere({ ...filter, statuses: undefined });
  const rows = db
    .prepare(`SELECT status, count(*) AS n FROM leads WHERE ${where} GROUP BY status`)
    .all(...where.params) as { status: LeadStatus; n: number }[];
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
