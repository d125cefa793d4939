// A database written before migration 4 gains township settings, article photos and a rebuilt audit log.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE, migrate } from '../../cloudfunctions/adapters/local/db';
import { MIGRATIONS } from '../../cloudfunctions/adapters/local/migrations';
import { seedDemoIfEmpty } from '../../cloudfunctions/adapters/local/demo';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { makeDataDir } from '../support/host';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test('upgrading keeps every record and logs what the leads and articles remember', async () => {
  // The demo as the current code seeds it, then copied into a fresh version-3 database row by row.
  const seededDir = makeDataDir();
  const oldDir = makeDataDir();
  dirs.push(seededDir, oldDir);
  const seeded = LocalStore.open(seededDir);
  await seedDemoIfEmpty(seeded, new Date('2025-06-30T04:00:00.000Z'));
  const expectedLog = seeded.db
    .prepare('SELECT lead_id, kind, decision, from_status, to_status FROM lead_events ORDER BY lead_id, at, kind')
    .all();

  const old = new Database(path.join(oldDir, DB_FILE));
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version <= 3),
  );
  old.exec(`ATTACH '${path.join(seededDir, DB_FILE)}' AS s`);
  old.exec(`
    INSERT INTO townships SELECT id, name, categories, timezone FROM s.townships;
    INSERT INTO units SELECT * FROM s.units;
    INSERT INTO accounts SELECT id, township_id, unit_id, role, name, phone, username, password_hash, openid, active,
      created_at FROM s.accounts;
    INSERT INTO leads SELECT id, township_id, unit_id, author_id, client_id, title, body, category, occurred_at, place,
      photos, urgent, status, history, replies, merged_into, highlight_section, created_at, updated_at, version
      FROM s.leads;
    INSERT INTO articles SELECT id, township_id, title, kind, body, status, credits, created_by, created_at, updated_at, version FROM s.articles;
    INSERT INTO article_leads SELECT article_id, lead_id FROM s.article_leads;
    INSERT INTO publications SELECT * FROM s.publications;
  `);
  old.exec('DETACH s');
  old.close();
  seeded.close();

  const upgraded = LocalStore.open(oldDir);
  try {
    expect(await upgraded.getTownship('t_demo')).toMatchObject({
      agingHours: { amber: 24, red: 72 },
      highlightSections: ['理论武装', '思想教育', '对外宣传', '队伍建设'],
    });
    const article = (await upgraded.listArticles({ townshipId: 't_demo', limit: 1 })).items[0]!;
    expect(article.photos).toEqual([]);
    const log = upgraded.db
      .prepare('SELECT lead_id, kind, decision, from_status, to_status FROM lead_events ORDER BY lead_id, at, kind')
      .all();
    expect(log).toEqual(expectedLog);
    expect(() => upgraded.db.prepare('DELETE FROM lead_events').run()).toThrow(/append-only/);
  } finally {
    upgraded.close();
  }
});
