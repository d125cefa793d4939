// One contract for every Store: what ports.ts promises holds on the memory store, SQLite and the cloud database.
import type { ArticleRecord, PublicationRecord } from '../../cloudfunctions/core/articles/records';
import type { LeadEvent } from '../../cloudfunctions/core/leads/records';
import { account, invite, lead, UNITS } from '../wx/fixtures';
import { SUBJECTS, type Subject } from './subjects';

const me = account({ id: 'r1', unitId: 'u1', openid: 'o-me' });
const other = account({ id: 'r2', unitId: 'u2', openid: 'o-other' });
const editor = account({ id: 'ed1', role: 'editor', openid: 'o-editor' });

/** The people every test refers to (the local store's foreign keys need them), written through the port. */
async function start(make: () => Subject): Promise<Subject> {
  const s = make();
  for (const a of [me, other, editor]) await s.store.insertAccount(a);
  return s;
}

const event = (note: string): LeadEvent => ({
  at: '2026-01-02T00:00:00.000Z',
  by: 'ed1',
  kind: 'decision',
  decision: 'accept',
  from: 'submitted',
  to: 'accepted',
  note,
  ref: null,
});

function article(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1',
    townshipId: 't1',
    title: '丰收节',
    kind: 'news',
    body: '正文',
    status: 'draft',
    photos: [],
    credits: [],
    leadIds: [],
    createdBy: 'ed1',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    version: 1,
    ...over,
  };
}

const publication = (id: string): PublicationRecord => ({
  id,
  articleId: 'a1',
  townshipId: 't1',
  outlet: '县融媒',
  level: 'county',
  publishedAt: '2026-01-03',
  url: null,
  proofFileID: null,
  createdBy: 'ed1',
  createdAt: '2026-01-03T00:00:00.000Z',
});

