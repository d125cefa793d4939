// The wx Store keeps the promises of ports.ts: idempotent inserts, compare-and-set saves, atomic invite uses, isolation.
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import { leadDocId, WxStore } from '../../cloudfunctions/adapters/wx/store';
import { FakeDb } from './fakeDb';
import { anEvent } from '../support/events';
import { account, invite, lead, seedBasics, T1 } from './fixtures';

let db: FakeDb;
let store: WxStore;
beforeEach(() => {
  db = new FakeDb();
  store = new WxStore(db);
  seedBasics(db, [
    account({ id: 'r1', name: '张三', openid: 'o-r1', unitId: 'u1' }),
    account({ id: 'r2', name: '李四', unitId: 'u2' }),
    account({ id: 'e9', name: '王五', townshipId: 't2', role: 'editor' }),
  ]);
});

describe('insertLead', () => {
  it('stores a lead under a key made from its clientId', async () => {
    const draft = lead();
    const { lead: stored, created } = await store.insertLead(draft);
    expect(created).toBe(true);
    expect(stored.id).toBe(leadDocId(draft.clientId));
    expect(await store.getLead('t1', stored.id)).toEqual(stored);
  });

  it('returns the stored lead untouched when the same clientId comes again', async () => {
    const first = await store.insertLead(lead({ title: '第一次' }));
    const again = await store.insertLead(lead({ clientId: first.lead.clientId, title: '第二次' }));
    expect(again.created).toBe(false);
    expect(again.lead).toEqual(first.lead);
    expect(db.all('leads')).toHaveLength(1);
  });

  it('creates exactly one lead when retries of one draft race', async () => {
    const clientId = lead().clientId;
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.insertLead(lead({ clientId }))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.lead.id)).size).toBe(1);
    expect(db.all('leads')).toHaveLength(1);
  });

  it('lets a failure other than a duplicate key through', async () => {
    const broken = new WxStore(
      Object.assign(Object.create(db), { runTransaction: () => Promise.reject(new Error('network down')) }),
    );
    await expect(broken.insertLead(lead())).rejects.toThrow('network down');
  });
});

