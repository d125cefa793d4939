// The database's one-time setup, safe to run again: creates every declared collection that is missing
// (Database.createCollection: developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/
// Database.createCollection.html). Security rules and indexes cannot be set from wx-server-sdk; the answer lists
// them for the console (docs/deploy.md), from the same declaration.
import { DATABASE, indexLines } from './collections';

export interface SetupDatabase {
  /** Rejects when the collection exists. */
  createCollection(name: string): Promise<unknown>;
}

export interface SetupReport {
  created: string[];
  existing: string[];
  /** Set in the console: 数据库 → 集合 → 数据权限 → 自定义安全规则. */
  rules: { collection: string; rule: string }[];
  indexes: string[];
}

const exists = (err: unknown) => /exist/i.test(String((err as Error)?.message ?? err));

export async function setupDatabase(db: SetupDatabase): Promise<SetupReport> {
  const report: SetupReport = { created: [], existing: [], rules: [], indexes: indexLines() };
  for (const c of DATABASE) {
    try {
      await db.createCollection(c.name);
      report.created.push(c.name);
    } catch (err) {
      if (!exists(err)) throw err;
      report.existing.push(c.name);
    }
    report.rules.push({ collection: c.name, rule: JSON.stringify(c.rule) });
  }
  return report;
}
