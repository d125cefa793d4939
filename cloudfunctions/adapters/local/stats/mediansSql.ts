// The two median durations of the summary: each query returns the one or two middle values, never every duration
// (the publication one also counts its durations by bucket in the same pass).
import { PUBLICATION_BUCKETS, PUBLICATION_BUCKET_BOUNDS, type PublicationBucket } from '../../../core/stats/figures';
import type { Db } from '../db';

const HOUR = 3_600_000;

/** Milliseconds to the first decision, exactly as the indexes leads_decision_ms and leads_decision_order store them
 * (SQLite uses an expression index only for the same expression). */
export const DECISION_MS = `CAST(round((unixepoch(json_extract(history, '$[0].at'), 'subsec') - unixepoch(created_at, 'subsec')) * 1000) AS INTEGER)`;

/** How many of the period's leads were decided (a range of leads_decision_ms), then the middle one or two of them
 * walking leads_decision_order, which is already in order of time to decision: no sort. */
export const DECISION_MIDDLE_SQL = `
  WITH n AS MATERIALIZED (
    SELECT count(*) AS c FROM leads INDEXED BY leads_decision_ms
     WHERE township_id = @t AND created_at >= @start AND created_at < @end AND ${DECISION_MS} IS NOT NULL)
  SELECT ${DECISION_MS} AS ms FROM leads INDEXED BY leads_decision_order
   WHERE township_id = @t AND ${DECISION_MS} IS NOT NULL AND created_at >= @start AND created_at < @end
   ORDER BY ${DECISION_MS} LIMIT 2 - (SELECT c FROM n) % 2 OFFSET ((SELECT c FROM n) - 1) / 2`;

/** Per bucket of PUBLICATION_BUCKET_BOUNDS, the count of durations `ms` above the previous bound and up to its own;
 * then the count above the last (negative durations fall in the first bucket, as they count as 0). */
export function bucketCountsSql(ms: string): string {
  const bounds = PUBLICATION_BUCKET_BOUNDS.map(([name, hours]) => [name, hours * HOUR] as const);
  const counts = bounds.map(
    ([name, max], i) => `sum(${i ? `${ms} > ${bounds[i - 1]![1]} AND ` : ''}${ms} <= ${max}) AS ${name}`,
  );
  return [...counts, `sum(${ms} > ${bounds[bounds.length - 1]![1]}) AS gt30d`].join(', ');
}

/** Per lead of the period that ran: milliseconds from creation to the end of its first publication day (24:00 +08:00,
 * i.e. 16:00 UTC of that date); the middle one or two, each row carrying the bucket counts of all the durations (no
 * row: no lead ran, every bucket 0). Walks the cited leads in lead order (article_leads_by_lead, so the minimum per
 * lead streams without a sort): the lead's township and creation are one seek of leads_id_time, each article's
 * publication dates one seek of publications_by_article. Only the period's ~10^4 durations are sorted. */
export const PUBLICATION_MIDDLE_SQL = `
  WITH d AS MATERIALIZED (
    SELECT CAST(round((unixepoch(min(p.published_at)) + 57600 - unixepoch(min(l.created_at), 'subsec')) * 1000) AS INTEGER) AS ms
      FROM article_leads al INDEXED BY article_leads_by_lead
      JOIN leads l INDEXED BY leads_id_time ON l.id = al.lead_id
      JOIN publications p INDEXED BY publications_by_article ON p.article_id = al.article_id
     WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end
     GROUP BY al.lead_id),
  b AS MATERIALIZED (SELECT count(*) AS n, ${bucketCountsSql('ms')} FROM d)
  SELECT m.ms, b.* FROM b, (SELECT ms FROM d ORDER BY ms LIMIT 2 - (SELECT n FROM b) % 2 OFFSET ((SELECT n FROM b) - 1) / 2) m`;

/** Median in hours (one decimal) from the one or two middle durations in milliseconds (negative ones count as 0). */
export function medianOf(rows: { ms: number }[]): number | null {
  if (rows.length === 0) return null;
  const hours = rows.map((r) => Math.max(0, r.ms / HOUR));
  return Math.round((hours.reduce((s, h) => s + h, 0) / hours.length) * 10) / 10;
}

type Buckets = Record<PublicationBucket, number>;

export function medianHours(
  db: Db,
  p: { t: string; start: string; end: string },
): { decision: number | null; publication: number | null; publicationBuckets: Buckets } {
  const publication = db.prepare(PUBLICATION_MIDDLE_SQL).all(p) as ({ ms: number } & Buckets)[];
  const first = publication[0];
  return {
    decision: medianOf(db.prepare(DECISION_MIDDLE_SQL).all(p) as { ms: number }[]),
    publication: medianOf(publication),
    publicationBuckets: Object.fromEntries(PUBLICATION_BUCKETS.map((b) => [b, first?.[b] ?? 0])) as Buckets,
  };
}
