// `npm run bench` (stats part): stats.summary for a year of 100,000 leads and 20,000 publications, through the
// store and through dispatch, against one hand-written SQL query computing the same figures on the same database.
// Checks first that both give the same figures; prints both timings and the ratio; exits 1 when they disagree or
// over the budget (ratio ≤ 1.5, and under 200 ms through dispatch).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openDatabase, type Db } from '../cloudfunctions/adapters/local/db';
import { LocalFiles } from '../cloudfunctions/adapters/local/files';
import { InProcessJobs } from '../cloudfunctions/adapters/local/jobs';
import { LocalStatsStore } from '../cloudfunctions/adapters/local/stats/store';
import { LocalStore } from '../cloudfunctions/adapters/local/store';
import { newId } from '../cloudfunctions/adapters/local/system';
import { SILENT_NOTIFIER, wireContext } from '../cloudfunctions/core/ports';
import { NO_MODERATION } from '../cloudfunctions/core/moderation/ports';
import { scryptPasswords } from '../cloudfunctions/shared/passwords';
import { dispatch } from '../cloudfunctions/core/runtime';
import { LEVEL_RANK_SQL } from '../cloudfunctions/adapters/local/stats/highlightsSql';
import { bucketCountsSql, DECISION_MS, medianOf } from '../cloudfunctions/adapters/local/stats/mediansSql';
import { PUBLICATION_BUCKETS, type SummaryFigures } from '../cloudfunctions/core/stats/figures';
import { periodInstants } from '../cloudfunctions/core/stats/period';
import { TRAINING_KIND } from '../cloudfunctions/core/vocabulary';
import { statsFunction } from '../cloudfunctions/functions/stats';
import {
  ARTICLE_KINDS,
  DEFAULT_CATEGORIES,
  LEAD_STATUSES,
  PUBLICATION_LEVELS,
} from '../cloudfunctions/core/vocabulary';

const LEADS = Number(process.env.BENCH_STATS_LEADS ?? 100_000);
const PUBLICATIONS = Number(process.env.BENCH_STATS_PUBLICATIONS ?? 20_000);
const BUDGET = { ratio: 1.5, ms: 200 };
const T = 'bench';
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

function fill(db: Db): void {
  let s = 7;
  const rand = (n: number) => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % n;
  const start = Date.parse('2024-12-31T16:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO townships (id, name, categories, timezone) VALUES (?, '基准镇', '[]', 'Asia/Shanghai')`,
    ).run(T);
    for (let u = 0; u < 40; u++)
      db.prepare(
        `INSERT INTO units (id, township_id, name, kind, platforms, position, created_at)
         VALUES (?, ?, ?, 'village', ?, ?, '2024-01-01T00:00:00.000Z')`,
      ).run(`u${u}`, T, `第${u}村`, u % 7 ? '["douyin"]' : '[]', u);
    for (let a = 0; a < 1000; a++)
      db.prepare(
        `INSERT INTO accounts (id, township_id, unit_id, role, name, created_at) VALUES (?, ?, ?, 'reporter', ?, '2024-01-01')`,
      ).run(`a${a}`, T, `u${a % 40}`, `通讯员${a}`);
    const lead =
      db.prepare(`INSERT INTO leads (id, township_id, unit_id, author_id, client_id, title, body, category, photos, status, history, replies, highlight_section, created_at, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, '[]', ?, ?, ?, 1)`);
    for (let i = 0; i < LEADS; i++) {
      const author = rand(1000);
      const at = start + rand(365 * 86_400) * 1000;
      const status = LEAD_STATUSES[rand(6)]!;
      const history =
        status === 'submitted'
          ? '[]'
          : JSON.stringify([
              {
                at: iso(at + rand(200_000) * 1000),
                by: 'e',
                decision: 'accept',
                note: null,
                from: 'submitted',
                to: status,
              },
            ]);
      lead.run(
        `l${i}`,
        T,
        `u${author % 40}`,
        `a${author}`,
        `c${i}`,
        `线索${i}`,
        '村里召开了会议，'.repeat(10),
        DEFAULT_CATEGORIES[rand(12)],
        status,
        history,
        rand(200) ? null : '对外宣传',
        iso(at),
        iso(at),
      );
    }
    const article = db.prepare(
      `INSERT INTO articles (id, township_id, title, kind, body, status, credits, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'published', ?, 'e', ?, ?)`,
    );
    const link = db.prepare('INSERT OR IGNORE INTO article_leads (article_id, lead_id) VALUES (?, ?)');
    const pub = db.prepare(
      `INSERT INTO publications (id, article_id, township_id, outlet, level, published_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'e', '2025-01-01')`,
    );
    const articles = Math.round(PUBLICATIONS * 0.7);
    for (let i = 0; i < articles; i++) {
      const at = start + rand(365 * 86_400) * 1000;
      article.run(
        `r${i}`,
        T,
        `稿件${i}`,
        ARTICLE_KINDS[rand(5)],
        '正文'.repeat(rand(1000)),
        JSON.stringify([`a${rand(1000)}`]),
        iso(at),
        iso(at),
      );
      link.run(`r${i}`, `l${rand(LEADS)}`);
    }
    for (let i = 0; i < PUBLICATIONS; i++) {
      const day = new Date(Date.parse('2025-01-01') + rand(365) * 86_400_000).toISOString().slice(0, 10);
      pub.run(`p${i}`, `r${i < articles ? i : rand(articles)}`, T, '某报', PUBLICATION_LEVELS[rand(6)], day);
    }
  })();
  // Statistics for the planner: the hand-written query relies on it to pick its indexes (the store names its own).
  db.exec('ANALYZE');
}

