// Assessment points in SQL: one CTE lists every scored event of the period (mirroring core/stats/scoring.ts),
// then rankings and explanations aggregate or page through it.
import { pageOf, type CursorKey, type Page } from '../../../core/cursor';
import { rankingCursorKey, type ExplainQuery, type RankingQuery, type ScoredQuery } from '../../../core/stats/ports';
import { NO_UNIT_ID, NO_UNIT_NAME, type ExplainItem, type RankingRow } from '../../../core/stats/ranking';
import type { AssessmentRule } from '../../../core/stats/rule';
import { ARTICLE_KINDS, PUBLICATION_LEVELS, type PublicationLevel } from '../../../core/vocabulary';
import { livedIn } from '../../../core/stats/unitLife';
import type { Db } from '../db';
import { UNIT_LIFE_COLUMNS, unitLifeOf, type UnitLifeRow } from './unitsSql';
import { periodParams } from './figuresSql';
import { LEVEL_RANK_SQL } from './highlightsSql';

/** Rule versions as flat rows with the date range each one scores: [lo, hi). */
export function rulesParam(rules: AssessmentRule[]): string {
  return JSON.stringify(
    rules.map((r, i) => ({
      lo: i === 0 ? '0000-01-01' : r.effectiveFrom,
      hi: rules[i + 1]?.effectiveFrom ?? '9999-12-31',
      id: r.id,
      ls: r.leadSubmitted,
      la: r.leadAccepted,
      ...Object.fromEntries(PUBLICATION_LEVELS.map((l) => [`p_${l}`, r.publication[l]])),
      ...Object.fromEntries(ARTICLE_KINDS.map((k) => [`k_${k}`, r.kindBonus[k]])),
      lmin: r.longArticle.minChars,
      lb: r.longArticle.bonus,
      counting: r.levelCounting,
      split: r.creditSplit,
    })),
  );
}

const RULE_COLUMNS = [
  'lo',
  'hi',
  'id',
  'ls',
  'la',
  ...PUBLICATION_LEVELS.map((l) => `p_${l}`),
  ...ARTICLE_KINDS.map((k) => `k_${k}`),
  'lmin',
  'lb',
  'counting',
  'split',
];
const caseOf = (col: string, values: readonly string[], prefix: string) =>
  `CASE ${col} ${values.map((v) => `WHEN '${v}' THEN r.${prefix}${v}`).join(' ')} ELSE 0 END`;

/** The recipients of an article's points under the version `r`, and each one's share. */
const CREDITS = `
  JOIN json_each(a.credits) c ON (r.split <> 'first' OR c.key = 0)
  LEFT JOIN accounts acc ON acc.id = c.value`;
const SHARE = `(CASE r.split WHEN 'equal' THEN 1.0 / json_array_length(a.credits) ELSE 1.0 END)`;

