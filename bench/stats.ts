// `npm run bench` (stats part): stats.summary for a year of 100,000 leads and 20,000 publications, through the
// store and through dispatch, against one hand-written SQL query computing the same figures on the same database.
// Prints both and the ratio; exits 1 over the budget (ratio ≤ 1.5, and under 200 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../cloudfunctions/adapters/local/db';
import { LocalFiles } from '../cloudfunctions/adapters/local/files';
import { LocalStatsStore } from '../cloudfunctions/adapters/local/stats/store';
import { LocalStore } from '../cloudfunctions/adapters/local/store';
import { newId } from '../cloudfunctions/adapters/local/system';
import { SILENT_NOTIFIER } from '../cloudfunctions/core/ports';
import { dispatch } from '../cloudfunctions/core/runtime';
import { DECISION_MS } from '../cloudfunctions/adapters/local/stats/figuresSql';
import { periodInstants } from '../cloudfunctions/core/stats/period';
import { statsFunction } from '../cloudfunctions/functions/stats';
import { ARTICLE_KINDS, DEFAULT_CATEGORIES, LEAD_STATUSES, PUBLICATION_LEVELS } from '../cloudfunctions/core/vocabulary';

const LEADS = Number(process.env.BENCH_STATS_LEADS ?? 100_000);
const PUBLICATIONS = Number(process.env.BENCH_STATS_PUBLICATIONS ?? 20_000);
const BUDGET = { ratio: 1.5, ms: 200 };
const T = 'bench';
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

function fill(db: Db): void {
  let s = 7;
  const rand = (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % n);
  const start = Date.parse('2024-12-31T16:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  db.transaction(() => {
    db.prepare(`INSERT INTO townships (id, name, categories, timezone) VALUES (?, '基准镇', '[]', 'Asia/Shanghai')`).run(T);
    for (let u = 0; u < 40; u++) db.prepare(`INSERT INTO units (id, township_id, name, kind, platforms, position) VALUES (?, ?, ?, 'village', ?, ?)`).run(`u${u}`, T, `第${u}村`, u % 7 ? '["douyin"]' : '[]', u);
    for (let a = 0; a < 1000; a++) db.prepare(`INSERT INTO accounts (id, township_id, unit_id, role, name, created_at) VALUES (?, ?, ?, 'reporter', ?, '2024-01-01')`).run(`a${a}`, T, `u${a % 40}`, `通讯员${a}`);
    const lead = db.prepare(`INSERT INTO leads (id, township_id, unit_id, author_id, client_id, title, body, category, photos, status, history, replies, highlight_section, created_at, updated_at, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, '[]', ?, ?, ?, 1)`);
    for (let i = 0; i < LEADS; i++) {
      const author = rand(1000);
      const at = start + rand(365 * 86_400) * 1000;
      const status = LEAD_STATUSES[rand(6)]!;
      const history = status === 'submitted' ? '[]' : JSON.stringify([{ at: iso(at + rand(200_000) * 1000), by: 'e', decision: 'accept', note: null, from: 'submitted', to: status }]);
      lead.run(`l${i}`, T, `u${author % 40}`, `a${author}`, `c${i}`, `线索${i}`, '村里召开了会议，'.repeat(10), DEFAULT_CATEGORIES[rand(12)], status, history, rand(200) ? null : '对外宣传', iso(at), iso(at));
    }
    const article = db.prepare(`INSERT INTO articles (id, township_id, title, kind, body, status, credits, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'published', ?, 'e', ?, ?)`);
    const link = db.prepare('INSERT OR IGNORE INTO article_leads (article_id, lead_id) VALUES (?, ?)');
    const pub = db.prepare(`INSERT INTO publications (id, article_id, township_id, outlet, level, published_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'e', '2025-01-01')`);
    const articles = Math.round(PUBLICATIONS * 0.7);
    for (let i = 0; i < articles; i++) {
      const at = start + rand(365 * 86_400) * 1000;
      article.run(`r${i}`, T, `稿件${i}`, ARTICLE_KINDS[rand(5)], '正文'.repeat(rand(1000)), JSON.stringify([`a${rand(1000)}`]), iso(at), iso(at));
      link.run(`r${i}`, `l${rand(LEADS)}`);
    }
    for (let i = 0; i < PUBLICATIONS; i++) {
      const day = new Date(Date.parse('2025-01-01') + rand(365) * 86_400_000).toISOString().slice(0, 10);
      pub.run(`p${i}`, `r${i < articles ? i : rand(articles)}`, T, '某报', PUBLICATION_LEVELS[rand(6)], day);
    }
  })();
  db.exec('ANALYZE');
}