/** The floor: every figure of the summary from one statement, written by hand for this comparison. It counts the way
 * anyone who knows this schema would (index ranges per month and status, per unit, per category; the decision median
 * as the k-th entry of leads_decision_order; the cited leads in lead order), with the planner choosing the indexes. */
const HAND_SQL = `
  WITH RECURSIVE
  months(m, s, e) AS (
    SELECT substr(@from, 1, 7), @from, min(date(@from, 'start of month', '+1 month'), date(@to, '+1 day'))
    UNION ALL SELECT substr(e, 1, 7), e, min(date(e, '+1 month'), date(@to, '+1 day')) FROM months WHERE e <= @to),
  ranges AS (SELECT m, strftime('%Y-%m-%dT%H:%M:%fZ', s, '-8 hours') AS s, strftime('%Y-%m-%dT%H:%M:%fZ', e, '-8 hours') AS e FROM months),
  statuses(status) AS (VALUES ${LEAD_STATUSES.map((s) => `('${s}')`).join(', ')}),
  cats(category) AS (
    SELECT min(category) FROM leads WHERE township_id = @t
    UNION ALL SELECT (SELECT min(category) FROM leads WHERE township_id = @t AND category > cats.category) FROM cats WHERE category IS NOT NULL),
  counted AS MATERIALIZED (SELECT category, (SELECT count(*) FROM leads
    WHERE township_id = @t AND category = cats.category AND created_at >= @start AND created_at < @end) AS n FROM cats WHERE category IS NOT NULL),
  decided AS MATERIALIZED (SELECT count(*) AS c FROM leads
    WHERE township_id = @t AND created_at >= @start AND created_at < @end AND ${DECISION_MS} IS NOT NULL),
  fp AS MATERIALIZED (
    SELECT CAST(round((unixepoch(min(p.published_at)) + 57600 - unixepoch(min(l.created_at), 'subsec')) * 1000) AS INTEGER) AS ms
      FROM article_leads al JOIN leads l ON l.id = al.lead_id JOIN publications p ON p.article_id = al.article_id
     WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end GROUP BY al.lead_id),
  h AS (SELECT l.id, l.title, l.highlight_section AS section, u.name AS unit,
               row_number() OVER (PARTITION BY l.highlight_section ORDER BY l.created_at, l.id) AS n
          FROM leads l LEFT JOIN units u ON u.id = l.unit_id
         WHERE l.township_id = @t AND l.created_at >= @start AND l.created_at < @end AND l.highlight_section IS NOT NULL)
  SELECT
    (SELECT json_group_array(json_array(m, status, (SELECT count(*) FROM leads
        WHERE township_id = @t AND status = statuses.status AND created_at >= ranges.s AND created_at < ranges.e)))
       FROM ranges, statuses) AS months,
    (SELECT json_group_array(json_array(u.id, json_array_length(u.platforms),
        (SELECT count(*) FROM leads WHERE township_id = @t AND unit_id = u.id AND created_at >= @start AND created_at < @end),
        (SELECT count(*) FROM leads WHERE township_id = @t AND unit_id = u.id AND status IN ('accepted', 'used')
            AND created_at >= @start AND created_at < @end)))
       FROM units u WHERE u.township_id = @t) AS units,
    (SELECT json_group_object(category, n) FROM counted WHERE n > 0) AS categories,
    (SELECT count(DISTINCT author_id) FROM leads WHERE township_id = @t AND created_at >= @start AND created_at < @end) AS active,
    (SELECT json_group_array(ms) FROM (SELECT ${DECISION_MS} AS ms FROM leads
        WHERE township_id = @t AND ms IS NOT NULL AND created_at >= @start AND created_at < @end
        ORDER BY ms LIMIT 2 - (SELECT c FROM decided) % 2 OFFSET ((SELECT c FROM decided) - 1) / 2)) AS decision,
    (SELECT json_group_array(ms) FROM (SELECT ms FROM fp ORDER BY ms
        LIMIT 2 - (SELECT count(*) FROM fp) % 2 OFFSET ((SELECT count(*) FROM fp) - 1) / 2)) AS publication,
    (SELECT json_object(${PUBLICATION_BUCKETS.map((b) => `'${b}', coalesce(${b}, 0)`).join(', ')})
       FROM (SELECT ${bucketCountsSql('ms')} FROM fp)) AS publicationBuckets,
    (SELECT json_group_object(level, n) FROM (SELECT level, count(*) n FROM publications
       WHERE township_id = @t AND published_at BETWEEN @from AND @to GROUP BY level)) AS levels,
    (SELECT json_group_object(kind, n) FROM (SELECT kind, count(*) n FROM articles
       WHERE township_id = @t AND created_at >= @start AND created_at < @end GROUP BY kind)) AS kinds,
    (SELECT count(*) FROM activities WHERE township_id = @t AND kind = '${TRAINING_KIND}' AND date BETWEEN @from AND @to)
       AS trainings,
    (SELECT json_group_array(json_array(h.id, h.title, h.section, h.unit, (SELECT json_array(p.level, p.outlet, p.published_at)
        FROM article_leads al JOIN publications p ON p.article_id = al.article_id WHERE al.lead_id = h.id
        ORDER BY ${LEVEL_RANK_SQL('p.level')} DESC, p.published_at, p.id LIMIT 1)))
       FROM h WHERE h.n <= 20) AS highlights`;