/** Every scored event: kind, date, account, unit, lead/article/publication, level, rule, points, title, outlet. */
export const EVENTS_CTE = `
  r AS MATERIALIZED (SELECT ${RULE_COLUMNS.map((c) => `json_extract(value, '$.${c}') AS ${c}`).join(', ')} FROM json_each(@rules)),
  pl AS MATERIALIZED (
    SELECT p.id, p.article_id, p.level, p.published_at, p.outlet,
           row_number() OVER (PARTITION BY p.article_id ORDER BY ${LEVEL_RANK_SQL('p.level')} DESC, p.published_at, p.id) AS top_n,
           row_number() OVER (PARTITION BY p.article_id ORDER BY p.published_at, p.id) AS first_n
      FROM publications p
     WHERE p.township_id = @t
       AND p.article_id IN (SELECT article_id FROM publications WHERE township_id = @t AND published_at >= @from AND published_at <= @to)),
  ld AS MATERIALIZED (
    SELECT id, title, author_id, unit_id, status, date(created_at, '+8 hours') AS d FROM leads
     WHERE township_id = @t AND created_at >= @start AND created_at < @end),
  ev AS (
    SELECT 'lead_submitted' AS kind, ld.d, ld.author_id AS acc, ld.unit_id AS unit, ld.id AS lead_id, NULL AS art, NULL AS pub,
           NULL AS level, r.id AS rule_id, r.ls AS pts, ld.title, NULL AS outlet
      FROM ld JOIN r ON ld.d >= r.lo AND ld.d < r.hi
    UNION ALL
    SELECT 'lead_accepted', ld.d, ld.author_id, ld.unit_id, ld.id, NULL, NULL, NULL, r.id, r.la, ld.title, NULL
      FROM ld JOIN r ON ld.d >= r.lo AND ld.d < r.hi WHERE ld.status IN ('accepted', 'used')
    UNION ALL
    SELECT 'publication', pl.published_at, c.value, acc.unit_id, NULL, a.id, pl.id, pl.level, r.id,
           ${caseOf('pl.level', PUBLICATION_LEVELS, 'p_')} * ${SHARE}, a.title, pl.outlet
      FROM pl JOIN articles a ON a.id = pl.article_id JOIN r ON pl.published_at >= r.lo AND pl.published_at < r.hi ${CREDITS}
     WHERE pl.published_at >= @from AND pl.published_at <= @to AND (r.counting = 'every' OR pl.top_n = 1)
    UNION ALL
    SELECT 'kind_bonus', pl.published_at, c.value, acc.unit_id, NULL, a.id, pl.id, NULL, r.id,
           ${caseOf('a.kind', ARTICLE_KINDS, 'k_')} * ${SHARE}, a.title, pl.outlet
      FROM pl JOIN articles a ON a.id = pl.article_id JOIN r ON pl.published_at >= r.lo AND pl.published_at < r.hi ${CREDITS}
     WHERE pl.first_n = 1 AND pl.published_at >= @from AND pl.published_at <= @to AND ${caseOf('a.kind', ARTICLE_KINDS, 'k_')} > 0
    UNION ALL
    SELECT 'long_bonus', pl.published_at, c.value, acc.unit_id, NULL, a.id, pl.id, NULL, r.id, r.lb * ${SHARE}, a.title, pl.outlet
      FROM pl JOIN articles a ON a.id = pl.article_id JOIN r ON pl.published_at >= r.lo AND pl.published_at < r.hi ${CREDITS}
     WHERE pl.first_n = 1 AND pl.published_at >= @from AND pl.published_at <= @to AND r.lb > 0 AND length(a.body) >= r.lmin
  ),
  -- The unit an event counts for: its own unit, or the no-unit row when it has none (or an unknown one).
  eu AS (SELECT ev.*, CASE WHEN u.id IS NULL THEN '${NO_UNIT_ID}' ELSE u.id END AS unit_key
           FROM ev LEFT JOIN units u ON u.id = ev.unit AND u.township_id = @t)`;

const AGGREGATE = (key: string) => `
  agg AS (
    SELECT ${key} AS id, round(sum(pts), 2) AS points,
           sum(kind = 'lead_submitted') AS ls, sum(kind = 'lead_accepted') AS la,
           ${PUBLICATION_LEVELS.map((l) => `count(DISTINCT CASE WHEN kind = 'publication' AND level = '${l}' THEN pub END) AS n_${l}`).join(', ')},
           count(DISTINCT CASE WHEN kind = 'publication' THEN art END) AS articles
      FROM eu GROUP BY ${key})`;

const ROW_COLUMNS = `coalesce(agg.points, 0) AS points, coalesce(agg.ls, 0) AS ls, coalesce(agg.la, 0) AS la,
  ${PUBLICATION_LEVELS.map((l) => `coalesce(agg.n_${l}, 0) AS n_${l}`).join(', ')}, coalesce(agg.articles, 0) AS articles`;

const ROWS = {
  reporter: `rows AS (
    SELECT a.id, a.name, coalesce(u.name, '${NO_UNIT_NAME}') AS unit_name, ${ROW_COLUMNS}
      FROM accounts a LEFT JOIN agg ON agg.id = a.id LEFT JOIN units u ON u.id = a.unit_id
     WHERE a.township_id = @t AND (a.role = 'reporter' OR agg.id IS NOT NULL))`,
  unit: `rows AS (
    SELECT u.id, u.name, NULL AS unit_name, ${ROW_COLUMNS} FROM units u LEFT JOIN agg ON agg.id = u.id
     WHERE u.township_id = @t AND (agg.id IS NOT NULL OR u.id IN (SELECT value FROM json_each(@lived)))
    UNION ALL
    SELECT '${NO_UNIT_ID}', '${NO_UNIT_NAME}', NULL, ${ROW_COLUMNS} FROM agg WHERE agg.id = '${NO_UNIT_ID}')`,
};

type RowOut = Record<string, number | string | null> & {
  id: string;
  name: string;
  unit_name: string | null;
  points: number;
};

function toRankingRow(r: RowOut): RankingRow {
  return {
    id: r.id,
    name: r.name,
    ...(r.unit_name === null ? {} : { unitName: r.unit_name }),
    points: r.points,
    leadsSubmitted: Number(r.ls),
    leadsAccepted: Number(r.la),
    publications: Object.fromEntries(PUBLICATION_LEVELS.map((l) => [l, Number(r[`n_${l}`])])) as Record<
      PublicationLevel,
      number
    >,
    articles: Number(r.articles),
  };
}

