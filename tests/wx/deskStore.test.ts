// The wx store's desk and article methods on the SDK double: filters, counts, audit lines, accounts, articles.
import { createArticle } from '../../cloudfunctions/core/articles/create';
import { addPublication, removePublication } from '../../cloudfunctions/core/articles/publications';
import { SILENT_NOTIFIER, wireContext, type Context } from '../../cloudfunctions/core/ports';
import { NO_MODERATION } from '../../cloudfunctions/core/moderation/ports';
import { scryptPasswords } from '../../cloudfunctions/shared/passwords';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import { FakeDb } from './fakeDb';
import { account, lead, LONG_AGO, seedBasics } from './fixtures';
import { anEvent } from '../support/events';

let db: FakeDb;
let store: WxStore;
const editor = account({ id: 'e1', role: 'editor', name: '编辑甲' });
beforeEach(() => {
  db = new FakeDb();
  store = new WxStore(db);
  seedBasics(db, [
    account({ id: 'r1', name: '张三', unitId: 'u1' }),
    account({ id: 'r2', name: '李四', unitId: 'u2', username: 'lisi' }),
    editor,
  ]);
});

const insert = async (over: Parameters<typeof lead>[0] = {}) => (await store.insertLead(lead(over))).lead;

describe('lead filters and counts', () => {
  it('finds words in title or body literally, within dates and urgency', async () => {
    const a = await insert({ title: '荷花节开幕', createdAt: '2024-03-01T01:00:00.000Z' });
    const b = await insert({ body: '今年荷花节游客多', urgent: true, createdAt: '2024-03-02T01:00:00.000Z' });
    await insert({ title: '荷.花节', createdAt: '2024-03-03T01:00:00.000Z' });
    const ids = async (f: object) =>
      (await store.listLeads({ townshipId: 't1', order: 'queue', limit: 50, ...f })).items.map((l) => l.id);
    expect(await ids({ text: '荷花节' })).toEqual([b.id, a.id]);
    expect(await ids({ text: '荷.花' })).toHaveLength(1);
    expect(await ids({ text: '荷花节', urgent: false })).toEqual([a.id]);
    const h = await insert({ highlightSection: '对外宣传' });
    expect(await ids({ highlighted: true })).toEqual([h.id]);
    expect(await ids({ highlighted: false })).not.toContain(h.id);
    expect(
      await ids({ text: '荷花节', createdFrom: '2024-03-01T01:00:00.000Z', createdBefore: '2024-03-02T01:00:00.000Z' }),
    ).toEqual([a.id]);
  });

  it('counts every status under the filter', async () => {
    await insert({ status: 'accepted', unitId: 'u1' });
    await insert({ status: 'accepted', unitId: 'u1' });
    await insert({ status: 'rejected', unitId: 'u2' });
    await insert({ townshipId: 't2', unitId: 'u9' });
    expect(await store.countLeads({ townshipId: 't1', unitId: 'u1' })).toEqual({
      submitted: 0,
      accepted: 2,
      needs_info: 0,
      rejected: 0,
      merged: 0,
      used: 0,
    });
    expect((await store.countLeads({ townshipId: 't1' })).rejected).toBe(1);
  });

  it('reads several leads at once, never across townships', async () => {
    const a = await insert();
    const other = await insert({ townshipId: 't2' });
    expect((await store.getLeads('t1', [a.id, other.id, 'nope'])).map((l) => l.id)).toEqual([a.id]);
  });
});

describe('audit lines', () => {
  it('logs the submission and each winning save, never a stale one', async () => {
    const l = await insert();
    expect(await store.saveLead({ ...l, status: 'accepted' }, 1, anEvent({ by: 'e1' }))).toBe(true);
    expect(await store.saveLead({ ...l, status: 'rejected' }, 1, anEvent({ by: 'e2', to: 'rejected' }))).toBe(false);
    const events = await store.leadEvents('t1', l.id);
    expect(events.map((e) => [e.kind, e.by, e.to])).toEqual([
      ['submitted', 'r1', 'submitted'],
      ['decision', 'e1', 'accepted'],
    ]);
    expect(await store.leadEvents('t2', l.id)).toEqual([]);
  });
});