/** The hand-written answer in the store's shape, for the figures both compute: they must agree or the ratio means nothing. */
function handFigures(row: Record<string, string | number>) {
  const j = (k: string) => JSON.parse(row[k] as string);
  const byMonth = new Map<string, number>();
  let accepted = 0;
  for (const [m, status, n] of j('months') as [string, string, number][]) {
    byMonth.set(m, (byMonth.get(m) ?? 0) + n);
    if (status === 'accepted' || status === 'used') accepted += n;
  }
  const units = j('units') as [string, number, number, number][];
  return {
    leadsSubmitted: [...byMonth.values()].reduce((s, n) => s + n, 0),
    leadsAccepted: accepted,
    months: [...byMonth],
    units: Object.fromEntries(units.map(([id, , s, a]) => [id, [s, a]])),
    unitsWithoutPlatform: units.filter((u) => u[1] === 0).length,
    categories: j('categories'),
    activeReporters: row.active,
    medianHoursToDecision: medianOf((j('decision') as number[]).map((ms) => ({ ms }))),
    medianHoursToFirstPublication: medianOf((j('publication') as number[]).map((ms) => ({ ms }))),
    hoursToFirstPublicationBuckets: j('publicationBuckets'),
    publicationsByLevel: j('levels'),
    articlesByKind: j('kinds'),
    trainings: row.trainings,
  };
}

