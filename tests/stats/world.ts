// Random townships for property tests: a fast-check arbitrary of StatsWorld, and a loader that writes one into
// SQLite (the main schema + the stats migrations) through plain SQL, in any record order.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { migrate, type Db } from '../../cloudfunctions/adapters/local/db';
import { MIGRATIONS } from '../../cloudfunctions/adapters/local/migrations';
import { defaultRule, ruleVersions, type AssessmentRule } from '../../cloudfunctions/core/stats/rule';
import type {
  StatsWorld,
  WorldActivity,
  WorldLead,
  WorldPlatformMonth,
  WorldWorkTask,
} from '../../cloudfunctions/core/stats/world';
import { saveActivity } from '../../cloudfunctions/adapters/local/stats/activitiesSql';
import { saveWorkTask } from '../../cloudfunctions/adapters/local/stats/workPlanSql';
import { savePlatformMonths } from '../../cloudfunctions/adapters/local/stats/reachSql';
import type { PlatformMonthRecord } from '../../cloudfunctions/core/reach/records';
import type { ActivityRecord } from '../../cloudfunctions/core/activities/records';
import type { WorkTaskRecord } from '../../cloudfunctions/core/workplan/records';
import {
  ACTIVITY_KINDS,
  ARTICLE_KINDS,
  LEAD_STATUSES,
  PLATFORM_KINDS,
  PUBLICATION_LEVELS,
  WORK_STATUSES,
  type PlatformKind,
} from '../../cloudfunctions/core/vocabulary';

export const T = 't1';
const BASE = Date.parse('2025-12-20T00:00:00.000Z');
const MINUTE = 60_000;
/** Minutes across ~80 days around the new year, so periods cut months and years. */
const minutes = fc.integer({ min: 0, max: 80 * 24 * 60 });
const iso = (m: number) => new Date(BASE + m * MINUTE).toISOString();
/** The creation time of units that exist since before every record of a world. */
export const LONG_AGO = '2020-01-01T00:00:00.000Z';
const day = (d: number) => new Date(BASE + d * 86_400_000).toISOString().slice(0, 10);
export const dayArb = fc.integer({ min: 0, max: 80 }).map(day);
export const periodArb = fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const CATEGORIES = ['党建引领', '安全生产', '乡村振兴', '其他'];
const SECTIONS = ['理论武装', '对外宣传', '队伍建设'];