describe.each(SUBJECTS)('Store contract: %s', (_name, make) => {
  let s: Subject;
  beforeEach(async () => {
    s = await start(make);
  });
  afterEach(() => s.close());

  it('saveUnit keeps the unit whole: its platform runs come back, and a start day taken away stays away', async () => {
    const unit = {
      ...UNITS[0]!,
      platforms: ['wechat_official' as const, 'douyin' as const],
      platformSince: { wechat_official: '2026-01-05', douyin: '2026-07-01' },
      platformRuns: [{ platform: 'douyin' as const, since: '2026-02-01', until: '2026-05-31' }],
    };
    await s.store.saveUnit(unit);
    expect((await s.store.listUnits('t1')).find((u) => u.id === unit.id)).toEqual(unit);
    // Given up again: its start day is gone (a merging update would keep it), a second run is added.
    const runs = [...unit.platformRuns, { platform: 'douyin' as const, since: '2026-07-01', until: '2026-09-30' }];
    const after = {
      ...unit,
      platforms: ['wechat_official' as const],
      platformSince: { wechat_official: '2026-01-05' },
    };
    await s.store.saveUnit({ ...after, platformRuns: runs });
    expect((await s.store.listUnits('t1')).find((u) => u.id === unit.id)).toEqual({ ...after, platformRuns: runs });
  });

  it('insertAccount answers CONFLICT for a taken openid or username and keeps the first account', async () => {
    await s.store.insertAccount(account({ id: 'a1', openid: 'o-1', username: 'zhang' }));
    await expect(s.store.insertAccount(account({ id: 'a2', openid: 'o-1' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(s.store.insertAccount(account({ id: 'a3', username: 'zhang' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await s.store.getAccountByOpenid('o-1'))?.id).toBe('a1');
    expect(await s.store.getAccount('a2')).toBeNull();
    expect(await s.store.getAccount('a3')).toBeNull();
  });

  it('bindAccount takes an invite use and makes the account in one step, or does neither', async () => {
    await s.store.insertInvite(invite({ code: 'BIND2345', usesLeft: 2 }));
    expect(await s.store.bindAccount('BIND2345', account({ id: 'n1', openid: 'o-n1' }))).toBe(true);
    // The openid is bound already: CONFLICT, and the use it would have taken is still there.
    await expect(s.store.bindAccount('BIND2345', account({ id: 'n2', openid: 'o-n1' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await s.store.getInvite('BIND2345'))?.usesLeft).toBe(1);
    expect(await s.store.getAccount('n2')).toBeNull();
    expect(await s.store.bindAccount('BIND2345', account({ id: 'n3', openid: 'o-n3' }))).toBe(true);
    // Used up: false, and no account.
    expect(await s.store.bindAccount('BIND2345', account({ id: 'n4', openid: 'o-n4' }))).toBe(false);
    expect(await s.store.getAccount('n4')).toBeNull();
  });

  it('eraseAccount clears the person, frees openid and username, raises the credentials version, logs', async () => {
    await s.store.insertAccount(account({ id: 'e1', openid: 'o-e1', username: 'erased', phone: '13812345678' }));
    const before = (await s.store.getAccount('e1'))!;
    const event = { at: '2026-01-05T00:00:00.000Z', by: 'admin1', kind: 'erased' as const, note: '删除照片0张' };
    const erased = { ...before, name: '已注销通讯员', phone: null, openid: null, username: null, passwordHash: null };
    await s.store.eraseAccount({ ...erased, active: false }, event);
    const after = (await s.store.getAccount('e1'))!;
    expect(after).toMatchObject({ name: '已注销通讯员', phone: null, openid: null, username: null, active: false });
    expect(after.passwordHash).toBeNull();
    expect(after.credentialsVersion ?? 0).toBeGreaterThan(before.credentialsVersion ?? 0);
    expect(await s.store.getAccountByOpenid('o-e1')).toBeNull();
    expect(await s.store.findAccountByUsername('erased')).toBeNull();
    // Freed: a new person may bind the same WeChat user or take the name.
    await s.store.insertAccount(account({ id: 'e2', openid: 'o-e1', username: 'erased' }));
    expect(await s.store.accountEvents(before.townshipId, 'e1')).toEqual([event]);
    expect(await s.store.accountEvents(before.townshipId, 'e2')).toEqual([]);
  });

  it('creditsOf and activitiesAttendedBy answer one person’s records of one township, newest first', async () => {
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    await s.store.insertArticle(article({ id: 'c1', credits: ['r2', 'r1'], createdAt: at(2) }), []);
    await s.store.insertArticle(article({ id: 'c2', credits: ['r1'], createdAt: at(3) }), []);
    await s.store.insertArticle(article({ id: 'c3', credits: ['r2'], createdAt: at(4) }), []);
    expect((await s.store.creditsOf('t1', 'r1')).map((a) => a.id)).toEqual(['c2', 'c1']);
    expect(await s.store.creditsOf('t2', 'r1')).toEqual([]);
    const activity = (id: string, kind: string, date: string, attendeeIds: string[]) => ({
      id,
      townshipId: 't1',
      kind,
      title: '新闻写作',
      date,
      section: null,
      unitId: null,
      participants: attendeeIds.length + 10,
      batches: 1,
      attendeeIds,
      speaker: '县融媒',
      note: '',
      photos: [],
      createdBy: 'ed1',
      createdAt: at(1),
      updatedAt: at(1),
    });
    await s.addActivity(activity('k1', '业务培训', '2026-01-01', ['r1', 'r2']));
    await s.addActivity(activity('k2', '宣讲', '2026-01-05', ['r1']));
    await s.addActivity(activity('k3', '业务培训', '2026-01-06', ['r2']));
    await s.addActivity(activity('k4', '宣讲', '2026-01-07', []));
    const attended = await s.store.activitiesAttendedBy('t1', 'r1');
    expect(attended.map((a) => [a.id, a.kind])).toEqual([
      ['k2', '宣讲'],
      ['k1', '业务培训'],
    ]);
    expect(attended[1]!.attendeeIds).toEqual(['r1', 'r2']);
    expect(await s.store.activitiesAttendedBy('t2', 'r1')).toEqual([]);
  });

  it('bindAccount shares the last uses among binds that race for them, and knows no missing code', async () => {
    await s.store.insertInvite(invite({ code: 'ABCD2345', usesLeft: 2 }));
    const binds = [1, 2, 3, 4].map((n) => s.store.bindAccount('ABCD2345', account({ id: `b${n}`, openid: `o-b${n}` })));
    const made = await Promise.all(binds);
    expect(made.filter(Boolean)).toHaveLength(2);
    expect((await s.store.getInvite('ABCD2345'))?.usesLeft).toBe(0);
    const accounts = await Promise.all([1, 2, 3, 4].map((n) => s.store.getAccount(`b${n}`)));
    expect(accounts.filter(Boolean)).toHaveLength(2);
    expect(await s.store.bindAccount('NOPE2345', account({ id: 'b5', openid: 'o-b5' }))).toBe(false);
  });

  it('insertLead stores a draft once, with its submitted line, and answers the first for a retry', async () => {
    const first = await s.store.insertLead(lead({ title: '第一次' }));
    const again = await s.store.insertLead(lead({ clientId: first.lead.clientId, title: '第二次' }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ lead: first.lead, created: false });
    expect((await s.store.leadEvents('t1', first.lead.id)).map((e) => e.kind)).toEqual(['submitted']);
  });

  it('saveLead writes the lead and its audit line together, and a stale version writes neither', async () => {
    const { lead: stored } = await s.store.insertLead(lead());
    expect(await s.store.saveLead({ ...stored, status: 'accepted' }, 1, event('采用'))).toBe(true);
    expect(await s.store.saveLead({ ...stored, status: 'rejected' }, 1, event('迟到'))).toBe(false);
    expect(await s.store.getLead('t1', stored.id)).toMatchObject({ status: 'accepted', version: 2 });
    expect((await s.store.leadEvents('t1', stored.id)).map((e) => e.note)).toEqual([null, '采用']);
  });

  it('getLead never answers another township’s lead', async () => {
    const { lead: stored } = await s.store.insertLead(lead());
    expect(await s.store.getLead('t2', stored.id)).toBeNull();
  });

  it('insertArticle is all or nothing: one stale citation leaves no article and no lead changed', async () => {
    const { lead: one } = await s.store.insertLead(lead());
    const { lead: two } = await s.store.insertLead(lead());
    const citations = [
      { lead: { ...one, status: 'used' as const }, expectedVersion: 1, event: event('成稿') },
      { lead: { ...two, status: 'used' as const }, expectedVersion: 7, event: event('成稿') },
    ];
    expect(await s.store.insertArticle(article({ leadIds: [one.id, two.id] }), citations)).toBe(false);
    expect(await s.store.getArticle('t1', 'a1')).toBeNull();
    expect(await s.store.getLead('t1', one.id)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await s.store.leadEvents('t1', one.id)).toHaveLength(1);
  });

  it('savePublication and removePublication change nothing for a stale article version', async () => {
    const a = article();
    expect(await s.store.insertArticle(a, [])).toBe(true);
    expect(await s.store.savePublication({ ...a, status: 'published' }, 1, publication('p1'))).toBe(true);
    expect(await s.store.savePublication({ ...a, status: 'published' }, 1, publication('p2'))).toBe(false);
    expect(await s.store.removePublication(a, 1, 'p1')).toBe(false);
    expect((await s.store.publicationsOf('t1', ['a1'])).map((p) => p.id)).toEqual(['p1']);
    expect(await s.store.getArticle('t1', 'a1')).toMatchObject({ status: 'published', version: 2 });
  });
});

describe.each(SUBJECTS)('FilePort contract: %s', (name, make) => {
  let s: Subject;
  beforeEach(async () => {
    s = await start(make);
  });
  afterEach(() => s.close());

  it('owns a stored upload of the caller only; an empty list is owned; a made-up ID is not', async () => {
    if (!s.files) {
      // The memory store's FilePort is a stub of the unit tests (ownership by ID prefix), not an adapter.
      expect(name).toBe('memory');
      return;
    }
    const { port, upload } = s.files;
    const mine = upload(me);
    const theirs = upload(other);
    expect(await port.ownedBy([], me)).toBe(true);
    expect(await port.ownedBy([mine], me)).toBe(true);
    expect(await port.ownedBy([mine, theirs], me)).toBe(false);
    // A name in the caller's own folder that was never uploaded (wx) or never recorded (local).
    const invented = mine.replace(/[0-9a-f]{6}(\.jpg)$|photo-\d+(\.jpg)$/, (_m, a, b) =>
      a ? `000000${a}` : `never${b}`,
    );
    expect(invented).not.toBe(mine);
    expect(await port.ownedBy([invented], me)).toBe(false);
    expect((await port.signedUrls([mine])).get(mine)).toBeTruthy();
  });

  it('remove deletes stored files for good and skips unknown ones', async () => {
    if (!s.files) return expect(name).toBe('memory');
    const { port, upload } = s.files;
    const gone = upload(me);
    const kept = upload(me);
    await port.remove([gone, 'f_00000000000000000000000000000000.jpg']);
    expect(await port.ownedBy([gone], me)).toBe(false);
    expect(await port.ownedBy([kept], me)).toBe(true);
  });
});
