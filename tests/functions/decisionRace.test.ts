// Two editors decide on the same lead at the same moment, raced on the real SQLite store rather than one after the
// other through the HTTP host: both read the same version before either writes, so the loser's 409 can only come
// from the store's version check, not from the status machine refusing a decided lead.
import fs from 'node:fs';
import { seedDemoIfEmpty } from '../../cloudfunctions/adapters/local/demo';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import type { Context, Identity, Store } from '../../cloudfunctions/core/ports';
import { SILENT_NOTIFIER, wireContext } from '../../cloudfunctions/core/ports';
import { NO_MODERATION } from '../../cloudfunctions/core/moderation/ports';
import { scryptPasswords } from '../../cloudfunctions/shared/passwords';
import type { AccountRecord } from '../../cloudfunctions/core/accounts/records';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import { dispatch } from '../../cloudfunctions/core/runtime';
import { leadsFunction } from '../../cloudfunctions/functions/leads';
import { makeDataDir } from '../support/host';

const NOW = new Date('2025-06-30T04:00:00.000Z');
let dir: string;
let store: LocalStore;

beforeAll(async () => {
  dir = makeDataDir();
  store = LocalStore.open(dir);
  await seedDemoIfEmpty(store, NOW);
});
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The store, except that the first `parties` reads of a lead wait for each other: every party sees one version. */
function racingStore(parties: number, saves: boolean[]): Store {
  let arrived = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'getLead') {
        return async (townshipId: string, id: string) => {
          const lead = await target.getLead(townshipId, id);
          if (arrived < parties) {
            arrived += 1;
            if (arrived === parties) open();
            await gate;
          }
          return lead;
        };
      }
      if (prop === 'saveLead') {
        return async (...args: Parameters<Store['saveLead']>) => {
          const saved = await target.saveLead(...args);
          saves.push(saved);
          return saved;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Store;
}

function contextOn(raceStore: Store): Context {
  let seq = 0;
  return wireContext({
    store: raceStore,
    passwords: scryptPasswords,
    files: {
      ownedBy: async () => true,
      uploadFolder: () => null,
      signedUrls: async () => new Map(),
      remove: async () => undefined,
      readSheet: async () => null,
    },
    notifier: SILENT_NOTIFIER,
    moderation: NO_MODERATION,
    clock: { now: () => NOW },
    newId: () => `race-${++seq}`,
  });
}

const account = async (username: string) => (await store.findAccountByUsername(username)) as AccountRecord;
const as = (a: AccountRecord): Identity => ({ account: a, openid: null });

function submittedLeadIds(count: number): string[] {
  const sql = "SELECT id FROM leads WHERE township_id = 't_demo' AND status = 'submitted' ORDER BY id LIMIT ?";
  const rows = store.db.prepare(sql).all(count) as { id: string }[];
  expect(rows).toHaveLength(count);
  return rows.map((r) => r.id);
}

function decisionEvents(id: string): number {
  const sql = "SELECT COUNT(*) AS n FROM lead_events WHERE lead_id = ? AND kind = 'decision'";
  return (store.db.prepare(sql).get(id) as { n: number }).n;
}

test.each([
  ['the same editor in two tabs', 'editor', 'editor'],
  ['an editor and an admin', 'editor', 'admin'],
])('%s: exactly one decision wins, the other is CONFLICT from the version check', async (_, first, second) => {
  const [id] = submittedLeadIds(1) as [string];
  const before = (await store.getLead('t_demo', id)) as LeadRecord;
  const eventsBefore = decisionEvents(id);
  const saves: boolean[] = [];
  const ctx = contextOn(racingStore(2, saves));
  const reject = { action: 'review', id, decision: 'reject', note: '与已有线索重复' };
  const [a, b] = await Promise.all([
    dispatch(leadsFunction, { action: 'review', id, decision: 'accept' }, as(await account(first)), ctx),
    dispatch(leadsFunction, reject, as(await account(second)), ctx),
  ]);

  expect(saves.sort()).toEqual([false, true]); // both passed the status machine; the store refused one
  const answers = [a, b];
  const won = answers.filter((e) => e.ok);
  const lost = answers.filter((e) => !e.ok);
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0]).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect((lost[0] as { error: { message: string } }).error.message).toMatch(/已由.+处理/);

  const after = (await store.getLead('t_demo', id)) as LeadRecord;
  expect(after.version).toBe(before.version + 1);
  expect(after.history).toHaveLength(before.history.length + 1);
  expect(after.status).toBe(a.ok ? 'accepted' : 'rejected');
  expect(decisionEvents(id)).toBe(eventsBefore + 1);
});