/** A world's activity as the store keeps it, in township T; both adapters' loaders write it. */
export const activityRecord = (t: WorldActivity): ActivityRecord => ({
  ...t,
  townshipId: T,
  title: '活动',
  section: null,
  unitId: null,
  speaker: '',
  note: '',
  photos: [],
  createdBy: 'a0',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

/** A world's key task as the store keeps it, in township T. */
export const workTaskRecord = (t: WorldWorkTask): WorkTaskRecord => ({
  ...t,
  townshipId: T,
  title: `任务${t.id}`,
  ownerUnitId: null,
  dueMonth: 6,
  note: '',
  noteDate: '2025-01-01',
  createdBy: 'a0',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

/** A world's monthly figure as the store keeps it. */
export const platformMonthRecord = (m: WorldPlatformMonth): PlatformMonthRecord => ({
  ...m,
  townshipId: T,
  enteredBy: 'a0',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

export const worldArb: fc.Arbitrary<StatsWorld> = fc
  .record({
    units: fc.array(
      fc.record({
        platforms: fc.uniqueArray(fc.constantFrom(...PLATFORM_KINDS), { maxLength: 3 }),
        // Most units exist since before the world's records; others are added (or deactivated) inside it.
        created: fc.option(minutes, { freq: 2 }),
        gone: fc.option(fc.integer({ min: 0, max: 60 * 24 * 60 }), { freq: 4 }),
        since: fc.array(fc.option(fc.integer({ min: -5, max: 80 }), { freq: 2 }), { minLength: 3, maxLength: 3 }),
        // Earlier runs of platforms it gave up (some since started again): first day and days run.
        runs: fc.array(
          fc.record({
            platform: fc.constantFrom(...PLATFORM_KINDS),
            since: fc.integer({ min: -5, max: 80 }),
            days: fc.integer({ min: 0, max: 60 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    accounts: fc.array(
      fc.record({
        role: fc.constantFrom('reporter', 'reporter', 'editor') as fc.Arbitrary<'reporter' | 'editor'>,
        unit: fc.nat(5),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    leads: fc.array(
      fc.record({
        author: fc.nat(10),
        status: fc.constantFrom(...LEAD_STATUSES),
        category: fc.constantFrom(...CATEGORIES),
        at: minutes,
        decideAfter: fc.integer({ min: 0, max: 5000 }),
        section: fc.option(fc.constantFrom(...SECTIONS), { freq: 3 }),
        unitGone: fc.nat(9),
      }),
      { maxLength: 30 },
    ),
    articles: fc.array(
      fc.record({
        kind: fc.constantFrom(...ARTICLE_KINDS),
        length: fc.constantFrom(10, 1500, 3000),
        credits: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
        leads: fc.uniqueArray(fc.nat(29), { maxLength: 2 }),
        at: minutes,
        pubs: fc.array(
          fc.record({ level: fc.constantFrom(...PUBLICATION_LEVELS), day: fc.integer({ min: 0, max: 80 }) }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 10 },
    ),
    activities: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 80 }),
        kind: fc.constantFrom(...ACTIVITY_KINDS),
        extra: fc.nat(300),
        batches: fc.integer({ min: 1, max: 6 }),
        attendees: fc.uniqueArray(fc.nat(5), { maxLength: 4 }),
      }),
      { maxLength: 6 },
    ),
    platformMonths: fc.array(
      fc.record({
        unit: fc.nat(4),
        platform: fc.constantFrom(...PLATFORM_KINDS),
        month: fc.constantFrom('2025-11', '2025-12', '2026-01', '2026-02', '2026-03'),
        followers: fc.nat(5000),
        reads: fc.nat(90000),
      }),
      { maxLength: 8 },
    ),
    workTasks: fc.array(
      fc.record({ year: fc.constantFrom(2025, 2026, 2027), status: fc.constantFrom(...WORK_STATUSES) }),
      { maxLength: 6 },
    ),
  })
  .map((r) => {
    const units = r.units.map((u, i) => {
      const createdAt = u.created === null ? LONG_AGO : iso(u.created);
      return {
        id: `u${i}`,
        name: `单位${'甲乙丙丁'[i]}`,
        position: i,
        platforms: u.platforms,
        createdAt,
        // Deactivated some time after it was created (or after the world began, for an old unit).
        deactivatedAt: u.gone === null ? null : iso((u.created ?? 0) + u.gone),
        platformSince: Object.fromEntries([
          ...u.platforms.flatMap((p, j) => {
            const since = u.since[j];
            return since === null || since === undefined ? [] : [[p, day(since)]];
          }),
        ]),
        platformRuns: u.runs.map((r) => ({ platform: r.platform, since: day(r.since), until: day(r.since + r.days) })),
      };
    });
    const accounts = r.accounts.map((a, i) => ({
      id: `a${i}`,
      name: `人员${'子丑寅卯辰巳'[i]}`,
      role: a.role,
      unitId: a.role === 'reporter' && a.unit < units.length ? `u${a.unit}` : null,
    }));
    const leads: WorldLead[] = r.leads.map((l, i) => {
      const author = accounts[l.author % accounts.length]!;
      return {
        id: `l${String(i).padStart(2, '0')}`,
        title: `线索${i}`,
        // Now and then a unit since removed from the township: its leads belong to the no-unit row.
        unitId: l.unitGone === 0 ? 'u_removed' : author.unitId,
        authorId: author.id,
        status: l.status,
        category: l.category,
        createdAt: iso(l.at),
        firstDecisionAt: l.status === 'submitted' ? null : iso(l.at + l.decideAfter),
        highlightSection: l.section,
      };
    });
    const articles = r.articles.map((a, i) => ({
      id: `r${i}`,
      title: `稿件${i}`,
      kind: a.kind,
      bodyLength: a.length,
      credits: a.credits.filter((c) => c < accounts.length).map((c) => `a${c}`),
      leadIds: a.leads.filter((n) => n < leads.length).map((n) => leads[n]!.id),
      createdAt: iso(a.at),
    }));
    const publications = r.articles.flatMap((a, i) =>
      a.pubs.map((p, j) => ({
        id: `p${i}_${j}`,
        articleId: `r${i}`,
        outlet: `${p.level}报`,
        level: p.level,
        publishedAt: day(p.day),
      })),
    );
    const activities = r.activities.map((t, i) => {
      const attendeeIds = t.attendees.filter((n) => n < accounts.length).map((n) => `a${n}`);
      return {
        id: `ac${i}`,
        date: day(t.day),
        kind: t.kind,
        participants: attendeeIds.length + t.extra,
        batches: t.batches,
        attendeeIds,
      };
    });
    const workTasks = r.workTasks.map((t, i) => ({ id: `wt${i}`, ...t }));
    // One figure per (unit, platform, month), as the store's key keeps it; a removed unit's figures stay.
    const seen = new Set<string>();
    const platformMonths = r.platformMonths
      .map((m) => ({
        unitId: `u${m.unit}`,
        platform: m.platform,
        month: m.month,
        followers: m.followers,
        reads: m.reads,
      }))
      .filter(
        (m) => !seen.has(`${m.unitId}:${m.platform}:${m.month}`) && seen.add(`${m.unitId}:${m.platform}:${m.month}`),
      );
    return { units, accounts, leads, articles, publications, activities, workTasks, platformMonths };
  });

export function openStatsDb(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  return db;
}

/** Writes a world; `order` permutes every table's insertion order (rowids change, the facts do not). */
export function loadWorld(db: Db, w: StatsWorld, order: <X>(xs: X[]) => X[] = (xs) => xs): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO townships (id, name, categories, timezone) VALUES (?, '示范镇', '[]', 'Asia/Shanghai')`,
    ).run(T);
    for (const u of order(w.units))
      db.prepare(
        `INSERT INTO units (id, township_id, name, kind, platforms, position, created_at, deactivated_at, platform_since,
           platform_runs)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        u.id,
        T,
        u.name,
        'village',
        JSON.stringify(u.platforms),
        u.position,
        u.createdAt,
        u.deactivatedAt,
        JSON.stringify(u.platformSince),
        JSON.stringify(u.platformRuns),
      );
    for (const a of order(w.accounts))
      db.prepare(
        `INSERT INTO accounts (id, township_id, unit_id, role, name, created_at) VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z')`,
      ).run(a.id, T, a.unitId, a.role, a.name);
    for (const l of order(w.leads)) {
      const history = l.firstDecisionAt ? [{ at: l.firstDecisionAt, by: 'a0', decision: 'accept', note: null }] : [];
      db.prepare(
        `INSERT INTO leads (id, township_id, unit_id, author_id, client_id, title, body, category, photos, status, history, replies, highlight_section, created_at, updated_at, version)
         VALUES (?, ?, ?, ?, ?, ?, '内容', ?, '[]', ?, ?, '[]', ?, ?, ?, 1)`,
      ).run(
        l.id,
        T,
        l.unitId,
        l.authorId,
        `c-${l.id}`,
        l.title,
        l.category,
        l.status,
        JSON.stringify(history),
        l.highlightSection,
        l.createdAt,
        l.createdAt,
      );
    }
    for (const a of order(w.articles)) {
      db.prepare(
        `INSERT INTO articles (id, township_id, title, kind, body, status, credits, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?, 'a0', ?, ?)`,
      ).run(a.id, T, a.title, a.kind, '字'.repeat(a.bodyLength), JSON.stringify(a.credits), a.createdAt, a.createdAt);
      for (const l of a.leadIds)
        db.prepare('INSERT INTO article_leads (article_id, lead_id) VALUES (?, ?)').run(a.id, l);
    }
    for (const p of order(w.publications))
      db.prepare(
        `INSERT INTO publications (id, article_id, township_id, outlet, level, published_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'a0', '2026-01-01T00:00:00.000Z')`,
      ).run(p.id, p.articleId, T, p.outlet, p.level, p.publishedAt);
    for (const t of order(w.activities)) saveActivity(db, activityRecord(t));
    for (const t of order(w.workTasks)) saveWorkTask(db, workTaskRecord(t));
    savePlatformMonths(db, order(w.platformMonths).map(platformMonthRecord));
  })();
}

/** A fixed, busier township (seeded PRNG): 5 units, 8 accounts, 300 leads, 60 articles, ~90 publications. */
export function sampleWorld(seed = 42): StatsWorld {
  let s = seed >>> 0;
  const rand = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const w = fc.sample(worldArb, { numRuns: 1, seed })[0]!;
  const units = Array.from({ length: 5 }, (_, i) => ({
    id: `u${i}`,
    name: `${'东西南北中'[i]}山村`,
    position: i,
    platforms: i === 3 ? [] : (['douyin'] as PlatformKind[]),
    createdAt: LONG_AGO,
    deactivatedAt: null,
    platformSince: {},
    platformRuns: [],
  }));
  const accounts = Array.from({ length: 8 }, (_, i) => ({
    id: `a${i}`,
    name: `通讯员${i}`,
    role: (i === 7 ? 'editor' : 'reporter') as 'reporter' | 'editor',
    unitId: i === 7 ? null : `u${i % 4}`,
  }));
  const leads: WorldLead[] = Array.from({ length: 300 }, (_, i) => {
    const author = accounts[rand(8)]!;
    const at = rand(80 * 24 * 60);
    const status = LEAD_STATUSES[rand(LEAD_STATUSES.length)]!;
    return {
      id: `l${String(i).padStart(3, '0')}`,
      title: `线索${i}`,
      unitId: author.unitId,
      authorId: author.id,
      status,
      category: CATEGORIES[rand(4)]!,
      createdAt: iso(at),
      firstDecisionAt: status === 'submitted' ? null : iso(at + rand(4000)),
      highlightSection: rand(10) === 0 ? SECTIONS[rand(3)]! : null,
    };
  });
  const articles = Array.from({ length: 60 }, (_, i) => ({
    id: `r${i}`,
    title: `稿件${i}`,
    kind: ARTICLE_KINDS[rand(5)]!,
    bodyLength: [10, 1500, 3000][rand(3)]!,
    credits: [...new Set([`a${rand(8)}`, `a${rand(8)}`])],
    leadIds: [leads[rand(300)]!.id],
    createdAt: iso(rand(80 * 24 * 60)),
  }));
  const publications = articles.flatMap((a, i) =>
    Array.from({ length: rand(3) }, (_, j) => ({
      id: `p${i}_${j}`,
      articleId: a.id,
      outlet: `媒体${j}`,
      level: PUBLICATION_LEVELS[rand(6)]!,
      publishedAt: day(rand(80)),
    })),
  );
  return {
    units,
    accounts,
    leads,
    articles,
    publications,
    activities: w.activities.filter((t) => t.attendeeIds.every((id) => Number(id.slice(1)) < 8)),
    workTasks: w.workTasks,
    platformMonths: w.platformMonths,
  };
}

/** Random rule versions (counting, split, points, effective dates), for the SQL and the cloud adapters alike. */
export const ruleArb: fc.Arbitrary<AssessmentRule[]> = fc
  .array(
    fc.record({
      effectiveFrom: dayArb,
      counting: fc.constantFrom('highest', 'every') as fc.Arbitrary<'highest' | 'every'>,
      split: fc.constantFrom('equal', 'full', 'first') as fc.Arbitrary<'equal' | 'full' | 'first'>,
      scale: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 2 },
  )
  .map((vs) =>
    ruleVersions(
      T,
      vs.map((v, i) => {
        const d = defaultRule(T);
        return {
          ...d,
          id: `rule${i}`,
          effectiveFrom: v.effectiveFrom,
          levelCounting: v.counting,
          creditSplit: v.split,
          leadSubmitted: v.scale,
          publication: { ...d.publication, provincial: 15 * v.scale },
          createdAt: `2026-01-0${i + 1}`,
        };
      }),
    ),
  );