describe('accounts and units', () => {
  it('updates an account and finds it by username', async () => {
    const r2 = (await store.findAccountByUsername('lisi'))!;
    await store.updateAccount({ ...r2, active: false });
    expect((await store.getAccount('r2'))!.active).toBe(false);
    const inactive = await store.listAccounts({ townshipId: 't1', active: false, limit: 50 });
    expect(inactive.items.map((a) => a.id)).toEqual(['r2']);
  });

  it('saves a new unit and changes an existing one', async () => {
    await store.saveUnit({
      id: 'u3',
      townshipId: 't1',
      name: '南村',
      kind: 'village',
      platforms: ['douyin'],
      ...LONG_AGO,
    });
    await store.saveUnit({ id: 'u1', townshipId: 't1', name: '东村', kind: 'village', platforms: [], ...LONG_AGO });
    const units = await store.listUnits('t1');
    expect(units.find((u) => u.id === 'u3')!.platforms).toEqual(['douyin']);
    expect(units.find((u) => u.id === 'u1')!.platforms).toEqual([]);
  });

  it('lists new units after the existing ones, in the order they were added, and keeps a renamed unit in place', async () => {
    const before = (await store.listUnits('t1')).map((u) => u.id);
    await store.saveUnit({ id: 'u8', townshipId: 't1', name: '安村', kind: 'village', platforms: [], ...LONG_AGO });
    await store.saveUnit({ id: 'u7', townshipId: 't1', name: '北村', kind: 'village', platforms: [], ...LONG_AGO });
    const first = before[0]!;
    const unit = (await store.listUnits('t1')).find((u) => u.id === first)!;
    await store.saveUnit({ ...unit, name: '改了名的村' });
    expect((await store.listUnits('t1')).map((u) => u.id)).toEqual([...before, 'u8', 'u7']);
  });

  it('reads a unit document older than unit history as existing since 2000, and a save drops a removed platform day', async () => {
    db.table('units').set('u5', { _id: 'u5', townshipId: 't1', name: '旧村', kind: 'village', platforms: ['douyin'] });
    const old = (await store.listUnits('t1')).find((u) => u.id === 'u5')!;
    expect(old).toMatchObject({ createdAt: '2000-01-01T00:00:00.000Z', deactivatedAt: null, platformSince: {} });
    await store.saveUnit({ ...old, platforms: ['channels'], platformSince: { channels: '2026-03-01' } });
    await store.saveUnit({ ...old, platforms: ['douyin'], platformSince: { douyin: '2026-04-01' } });
    expect((await store.listUnits('t1')).find((u) => u.id === 'u5')!.platformSince).toEqual({ douyin: '2026-04-01' });
  });
});

describe('articles through the core services', () => {
  let seq = 0;
  const ctx = (): Context =>
    wireContext({
      store,
      passwords: scryptPasswords,
      files: {
        uploadFolder: () => null,
        ownedBy: async (ids, who) => ids.every((id) => id.startsWith(`${who.id}/`)),
        signedUrls: async (ids) => new Map(ids.map((i) => [i, `https://x/${i}`])),
        remove: async () => undefined,
        readSheet: async () => null,
      },
      notifier: SILENT_NOTIFIER,
      moderation: NO_MODERATION,
      clock: { now: () => new Date('2024-03-10T00:00:00.000Z') },
      newId: () => `n${++seq}`,
    });

  it('create uses both leads; a pending lead is CONFLICT and changes nothing', async () => {
    const a = await insert({ status: 'accepted', body: '甲' });
    const b = await insert({ status: 'accepted', authorId: 'r2', body: '乙' });
    const view = await createArticle(ctx(), editor, { title: '合写', kind: 'news', leadIds: [a.id, b.id] });
    expect(view).toMatchObject({
      body: '甲\n\n乙',
      status: 'draft',
      credits: [
        { id: 'r1', name: '张三' },
        { id: 'r2', name: '李四' },
      ],
    });
    expect((await store.getLeads('t1', [a.id, b.id])).map((l) => l.status)).toEqual(['used', 'used']);
    expect((await store.leadEvents('t1', a.id)).at(-1)).toMatchObject({ kind: 'cited', ref: view.id });

    const c = await insert({ status: 'accepted' });
    const pending = await insert();
    await expect(
      createArticle(ctx(), editor, { title: '不成', kind: 'news', leadIds: [c.id, pending.id] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.getLead('t1', c.id))!.status).toBe('accepted');

    const withPub = await addPublication(ctx(), editor, {
      articleId: view.id,
      outlet: '省报',
      level: 'provincial',
      publishedAt: '2024-03-11',
    });
    expect(withPub.status).toBe('published');
    const summaries = await store.articlesForLeads('t1', [a.id]);
    expect(summaries.get(a.id)![0]!.publications).toEqual([
      { outlet: '省报', level: 'provincial', publishedAt: '2024-03-11', url: null },
    ]);
    const back = await removePublication(ctx(), editor, {
      articleId: view.id,
      publicationId: withPub.publications[0]!.id,
    });
    expect(back).toMatchObject({ status: 'draft', publications: [] });
  });

  it('lists newest first with text, status and unpublished-highlight filters, and compare-and-sets saves', async () => {
    const h = await insert({ status: 'accepted', highlightSection: '对外宣传', createdAt: '2024-02-01T00:00:00.000Z' });
    const plain = await insert({ status: 'accepted' });
    const first = await createArticle(ctx(), editor, { title: '亮点稿', kind: 'news', leadIds: [h.id] });
    const second = await createArticle(ctx(), editor, { title: '普通稿', kind: 'photo', leadIds: [plain.id] });
    const list = async (q: object) =>
      (await store.listArticles({ townshipId: 't1', limit: 50, ...q })).items.map((a) => a.id);
    expect(await list({ text: '稿' })).toEqual([second.id, first.id].sort().reverse());
    expect(await list({ kind: 'photo' })).toEqual([second.id]);
    expect(await list({ status: 'draft', highlightLeadCreatedBefore: '2024-03-01T00:00:00.000Z' })).toEqual([first.id]);
    const stored = (await store.getArticle('t1', first.id))!;
    expect(await store.saveArticle({ ...stored, title: '改' }, stored.version)).toBe(true);
    expect(await store.saveArticle({ ...stored, title: '旧' }, stored.version)).toBe(false);
    expect(await store.getArticle('t2', first.id)).toBeNull();
  });
});
