// The SQLite schema as an ordered list of migrations; a database records which versions it has applied.
// Append new migrations at the end, never edit one that has shipped: old databases replay only what they miss.

import { STATS_MIGRATIONS } from './stats/migrations';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'townships, units, accounts, invites',
    sql: `
      CREATE TABLE townships (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        categories TEXT NOT NULL,          -- JSON array of category names
        timezone TEXT NOT NULL
      );
      CREATE TABLE units (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        platforms TEXT NOT NULL,           -- JSON array of platform kinds, may be []
        position INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX units_by_township ON units (township_id, position, name);
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        unit_id TEXT REFERENCES units(id),
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        phone TEXT,
        username TEXT UNIQUE,
        password_hash TEXT,
        openid TEXT UNIQUE,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );
      CREATE INDEX accounts_by_name ON accounts (township_id, name, id);
      CREATE INDEX accounts_by_role ON accounts (township_id, role, name, id);
      CREATE TABLE invites (
        code TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        unit_id TEXT REFERENCES units(id),
        role TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        uses_left INTEGER NOT NULL CHECK (uses_left >= 0),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'leads and files',
    sql: `
      CREATE TABLE leads (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        unit_id TEXT,
        author_id TEXT NOT NULL REFERENCES accounts(id),
        client_id TEXT NOT NULL UNIQUE,    -- the idempotency key made on the phone
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        category TEXT NOT NULL,
        occurred_at TEXT,
        place TEXT,
        photos TEXT NOT NULL,              -- JSON array of fileIDs
        urgent INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        history TEXT NOT NULL,             -- JSON array of HistoryEntry
        replies TEXT NOT NULL,             -- JSON array of ReplyEntry
        merged_into TEXT,
        highlight_section TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      );
      -- 'newest' order (createdAt desc, id desc), for the township and for one author.
      CREATE INDEX leads_newest ON leads (township_id, created_at DESC, id DESC);
      CREATE INDEX leads_mine ON leads (township_id, author_id, created_at DESC, id DESC);
      -- 'queue' order (urgent first, then oldest) within one status.
      CREATE INDEX leads_queue ON leads (township_id, status, urgent DESC, created_at ASC, id ASC);
      CREATE TABLE files (
        id TEXT PRIMARY KEY,               -- the opaque fileID, also the name on disk
        owner_id TEXT NOT NULL REFERENCES accounts(id),
        township_id TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX files_by_owner ON files (owner_id, id);
    `,
  },
  {
    version: 3,
    name: 'articles and publications',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        township_id TEXT NOT NULL REFERENCES townships(id),
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,              -- draft | published
        credits TEXT NOT NULL,             -- JSON array of account ids
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX articles_newest ON articles (township_id, created_at DESC, id DESC);
      CREATE TABLE article_leads (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        lead_id TEXT NOT NULL REFERENCES leads(id),
        PRIMARY KEY (article_id, lead_id)
      );
      CREATE INDEX article_leads_by_lead ON article_leads (lead_id, article_id);
      CREATE TABLE publications (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        township_id TEXT NOT NULL,
        outlet TEXT NOT NULL,
        level TEXT NOT NULL,
        published_at TEXT NOT NULL,        -- YYYY-MM-DD in the township's time zone
        url TEXT,
        proof_file_id TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX publications_by_article ON publications (article_id, published_at);
      CREATE INDEX publications_by_date ON publications (township_id, published_at);
    `,
  },
  {
    version: 4,
    name: 'township settings, article photos, lead audit log, desk filters',
    sql: `
      ALTER TABLE townships ADD COLUMN aging_amber_hours INTEGER NOT NULL DEFAULT 24;
      ALTER TABLE townships ADD COLUMN aging_red_hours INTEGER NOT NULL DEFAULT 72;
      ALTER TABLE townships ADD COLUMN highlight_sections TEXT NOT NULL DEFAULT '["理论武装","思想教育","对外宣传","队伍建设"]';
      ALTER TABLE articles ADD COLUMN photos TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE article_leads ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX articles_by_status ON articles (township_id, status, created_at DESC, id DESC);
      -- The desk filters by unit and by creation dates across statuses (counts, twins).
      CREATE INDEX leads_by_unit ON leads (township_id, unit_id, created_at);
      CREATE INDEX leads_highlights ON leads (township_id, created_at) WHERE highlight_section IS NOT NULL;

      -- Append-only audit log: one line per lead change, written in the transaction of the change itself.
      CREATE TABLE lead_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        lead_id TEXT NOT NULL REFERENCES leads(id),
        township_id TEXT NOT NULL,
        version INTEGER NOT NULL,          -- the lead's version after the change (0: rebuilt from history)
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        kind TEXT NOT NULL,                -- submitted | decision | reply | highlight | cited
        decision TEXT,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        note TEXT,
        ref TEXT
      );
      CREATE INDEX lead_events_by_lead ON lead_events (lead_id, seq);
      CREATE TRIGGER lead_events_no_update BEFORE UPDATE ON lead_events
        BEGIN SELECT RAISE(ABORT, 'lead_events is append-only'); END;
      CREATE TRIGGER lead_events_no_delete BEFORE DELETE ON lead_events
        BEGIN SELECT RAISE(ABORT, 'lead_events is append-only'); END;

      -- Databases from before the log: rebuild it from what the leads and articles remember, in time order.
      INSERT INTO lead_events (lead_id, township_id, version, at, by, kind, decision, from_status, to_status, note, ref)
      SELECT lead_id, township_id, 0, at, by, kind, decision, from_status, to_status, note, ref FROM (
        SELECT id AS lead_id, township_id, created_at AS at, author_id AS by, 'submitted' AS kind, NULL AS decision,
               'submitted' AS from_status, 'submitted' AS to_status, NULL AS note, NULL AS ref
          FROM leads
        UNION ALL
        SELECT l.id, l.township_id, json_extract(h.value, '$.at'), json_extract(h.value, '$.by'), 'decision',
               json_extract(h.value, '$.decision'), json_extract(h.value, '$.from'), json_extract(h.value, '$.to'),
               json_extract(h.value, '$.note'), CASE WHEN json_extract(h.value, '$.decision') = 'merge' THEN l.merged_into END
          FROM leads l, json_each(l.history) h
        UNION ALL
        SELECT l.id, l.township_id, json_extract(r.value, '$.at'), json_extract(r.value, '$.by'), 'reply', NULL,
               'needs_info', 'submitted', json_extract(r.value, '$.text'), NULL
          FROM leads l, json_each(l.replies) r
        UNION ALL
        SELECT l.id, l.township_id, a.created_at, a.created_by, 'cited', NULL, 'accepted', 'used', a.title, a.id
          FROM article_leads al JOIN articles a ON a.id = al.article_id JOIN leads l ON l.id = al.lead_id
      ) ORDER BY at, lead_id;
    `,
  },
  {
    version: 5,
    name: 'full-text index of lead titles and bodies',
    sql: `
      -- Trigram index: any substring of 3+ characters (Chinese included) is found without scanning every lead.
      CREATE VIRTUAL TABLE leads_text USING fts5(title, body, content = 'leads', content_rowid = 'rowid', tokenize = 'trigram');
      INSERT INTO leads_text (leads_text) VALUES ('rebuild');
      CREATE TRIGGER leads_text_insert AFTER INSERT ON leads BEGIN
        INSERT INTO leads_text (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER leads_text_update AFTER UPDATE OF title, body ON leads BEGIN
        INSERT INTO leads_text (leads_text, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO leads_text (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER leads_text_delete AFTER DELETE ON leads BEGIN
        INSERT INTO leads_text (leads_text, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
    `,
  },
  {
    version: 6,
    name: 'credentials version and one-time passwords of accounts',
    sql: `
      ALTER TABLE accounts ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 7,
    name: 'units have a history: created, deactivated, and the day each platform started',
    // Existing units get the first day of the month of their township's earliest record (its first account, lead
    // or article), not the migration's clock: every month anything was recorded in keeps its figures and alerts
    // (a unit counts for the monthly minimum only in months it lived in whole). A township with no record gets the
    // clock. Existing platforms start with their unit.
    sql: `
      ALTER TABLE units ADD COLUMN created_at TEXT NOT NULL DEFAULT '';   -- ISO instant
      ALTER TABLE units ADD COLUMN deactivated_at TEXT;                   -- ISO instant, NULL while active
      ALTER TABLE units ADD COLUMN platform_since TEXT NOT NULL DEFAULT '{}'; -- JSON {platform: YYYY-MM-DD}
      UPDATE units SET created_at = coalesce(
        (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', strftime('%Y-%m-01', min(first), '+8 hours'), '-8 hours') FROM (
           SELECT min(created_at) AS first FROM accounts WHERE township_id = units.township_id
           UNION ALL SELECT min(created_at) FROM leads WHERE township_id = units.township_id
           UNION ALL SELECT min(created_at) FROM articles WHERE township_id = units.township_id)),
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      UPDATE units SET platform_since =
        (SELECT json_group_object(p.value, date(units.created_at, '+8 hours')) FROM json_each(units.platforms) p);
    `,
  },
  {
    version: 8,
    name: 'units remember the runs of the platforms they gave up, with the first and last day of each',
    // Until now a removed platform was simply forgotten. Nothing is recovered: no township runs a release that could
    // remove one (Xiangxun has not gone live), and demo databases are seeded afresh.
    sql: `
      ALTER TABLE units ADD COLUMN platform_runs TEXT NOT NULL DEFAULT '[]'; -- JSON [{platform, since, until}]
    `,
  },
  ...STATS_MIGRATIONS,
  {
    // Numbered apart from the core (1–99) and stats (101–) ranges so branches adding migrations do not collide.
    version: 201,
    name: 'content moderation: verdicts on leads and articles, the township word list',
    sql: `
      ALTER TABLE leads ADD COLUMN moderation TEXT;                                   -- JSON LeadModeration, NULL before checks
      ALTER TABLE leads ADD COLUMN moderation_state TEXT NOT NULL DEFAULT 'pass';  -- its combined state, for the queue filter
      CREATE INDEX leads_flagged ON leads (township_id, moderation_state) WHERE moderation_state <> 'pass';
      ALTER TABLE townships ADD COLUMN moderation_words TEXT NOT NULL DEFAULT '[]';   -- JSON array of words
      ALTER TABLE articles ADD COLUMN moderation TEXT;                                -- JSON Moderation of title and body
    `,
  },
  {
    version: 202,
    name: 'retention: purged leads keep their row for the statistics, the township sets the period',
    sql: `
      ALTER TABLE leads ADD COLUMN purged_at TEXT;                                    -- content and photos deleted then
      ALTER TABLE townships ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180;
    `,
  },
  {
    // Its own range (301–), as moderation (201–), so parallel branches do not collide.
    version: 301,
    name: 'accounts audit log (erasures)',
    sql: `
      -- Append-only: what an admin did to a person's account that no lead's log can hold (PIPL erasure).
      CREATE TABLE account_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        township_id TEXT NOT NULL,
        account_id TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT
      );
      CREATE INDEX account_events_by_account ON account_events (township_id, account_id, seq);
    `,
  },
  {
    // Its own range (501–), as moderation (201–) and accounts (301–), so parallel branches do not collide.
    version: 501,
    name: 'activity kinds as a township setting',
    sql: `
      -- JSON array; the default is ACTIVITY_KINDS, what every township had before the setting existed.
      ALTER TABLE townships ADD COLUMN activity_kinds TEXT NOT NULL
        DEFAULT '["理论学习/研讨","宣讲","警示教育/实践学习","思想教育","业务培训","文化活动","其他"]';
    `,
  },
];
