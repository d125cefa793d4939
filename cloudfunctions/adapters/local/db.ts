// Opens DATA_DIR/xiangxun.db with durable settings and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export const DB_FILE = 'xiangxun.db';

export function openDatabase(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DB_FILE));
  // WAL lets readers run beside the writer; FULL syncs the WAL on every commit so an
  // acknowledged submission survives a power cut (the design asks for both).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  cacheStatements(db);
  migrate(db, MIGRATIONS);
  return db;
}

/** Enough for every fixed statement of the store plus the IN (?, …) variants of common list sizes. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The store calls db.prepare(sql) where it needs a statement, and better-sqlite3 compiles the SQL every time (7 % of
 * the host's time under load): hand out one compiled statement per SQL text instead, reset to its default modes
 * since pluck() and raw() stick to a statement. Safe because nothing iterates a statement while another uses it
 * (all access is synchronous and no code calls iterate()).
 */
export function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (!cached) {
      const stmt = prepare(sql);
      if (cache.size < STATEMENT_CACHE_SIZE) cache.set(sql, stmt);
      return stmt;
    }
    if (cached.reader) cached.pluck(false).expand(false).raw(false);
    return cached;
  }) as Db['prepare'];
}

/** Applies, each in its own transaction, the migrations this database has not seen yet. */
export function migrate(db: Db, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  const applied: number[] = [];
  for (const m of ordered) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied.push(m.version);
  }
  return applied;
}