/** The floor: every figure of the summary from one statement, written by hand for this comparison. */
const HAND_SQL = `
  WITH l AS (SELECT * FROM leads WHERE township_id = @t AND created_at >= @start AND created_at < @end),
  g AS (SELECT strftime('%Y-%m', created_at, '+8 hours') m, status, unit_id, category, count(*) n FROM l GROUP BY 1, 2, 3, 4),
  d AS MATERIALIZED (SELECT ${DECISION_MS} AS ms FROM leads
                      WHERE township_id = @t AND created_at >= @start AND created_at < @end AND ${DECISION_MS} IS NOT NULL),
  fp AS MATERIALIZED (SELECT unixepoch(min(p.published_at)) + 57600 - unixepoch(l.created_at, 'subsec') AS ms
                        FROM article_leads al JOIN publications p ON p.article_id = al.article_id JOIN l ON l.id = al.lead_id
                       GROUP BY al.lead_id)
  SELECT
    (SELECT json_group_array(json_array(m, status, unit_id, category, n)) FROM g) AS groups,
    (SELECT count(DISTINCT author_id) FROM l) AS active,
    (SELECT json_group_array(ms) FROM (SELECT ms FROM d ORDER BY ms
       LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET ((SELECT count(*) FROM d) - 1) / 2)) AS decision,
    (SELECT json_group_array(ms) FROM (SELECT ms FROM fp ORDER BY ms
       LIMIT 2 - (SELECT count(*) FROM fp) % 2 OFFSET ((SELECT count(*) FROM fp) - 1) / 2)) AS publication,
    (SELECT json_group_object(level, n) FROM (SELECT level, count(*) n FROM publications
       WHERE township_id = @t AND published_at BETWEEN @from AND @to GROUP BY level)) AS levels,
    (SELECT json_group_object(kind, n) FROM (SELECT kind, count(*) n FROM articles
       WHERE township_id = @t AND created_at >= @start AND created_at < @end GROUP BY kind)) AS kinds,
    (SELECT count(*) FROM trainings WHERE township_id = @t AND date BETWEEN @from AND @to) AS trainings,
    (SELECT json_group_array(json_array(id, name, json_array_length(platforms))) FROM units WHERE township_id = @t) AS units,
    (SELECT json_group_array(json_array(id, title)) FROM l WHERE highlight_section IS NOT NULL) AS highlights`;

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
    console.log(`stats database: ${LEADS} leads, ${PUBLICATIONS} publications in ${YEAR.from.slice(0, 4)} (filled in ${Date.now() - t0} ms)`);
    const stats = new LocalStatsStore(db);
    const clock = { now: () => new Date('2026-01-10T00:00:00Z') };
    const ctx = { store: new LocalStore(db), files: new LocalFiles(db, dir, Buffer.alloc(32), clock), notifier: SILENT_NOTIFIER, clock, newId, stats };
    const editor = { id: 'e', townshipId: T, unitId: null, role: 'editor' as const, name: '编辑', phone: null, username: 'e', passwordHash: null, openid: null, active: true, createdAt: '' };
    const q = { townshipId: T, ...YEAR };
    const hand = db.prepare(HAND_SQL);
    const params = { t: T, ...YEAR, ...periodInstants(YEAR.from, YEAR.to) };

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
    console.log(`stats.summary (year)   hand-written SQL ${handMs.toFixed(1)} ms | store ${storeMs.toFixed(1)} ms | dispatch ${dispatchMs.toFixed(1)} ms | ratio ${ratio.toFixed(2)}× (budget ≤ ${BUDGET.ratio}×, < ${BUDGET.ms} ms)`);
    const failures = [ratio > BUDGET.ratio && `ratio ${ratio.toFixed(2)}`, dispatchMs >= BUDGET.ms && `dispatch ${dispatchMs.toFixed(0)} ms`].filter(Boolean);
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
