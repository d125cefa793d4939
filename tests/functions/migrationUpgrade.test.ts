// A database written before migration 4 gains township settings, article photos and a rebuilt audit log; one
// written before migration 7 gives its units a history that keeps every old month's figures.
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
    INSERT INTO units SELECT id, township_id, name, kind, platforms, position FROM s.units;
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

test("migration 7 dates existing units from the month of their township's earliest record", async () => {
  const dir = makeDataDir();
  dirs.push(dir);
  const db = new Database(path.join(dir, DB_FILE));
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 6),
  );
  db.exec(`
    INSERT INTO townships (id, name, categories, timezone) VALUES ('t1', '甲镇', '[]', 'Asia/Shanghai'),
                                                                  ('t2', '乙镇', '[]', 'Asia/Shanghai');
    INSERT INTO units (id, township_id, name, kind, platforms, position) VALUES
      ('u1', 't1', '东村', 'village', '["douyin","wechat_official"]', 0),
      ('u2', 't1', '西村', 'village', '[]', 1),
      ('u9', 't2', '邻村', 'village', '["douyin"]', 0);
    INSERT INTO accounts (id, township_id, role, name, created_at) VALUES ('a1', 't1', 'admin', '管理员', '2025-03-10T00:00:00.000Z');
    INSERT INTO leads (id, township_id, unit_id, author_id, client_id, title, body, category, photos, status, history,
      replies, created_at, updated_at, version)
      VALUES ('l1', 't1', 'u1', 'a1', 'c1', '线索', '内容', '其他', '[]', 'submitted', '[]', '[]',
              '2025-02-17T20:00:00.000Z', '2025-02-17T20:00:00.000Z', 1);
  `);
  db.close();
  const before = Date.now();
  const store = LocalStore.open(dir);
  try {
    const [u1, u2] = await store.listUnits('t1');
    // The earliest record is a lead of 18 February (Shanghai): its units exist from 1 February, 00:00 Shanghai.
    expect(u1).toMatchObject({
      createdAt: '2025-01-31T16:00:00.000Z',
      deactivatedAt: null,
      platformSince: { douyin: '2025-02-01', wechat_official: '2025-02-01' },
    });
    expect(u2).toMatchObject({ createdAt: '2025-01-31T16:00:00.000Z', platformSince: {} });
    // A township with no record at all: its units start at the migration's clock.
    const [u9] = await store.listUnits('t2');
    expect(Date.parse(u9!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
  } finally {
    store.close();
  }
});
