// The statistics tables and the indexes their aggregates read, as migrations the lead appends to MIGRATIONS.
// Versions start at 101 so they never collide with the main list's own numbering.
import type { Migration } from '../migrations';

export const STATS_MIGRATIONS: readonly Migration[] = [
  {
    version: 101,
    name: 'assessment rules, trainings, export jobs',
    sql: `
      CREATE TABLE assessment_rules (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        effective_from TEXT NOT NULL,      -- YYYY-MM-DD, Asia/Shanghai
        body TEXT NOT NULL,                -- JSON of the rule's points, counting, split and minimum
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX assessment_rules_by_date ON assessment_rules (township_id, effective_from, created_at);
      CREATE TABLE trainings (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        topic TEXT NOT NULL,
        date TEXT NOT NULL,                -- YYYY-MM-DD, Asia/Shanghai
        trainer TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX trainings_by_date ON trainings (township_id, date DESC, id DESC);
      CREATE TABLE training_attendees (
        training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (training_id, account_id)
      );
      CREATE TABLE export_jobs (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        format TEXT NOT NULL,
        key TEXT NOT NULL,
        status TEXT NOT NULL,              -- running | done | failed
        progress REAL NOT NULL,
        file_id TEXT,
        file_name TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX export_jobs_by_key ON export_jobs (township_id, key, created_at DESC);
    `,
  },
  {
    version: 102,
    name: 'indexes for statistics',
    sql: `
      -- The period's leads with every column the summary groups by, read from the index alone.
      CREATE INDEX leads_stats ON leads (township_id, created_at, status, unit_id, category, author_id);
      -- The latest lead of each unit (silence alerts) without scanning the township's history (also in migration 4).
      CREATE INDEX IF NOT EXISTS leads_by_unit ON leads (township_id, unit_id, created_at);
      -- Highlight stories of a period: a handful among thousands (also in migration 4).
      CREATE INDEX IF NOT EXISTS leads_highlights ON leads (township_id, created_at) WHERE highlight_section IS NOT NULL;
      -- Milliseconds to the first decision, kept in the index so the median never parses every lead's history.
      CREATE INDEX leads_decision_ms ON leads (township_id, created_at,
        CAST(round((unixepoch(json_extract(history, '$[0].at'), 'subsec') - unixepoch(created_at, 'subsec')) * 1000) AS INTEGER));
      CREATE INDEX articles_by_created ON articles (township_id, created_at, kind);
      CREATE INDEX publications_by_level ON publications (township_id, published_at, level, article_id);
    `,
  },
  {
    version: 103,
    name: 'indexes that count the summary without sorting',
    // Grouping a year of leads in one pass sorts every row (100+ ms for 100,000 leads). With these, each figure is
    // a handful of index range counts (SQLite counts a range without reading rows) or a walk in the order it needs.
    // Expression index, not a stored column: SQLite keeps it up to date on every write, whoever the writer is.
    sql: `
      -- leadsByMonth: one range per (status, month).
      CREATE INDEX leads_status_time ON leads (township_id, status, created_at);
      -- leadsByUnit, accepted: one range per (unit, status); submitted uses leads_by_unit (migration 4).
      CREATE INDEX leads_unit_status_time ON leads (township_id, unit_id, status, created_at);
      -- leadsByCategory: the categories one seek each, then one range per category.
      CREATE INDEX leads_category_time ON leads (township_id, category, created_at);
      -- medianHoursToDecision: the township's decided leads in order of time to decision; the median is the k-th
      -- entry of the period, reached without sorting. Same expression as leads_decision_ms (which counts them).
      CREATE INDEX leads_decision_order ON leads (township_id,
        CAST(round((unixepoch(json_extract(history, '$[0].at'), 'subsec') - unixepoch(created_at, 'subsec')) * 1000) AS INTEGER),
        created_at);
      -- medianHoursToFirstPublication: a cited lead's township and creation time without reading its row.
      CREATE INDEX leads_id_time ON leads (id, township_id, created_at);
    `,
  },
  {
    version: 104,
    name: 'summary drafts and the issuing body',
    sql: `
      -- One saved summary document per township and period (DESIGN 4.5); sections as JSON [{key, heading, text}].
      CREATE TABLE summary_drafts (
        township_id TEXT NOT NULL REFERENCES townships(id),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL,
        signed_on TEXT NOT NULL,
        sections TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        PRIMARY KEY (township_id, from_date, to_date)
      );
      ALTER TABLE townships ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
      -- Exports are offered under their title (Content-Disposition), not their opaque fileID.
      ALTER TABLE files ADD COLUMN download_name TEXT;
    `,
  },
  {
    version: 105,
    name: 'activities: the ledger trainings become part of',
    // Every training becomes an activity of kind 业务培训 with its topic, trainer and attendees; participants are its
    // named attendees, one batch. The trainings tables go: one table, one truth for trainings.save/list and figures.
    sql: `
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,                -- YYYY-MM-DD, Asia/Shanghai
        section TEXT,
        unit_id TEXT,
        participants INTEGER NOT NULL,
        batches INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        note TEXT NOT NULL,
        photos TEXT NOT NULL,              -- JSON array of fileIDs
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX activities_by_date ON activities (township_id, date DESC, id DESC);
      CREATE INDEX activities_by_kind ON activities (township_id, kind, date DESC, id DESC);
      CREATE TABLE activity_attendees (
        activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, account_id)
      );
      INSERT INTO activities (id, township_id, kind, title, date, section, unit_id, participants, batches, speaker, note,
                              photos, created_by, created_at, updated_at)
        SELECT t.id, t.township_id, '业务培训', t.topic, t.date, NULL, NULL,
               (SELECT count(*) FROM training_attendees ta WHERE ta.training_id = t.id), 1, t.trainer, '', '[]',
               t.created_by, t.created_at, t.updated_at
          FROM trainings t;
      INSERT INTO activity_attendees (activity_id, account_id, position)
        SELECT training_id, account_id, position FROM training_attendees;
      DROP TABLE training_attendees;
      DROP TABLE trainings;
    `,
  },
  {
    version: 106,
    name: 'work plan tasks',
    sql: `
      CREATE TABLE work_tasks (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        year INTEGER NOT NULL,
        title TEXT NOT NULL,
        owner_unit_id TEXT,
        due_month INTEGER NOT NULL,        -- 1–12
        status TEXT NOT NULL,              -- pending | ongoing | done
        note TEXT NOT NULL,
        note_date TEXT NOT NULL,           -- YYYY-MM-DD, Asia/Shanghai
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX work_tasks_by_year ON work_tasks (township_id, year, status);
    `,
  },
  {
    version: 107,
    name: 'monthly reach of publicity accounts',
    sql: `
      CREATE TABLE platform_months (
        township_id TEXT NOT NULL REFERENCES townships(id),
        unit_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        month TEXT NOT NULL,               -- YYYY-MM, Asia/Shanghai
        followers INTEGER NOT NULL,        -- at the month's end
        reads INTEGER NOT NULL,            -- reads or plays during the month
        entered_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (township_id, unit_id, platform, month)
      );
      CREATE INDEX platform_months_by_month ON platform_months (township_id, month);
    `,
  },
  {
    version: 108,
    name: 'activities by attendee',
    // A person's export lists the activities naming them; without this it scans every attendee row.
    sql: `CREATE INDEX activity_attendees_by_account ON activity_attendees (account_id, activity_id);`,
  },
];
