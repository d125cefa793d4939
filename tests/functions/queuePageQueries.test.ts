// The queries behind one queue page follow the page, not the township: a page of 20 leads reads their articles
// through the lead index, however many articles the township has written.
import Database from 'better-sqlite3';
import { migrate } from '../../cloudfunctions/adapters/local/db';
import { MIGRATIONS } from '../../cloudfunctions/adapters/local/migrations';
import { articlesOfLeadsSql } from '../../cloudfunctions/adapters/local/articleTables';
import { LEAD_COLUMNS, leadRowFromValues } from '../../cloudfunctions/adapters/local/rows';

function plan(sql: string, params: unknown[]): string[] {
  const db = new Database(':memory:');
  try {
    migrate(db, MIGRATIONS);
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  } finally {
    db.close();
  }
}

describe('queue page queries', () => {
  it("articles of a page's leads: looked up by lead id, never by walking the township's articles", () => {
    const leads = Array.from({ length: 20 }, (_, i) => `L${i}`);
    const steps = plan(articlesOfLeadsSql(leads.length), ['t1', ...leads]);
    expect(steps[0]).toContain('COVERING INDEX article_leads_by_lead (lead_id=?)');
    expect(steps.filter((s) => /articles_newest|articles_by_status|^SCAN/.test(s))).toEqual([]);
  });

  it('a page reads every column of the leads table, each into its own field', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const table = (db.prepare('PRAGMA table_info(leads)').all() as { name: string }[]).map((c) => c.name);
    db.close();
    const columns = LEAD_COLUMNS.split(', ');
    expect([...columns].sort()).toEqual([...table].sort());
    // Each value lands in the field named like its column, whatever the order of the list.
    expect(leadRowFromValues(columns)).toEqual(Object.fromEntries(columns.map((c) => [c, c])));
  });
});