describe('saveLead', () => {
  it('writes when the version matches and stores version + 1', async () => {
    const { lead: stored } = await store.insertLead(lead());
    expect(await store.saveLead({ ...stored, status: 'accepted' }, 1, anEvent())).toBe(true);
    const after = await store.getLead('t1', stored.id);
    expect(after).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('rejects a stale version and leaves the lead as it was', async () => {
    const { lead: stored } = await store.insertLead(lead());
    await store.saveLead({ ...stored, status: 'accepted' }, 1, anEvent());
    expect(await store.saveLead({ ...stored, status: 'rejected' }, 1, anEvent())).toBe(false);
    expect(await store.getLead('t1', stored.id)).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('lets only one of two simultaneous decisions win', async () => {
    const { lead: stored } = await store.insertLead(lead());
    const results = await Promise.all([
      store.saveLead({ ...stored, status: 'accepted' }, 1, anEvent()),
      store.saveLead({ ...stored, status: 'rejected' }, 1, anEvent()),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect((await store.getLead('t1', stored.id))!.version).toBe(2);
  });

  it('never writes a lead of another township', async () => {
    const { lead: stored } = await store.insertLead(lead());
    expect(await store.saveLead({ ...stored, townshipId: 't2', status: 'accepted' }, 1, anEvent())).toBe(false);
    expect((await store.getLead('t1', stored.id))!.status).toBe('submitted');
  });
});

describe('invites', () => {
  it('round-trips an invite by its code', async () => {
    const inv = invite({ code: 'ABCD2345', usesLeft: 3 });
    await store.insertInvite(inv);
    expect(await store.getInvite('ABCD2345')).toEqual(inv);
    expect(await store.getInvite('NOPE2345')).toBeNull();
  });

  it('refuses a second invite with the same code', async () => {
    await store.insertInvite(invite({ code: 'ABCD2345' }));
    await expect(store.insertInvite(invite({ code: 'ABCD2345' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('stops at zero, even when binds race for the last uses', async () => {
    await store.insertInvite(invite({ code: 'ABCD2345', usesLeft: 2 }));
    const bind = (n: number) => store.bindAccount('ABCD2345', account({ id: `b${n}`, openid: `o-b${n}` }));
    const results = await Promise.all([1, 2, 3, 4].map(bind));
    expect(results.filter(Boolean)).toHaveLength(2);
    expect((await store.getInvite('ABCD2345'))!.usesLeft).toBe(0);
    expect(await bind(5)).toBe(false);
    expect(await store.bindAccount('MISSING2', account({ id: 'b6', openid: 'o-b6' }))).toBe(false);
  });
});

describe('accounts', () => {
  it('finds an account by openid and names accounts by id', async () => {
    expect((await store.getAccountByOpenid('o-r1'))!.id).toBe('r1');
    expect(await store.getAccountByOpenid('o-nobody')).toBeNull();
    expect(await store.accountNames(['r1', 'r2', 'ghost'])).toEqual(
      new Map([
        ['r1', '张三'],
        ['r2', '李四'],
      ]),
    );
  });

  it('prefers the oldest account when an openid was bound twice', async () => {
    await store.insertAccount(account({ id: 'r1b', openid: 'o-r1', createdAt: '2024-06-01T00:00:00.000Z' }));
    expect((await store.getAccountByOpenid('o-r1'))!.id).toBe('r1');
  });

  it('pages accounts of one township by name', async () => {
    for (let i = 0; i < 5; i++) await store.insertAccount(account({ id: `x${i}`, name: '同名' }));
    const seen: string[] = [];
    let after: (string | number)[] | undefined;
    for (;;) {
      const page = await store.listAccounts({ townshipId: 't1', after, limit: 2 });
      seen.push(...page.items.map((a) => a.id));
      if (!page.next) break;
      after = page.next;
    }
    // The database sorts names by code unit: 同 (U+540C) < 张 (U+5F20) < 李 (U+674E); ties by id.
    expect(seen).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'r1', 'r2']);
    const editors = await store.listAccounts({ townshipId: 't2', role: 'editor', limit: 10 });
    expect(editors.items.map((a) => a.id)).toEqual(['e9']);
  });
});

describe('township isolation', () => {
  it('never answers with a record of another township', async () => {
    const { lead: stored } = await store.insertLead(lead());
    expect(await store.getLead('t2', stored.id)).toBeNull();
    expect((await store.listLeads({ townshipId: 't2', order: 'newest', limit: 50 })).items).toEqual([]);
    expect((await store.listUnits('t2')).map((u) => u.id)).toEqual(['u9']);
    expect((await store.listAccounts({ townshipId: 't1', limit: 50 })).items.every((a) => a.townshipId === 't1')).toBe(
      true,
    );
    expect(await store.getTownship('t1')).toEqual(T1);
    expect(await store.getTownship('t3')).toBeNull();
  });
});

describe('articlesForLeads', () => {
  it('finds the articles citing each lead with their publications, within the township', async () => {
    const put = (name: string, doc: Record<string, unknown> & { _id: string }) => db.table(name).set(doc._id, doc);
    put('articles', {
      _id: 'a1',
      townshipId: 't1',
      title: '丰收节',
      kind: 'news',
      status: 'published',
      leadIds: ['L1', 'L2'],
      createdAt: '2024-03-02',
    });
    put('articles', {
      _id: 'a2',
      townshipId: 't1',
      title: '人物',
      kind: 'profile',
      status: 'draft',
      leadIds: ['L2'],
      createdAt: '2024-03-03',
    });
    put('articles', {
      _id: 'a9',
      townshipId: 't2',
      title: '别镇',
      kind: 'news',
      status: 'draft',
      leadIds: ['L1'],
      createdAt: '2024-03-01',
    });
    put('publications', {
      _id: 'p2',
      townshipId: 't1',
      articleId: 'a1',
      outlet: '县融媒',
      level: 'county',
      publishedAt: '2024-03-05',
      url: null,
    });
    put('publications', {
      _id: 'p1',
      townshipId: 't1',
      articleId: 'a1',
      outlet: '省报',
      level: 'provincial',
      publishedAt: '2024-03-04',
      url: 'https://example.cn/1',
    });
    put('publications', {
      _id: 'p9',
      townshipId: 't2',
      articleId: 'a9',
      outlet: '别处',
      level: 'own',
      publishedAt: '2024-03-04',
      url: null,
    });

    const map = await store.articlesForLeads('t1', ['L1', 'L2', 'L3']);
    expect(map.get('L1')!.map((a) => a.id)).toEqual(['a1']);
    // Newest article first, the order the local store answers in.
    expect(map.get('L2')!.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(map.has('L3')).toBe(false);
    expect(map.get('L1')![0]!.publications).toEqual([
      { outlet: '省报', level: 'provincial', publishedAt: '2024-03-04', url: 'https://example.cn/1' },
      { outlet: '县融媒', level: 'county', publishedAt: '2024-03-05', url: null },
    ]);
    expect(await store.articlesForLeads('t1', [])).toEqual(new Map());
  });

  it('reads every article when there are more than one page of them', async () => {
    for (let i = 0; i < 230; i++) {
      db.table('articles').set(
        `a${i}`,
        toDoc({
          id: `a${i}`,
          townshipId: 't1',
          title: `稿${i}`,
          kind: 'news',
          status: 'draft',
          leadIds: ['L1'],
          createdAt: '2024-03-02',
        }),
      );
    }
    expect((await store.articlesForLeads('t1', ['L1'])).get('L1')).toHaveLength(230);
  });
});
