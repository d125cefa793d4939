// Highlight stories of a period, grouped by summary section, each with the highest place it ran.
import type { HighlightSection } from '../../../core/stats/figures';
import type { HighlightsQuery } from '../../../core/stats/ports';
import { NO_UNIT_NAME } from '../../../core/stats/ranking';
import { PUBLICATION_LEVEL_LABELS, type PublicationLevel } from '../../../core/vocabulary';
import type { Db } from '../db';
import { periodParams } from './figuresSql';

/** Level rank in SQL, matching LEVEL_RANK of core/stats/scoring. */
export const LEVEL_RANK_SQL = (col: string) =>
  `CASE ${col} WHEN 'national' THEN 6 WHEN 'provincial' THEN 5 WHEN 'municipal' THEN 4 WHEN 'county' THEN 3 WHEN 'own' THEN 2 ELSE 1 END`;

const HIGHLIGHTS_SQL = `
  WITH h AS (
    SELECT l.id, l.title, l.highlight_section AS section, l.created_at, u.name AS unit_name,
           row_number() OVER (PARTITION BY l.highlight_section ORDER BY l.created_at, l.id) AS n
      FROM leads l LEFT JOIN units u ON u.id = l.unit_id
     WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end AND l.highlight_section IS NOT NULL)
  SELECT h.id, h.title, h.section, h.unit_name,
         (SELECT json_array(p.level, p.outlet, p.published_at)
            FROM article_leads al JOIN publications p ON p.article_id = al.article_id
           WHERE al.lead_id = h.id
           ORDER BY ${LEVEL_RANK_SQL('p.level')} DESC, p.published_at, p.id LIMIT 1) AS top
    FROM h WHERE h.n <= @per ORDER BY h.created_at, h.id`;

export function highlights(db: Db, q: HighlightsQuery): HighlightSection[] {
  const rows = db.prepare(HIGHLIGHTS_SQL).all({ ...periodParams(q), per: q.perSection }) as {
    id: string;
    title: string;
    section: string;
    unit_name: string | null;
    top: string | null;
  }[];
  const bySection = new Map<string, HighlightSection>(q.sections.map((s) => [s, { section: s, leads: [] }]));
  for (const r of rows) {
    const section = bySection.get(r.section) ?? { section: r.section, leads: [] };
    bySection.set(r.section, section);
    const top = r.top ? (JSON.parse(r.top) as [PublicationLevel, string, string]) : null;
    section.leads.push({
      id: r.id,
      title: r.title,
      unitName: r.unit_name ?? NO_UNIT_NAME,
      ...(top ? { publishedIn: `${PUBLICATION_LEVEL_LABELS[top[0]]}·${top[1]} ${top[2]}` } : {}),
    });
  }
  return [...bySection.values()].filter((s) => s.leads.length > 0);
}