const scoredParams = (q: ScoredQuery) => ({ ...periodParams(q), rules: rulesParam(q.rules) });

/** The units with a row of their own even without a score: those that lived in the period (unitLife.ts). */
function unitsLivedIn(db: Db, q: RankingQuery): string[] {
  const rows = db
    .prepare(`SELECT u.id, ${UNIT_LIFE_COLUMNS} FROM units u WHERE u.township_id = ?`)
    .all(q.townshipId) as ({ id: string } & UnitLifeRow)[];
  return rows.filter((r) => livedIn(unitLifeOf(r), q.from, q.to)).map((r) => r.id);
}

/** One page of the ranking: points desc, then name, then id; the cursor is the last row's [points, name, id]. */
export function ranking(db: Db, q: RankingQuery): Page<RankingRow> {
  const key = q.by === 'unit' ? 'unit_key' : 'acc';
  const [cp, cn, ci] = (q.after ?? []) as [number?, string?, string?];
  const rows = db
    .prepare(
      `WITH ${EVENTS_CTE}, ${AGGREGATE(key)}, ${ROWS[q.by]}
       SELECT * FROM rows
        WHERE @cp IS NULL OR points < @cp OR (points = @cp AND (name > @cn OR (name = @cn AND id > @ci)))
        ORDER BY points DESC, name, id LIMIT @limit`,
    )
    .all({
      ...scoredParams(q),
      // Only the unit ranking lists units without a score; the reporter ranking never reads @lived.
      lived: q.by === 'unit' ? JSON.stringify(unitsLivedIn(db, q)) : '[]',
      cp: cp ?? null,
      cn: cn ?? null,
      ci: ci ?? null,
      limit: q.limit + 1,
    }) as RowOut[];
  return pageOf(rows, q.limit, (kept) => kept.map(toRankingRow), rankingCursorKey);
}

/** The events behind one reporter's or unit's score, oldest first, and their total (the ranking's figure). */
export function explain(db: Db, q: ExplainQuery): { total: number; page: Page<ExplainItem> } {
  const filter = q.accountId ? 'acc = @who' : 'unit_key = @who';
  const params = { ...scoredParams(q), who: q.accountId ?? q.unitId ?? '' };
  const total = (
    db
      .prepare(`WITH ${EVENTS_CTE} SELECT round(coalesce(sum(pts), 0), 2) AS total FROM eu WHERE ${filter}`)
      .get(params) as { total: number }
  ).total;
  const [cd, ck, cr] = (q.after ?? []) as [string?, string?, string?];
  // A unit's two members credited on one article make one line with their shares added.
  const rows = db
    .prepare(
      `WITH ${EVENTS_CTE},
       items AS (SELECT kind, d, lead_id, art, pub, level, rule_id, title, outlet, coalesce(lead_id, pub, art) AS ref,
                        round(sum(pts), 2) AS points
                   FROM eu WHERE ${filter} GROUP BY kind, d, lead_id, art, pub)
       SELECT * FROM items
        WHERE @cd IS NULL OR d > @cd OR (d = @cd AND (kind > @ck OR (kind = @ck AND ref > @cr)))
        ORDER BY d, kind, ref LIMIT @limit`,
    )
    .all({ ...params, cd: cd ?? null, ck: ck ?? null, cr: cr ?? null, limit: q.limit + 1 }) as {
    kind: ExplainItem['kind'];
    d: string;
    lead_id: string | null;
    art: string | null;
    pub: string | null;
    level: PublicationLevel | null;
    rule_id: string;
    title: string;
    outlet: string | null;
    ref: string;
    points: number;
  }[];
  const items: ExplainItem[] = rows.slice(0, q.limit).map((r) => ({
    kind: r.kind,
    date: r.d,
    ...(r.lead_id ? { leadId: r.lead_id } : {}),
    ...(r.art ? { articleId: r.art } : {}),
    ...(r.pub ? { publicationId: r.pub } : {}),
    ...(r.level ? { level: r.level } : {}),
    ...(r.outlet ? { outlet: r.outlet } : {}),
    title: r.title,
    ruleId: r.rule_id,
    points: r.points,
  }));
  const lastRow = rows[Math.min(rows.length, q.limit) - 1];
  const next: CursorKey | null = rows.length > q.limit && lastRow ? [lastRow.d, lastRow.kind, lastRow.ref] : null;
  return { total, page: { items, next } };
}
