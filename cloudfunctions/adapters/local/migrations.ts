// The SQLite schema as an ordered list of migrations; a database records which versions it has applied.
// Append new migrations at the end, never edit one that has shipped: old databases replay only what they miss.

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
];
