// The SQLite adapter underneath the host: migrations, durability settings, compare-and-set, keyset pages,
// and the demo township it seeds.
import fs from 'node:fs';
import { migrate } from '../../cloudfunctions/adapters/local/db';
import { MIGRATIONS } from '../../cloudfunctions/adapters/local/migrations';
import { seedDemoIfEmpty } from '../../cloudfunctions/adapters/local/demo';
import { anEvent } from '../support/events';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import { PUBLICATION_LEVELS } from '../../cloudfunctions/core/vocabulary';
import { makeDataDir } from '../support/host';

const NOW = new Date('2025-06-30T04:00:00.000Z');
const dirs: string[] = [];
const stores: LocalStore[] = [];
function openStore(): LocalStore {
  const dir = makeDataDir();
  dirs.push(dir);
  const store = LocalStore.open(dir);
  stores.push(store);
  return store;
}
afterAll(() => {
  stores.forEach((s) => s.db.open && s.close());
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

test('WAL, synchronous=FULL, and every migration recorded once', () => {
  const store = openStore();
  expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
  expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
  expect(migrate(store.db, MIGRATIONS)).toEqual([]); // nothing left to apply
});

describe('on the demo township', () => {
  let store: LocalStore;
  beforeAll(async () => {
    store = openStore();
    await seedDemoIfEmpty(store, NOW);
  });

  const lead = (id: string) => store.getLead('t_demo', id) as Promise<LeadRecord>;

  test('seeding is deterministic for the same date', async () => {
    // Two fresh stores: the shared one is changed by the tests below, in whatever order they run.
    const [one, other] = [openStore(), openStore()];
    await seedDemoIfEmpty(one, NOW);
    await seedDemoIfEmpty(other, NOW);
    const sql = 'SELECT id, client_id, title, status, history, created_at FROM leads ORDER BY id';
    const dump = (s: LocalStore) => s.db.prepare(sql).all();
    expect(dump(other)).toEqual(dump(one));
  });

  test('the demo has the township, units, people and invites DESIGN 4.4 asks for', async () => {
    const township = await store.getTownship('t_demo');
    expect(township).toMatchObject({ name: '示范镇', timezone: 'Asia/Shanghai' });
    expect(township!.categories).toContain('党建引领');
    const units = await store.listUnits('t_demo');
    expect(units.length).toBeGreaterThanOrEqual(6);
    expect(units.some((u) => u.platforms.length === 0)).toBe(true);
    expect(new Set(units.map((u) => u.kind))).toEqual(
      new Set(['village', 'community', 'enterprise', 'site', 'department']),
    );
    const r1 = await store.findAccountByUsername('reporter1');
    const r2 = await store.findAccountByUsername('reporter2');
    expect(r1?.unitId).not.toBe(r2?.unitId);
    expect(units.find((u) => u.id === r1?.unitId)?.kind).toBe('village');
    expect(units.find((u) => u.id === r2?.unitId)?.kind).toBe('village');
    const invite = await store.getInvite('QSCUN234');
    expect(invite).toMatchObject({ role: 'reporter', unitId: 'u_qingshi', usesLeft: 30 });
  });

  test('a year of leads in every status, articles of every kind, publications at every level', () => {
    const statuses = store.db
      .prepare('SELECT DISTINCT status FROM leads')
      .all()
      .map((r) => (r as { status: string }).status);
    expect(new Set(statuses)).toEqual(new Set(['submitted', 'accepted', 'needs_info', 'rejected', 'merged', 'used']));
    const span = store.db.prepare('SELECT min(created_at) AS first, max(created_at) AS last FROM leads').get() as {
      first: string;
      last: string;
    };
    expect(new Date(span.first).getTime()).toBeLessThan(NOW.getTime() - 300 * 86_400_000);
    expect(new Date(span.last).getTime()).toBeLessThan(NOW.getTime());
    const kinds = store.db.prepare('SELECT DISTINCT kind FROM articles').all();
    expect(kinds).toHaveLength(5);
    const articles = store.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    expect(articles.n).toBeGreaterThanOrEqual(35);
    const levels = store.db
      .prepare('SELECT DISTINCT level FROM publications')
      .all()
      .map((r) => (r as { level: string }).level);
    expect(new Set(levels)).toEqual(new Set(PUBLICATION_LEVELS));
    // Every cited lead is used, and every used lead is cited.
    const mismatched = store.db
      .prepare(
        `SELECT count(*) AS n FROM leads l WHERE (l.status = 'used') != EXISTS (SELECT 1 FROM article_leads al WHERE al.lead_id = l.id)`,
      )
      .get() as { n: number };
    expect(mismatched.n).toBe(0);
  });

  test('saveLead is a compare-and-set on version', async () => {
    const before = await lead('l_demo_0010');
    expect(await store.saveLead({ ...before, title: '第一次修改' }, before.version, anEvent())).toBe(true);
    expect(await store.saveLead({ ...before, title: '过期的修改' }, before.version, anEvent())).toBe(false);
    const after = await lead('l_demo_0010');
    expect(after).toMatchObject({ title: '第一次修改', version: before.version + 1 });
    expect(await store.saveLead({ ...after, townshipId: 't_other' }, after.version, anEvent())).toBe(false);
  });

  test('insertLead returns the existing lead untouched when the clientId is taken', async () => {
    const existing = await lead('l_demo_0020');
    const result = await store.insertLead({ ...existing, id: 'l_new', title: '别的内容' });
    expect(result.created).toBe(false);
    expect(result.lead).toEqual(existing);
    expect(await store.getLead('t_demo', 'l_new')).toBeNull();
  });

  test('pages in both orders visit every matching lead once, even with equal timestamps', async () => {
    const base = await lead('l_demo_0030');
    const at = '2025-06-29T01:00:00.000Z';
    for (const id of ['l_tie_b', 'l_tie_a', 'l_tie_c']) {
      await store.insertLead({
        ...base,
        id,
        clientId: `${id}-client`,
        status: 'submitted',
        createdAt: at,
        urgent: id === 'l_tie_c',
      });
    }
    for (const order of ['newest', 'queue'] as const) {
      const query = { townshipId: 't_demo', statuses: ['submitted' as const], order, limit: 2 };
      const seen: string[] = [];
      let after;
      do {
        const page = await store.listLeads({ ...query, after });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((l) => l.id));
        after = page.next ?? undefined;
      } while (after);
      const all = await store.listLeads({ ...query, limit: 200 });
      expect(seen).toEqual(all.items.map((l) => l.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['l_tie_a', 'l_tie_b', 'l_tie_c']));
    }
  });

  test('a second account with a taken openid or username is a CONFLICT, not a crash', async () => {
    const base = (await store.getAccount('a_reporter1'))!;
    await store.insertAccount({ ...base, id: 'a_wx1', username: null, passwordHash: null, openid: 'o_same' });
    await expect(
      store.insertAccount({ ...base, id: 'a_wx2', username: null, passwordHash: null, openid: 'o_same' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.insertAccount({ ...base, id: 'a_dup' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