function storeFigures(f: SummaryFigures): ReturnType<typeof handFigures> {
  const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
  return {
    leadsSubmitted: f.leadsSubmitted,
    leadsAccepted: f.leadsAccepted,
    months: f.leadsByMonth.map((m) => [m.month, m.total]),
    units: Object.fromEntries(
      f.leadsByUnit.flatMap((u) => (u.unitId ? [[u.unitId, [u.leadsSubmitted, u.leadsAccepted]]] : [])),
    ),
    unitsWithoutPlatform: f.unitsWithoutPlatform.count,
    categories: Object.fromEntries(f.leadsByCategory.map((c) => [c.category, c.count])),
    activeReporters: f.activeReporters,
    medianHoursToDecision: f.medianHoursToDecision,
    medianHoursToFirstPublication: f.medianHoursToFirstPublication,
    hoursToFirstPublicationBuckets: f.hoursToFirstPublicationBuckets,
    publicationsByLevel: nonZero(f.publicationsByLevel),
    articlesByKind: nonZero(f.articlesByKind),
    trainings: f.trainings,
  };
}

async function time(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-bench-stats-'));
  const db = openDatabase(dir);
  try {
    const t0 = Date.now();
    fill(db);
    console.log(
      `stats database: ${LEADS} leads, ${PUBLICATIONS} publications in ${YEAR.from.slice(0, 4)} (filled in ${Date.now() - t0} ms)`,
    );
    const stats = new LocalStatsStore(db);
    const clock = { now: () => new Date('2026-01-10T00:00:00Z') };
    const files = new LocalFiles(db, dir, Buffer.alloc(32), clock);
    const store = new LocalStore(db);
    const ctx = wireContext({
      store,
      stats,
      jobs: new InProcessJobs(),
      passwords: scryptPasswords,
      files,
      notifier: SILENT_NOTIFIER,
      moderation: NO_MODERATION,
      clock,
      newId,
    });
    const editor = {
      id: 'e',
      townshipId: T,
      unitId: null,
      role: 'editor' as const,
      name: '编辑',
      phone: null,
      username: 'e',
      passwordHash: null,
      openid: null,
      active: true,
      createdAt: '',
    };
    const q = { townshipId: T, ...YEAR };
    const hand = db.prepare(HAND_SQL);
    const params = { t: T, ...YEAR, ...periodInstants(YEAR.from, YEAR.to) };

    const [byHand, byStore] = [
      handFigures(hand.get(params) as Record<string, string | number>),
      storeFigures(await stats.summaryFigures(q)),
    ];
    if (!isDeepStrictEqual(byHand, byStore)) {
      console.error('the hand-written query and the store disagree:', byHand, byStore);
      process.exitCode = 1;
      return;
    }
    // The smoke test (tests/stats/benchStats.test.ts) checks only that the two agree, on a small database.
    if (process.env.BENCH_AGREE_ONLY) {
      console.log('the hand-written query and the store agree');
      return;
    }
    const handMs = await time(15, () => hand.get(params));
    const storeMs = await time(15, async () => {
      await stats.summaryFigures(q);
      await stats.highlights({ ...q, sections: ['对外宣传'], perSection: 20 });
    });
    const dispatchMs = await time(15, async () => {
      const res = await dispatch(statsFunction, { action: 'summary', ...YEAR }, { account: editor, openid: null }, ctx);
      if (!res.ok) throw new Error(res.error.message);
    });
    const ratio = storeMs / handMs;
    console.log(
      `stats.summary (year)   hand-written SQL ${handMs.toFixed(1)} ms | store ${storeMs.toFixed(1)} ms | dispatch ${dispatchMs.toFixed(1)} ms | ratio ${ratio.toFixed(2)}× (budget ≤ ${BUDGET.ratio}×, < ${BUDGET.ms} ms)`,
    );
    const failures = [
      ratio > BUDGET.ratio && `ratio ${ratio.toFixed(2)}`,
      dispatchMs >= BUDGET.ms && `dispatch ${dispatchMs.toFixed(0)} ms`,
    ].filter(Boolean);
    if (failures.length) {
      console.error(`over budget: ${failures.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (!process.env.BENCH_PROFILE) void main();
export { fill, HAND_SQL };
