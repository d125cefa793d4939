// The erasure's service on the memory store: what goes (identity, photos), what stays (records), and its audit line.
import { dispatch } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { lead } from '../wx/fixtures';
import { account, memoryContext } from './memoryContext';

const accounts = FUNCTIONS.accounts!;
const admin = account('a1', 'admin');
const editor = account('e1', 'editor');
const reporter = account('r1', 'reporter', { openid: 'wx-r1', passwordHash: 'hashed:x', credentialsVersion: 2 });

function setUp() {
  const ctx = memoryContext();
  for (const a of [admin, editor, reporter]) ctx.store.accounts.set(a.id, structuredClone(a));
  const removed: string[][] = [];
  ctx.files.remove = async (ids) => void removed.push(ids);
  return { ctx, removed };
}

const erase = (ctx: ReturnType<typeof setUp>['ctx'], caller = admin) =>
  dispatch(accounts, { action: 'erasePersonalData', accountId: reporter.id }, { account: caller, openid: null }, ctx);

it('deletes the person’s lead and reply photos, not an editor’s, and keeps the leads and their text', async () => {
  const { ctx, removed } = setUp();
  const mine = lead({
    id: 'l1',
    photos: ['r1/a.jpg', 'r1/b.jpg'],
    replies: [
      { at: '2024-03-02T00:00:00.000Z', by: 'r1', text: '补充', photos: ['r1/c.jpg'] },
      { at: '2024-03-03T00:00:00.000Z', by: 'e1', text: '编辑附图', photos: ['e1/d.jpg'] },
    ],
  });
  await ctx.store.insertLead(mine);
  await ctx.store.insertLead(lead({ id: 'l2', authorId: 'r2', photos: ['r2/x.jpg'] }));
  expect(await erase(ctx)).toMatchObject({ ok: true, data: { accountId: 'r1', photosDeleted: 3 } });
  expect(removed.flat().sort()).toEqual(['r1/a.jpg', 'r1/b.jpg', 'r1/c.jpg']);
  expect((await ctx.store.getLead('t1', 'l1'))?.body).toBe(mine.body);
});

it('clears name, phone, openid and login, deactivates, raises the credentials version, logs who did it', async () => {
  const { ctx } = setUp();
  expect(await erase(ctx)).toMatchObject({ ok: true });
  const after = await ctx.store.getAccount('r1');
  expect(after).toMatchObject({
    name: '已注销通讯员',
    phone: null,
    openid: null,
    username: null,
    passwordHash: null,
    active: false,
  });
  expect(after?.credentialsVersion).toBe(3);
  expect(await ctx.store.accountEvents('t1', 'r1')).toEqual([
    expect.objectContaining({ by: 'a1', kind: 'erased', note: '删除照片0张' }),
  ]);
});

it('an editor may not erase (403) and nothing changes; an admin of another township gets 404', async () => {
  const { ctx } = setUp();
  expect(await erase(ctx, editor)).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  const stranger = account('a9', 'admin', { townshipId: 't2' });
  expect(await erase(ctx, stranger)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(await ctx.store.getAccount('r1')).toEqual(reporter);
  expect(await ctx.store.accountEvents('t1', 'r1')).toEqual([]);
});

it('an erasure cut short by a failure is finished by a second run: every photo deleted, no lead still listing one', async () => {
  const { ctx, removed } = setUp();
  for (const id of ['l1', 'l2', 'l3']) await ctx.store.insertLead(lead({ id, photos: [`r1/${id}.jpg`] }));
  // The store fails once, on the second lead's save (a timeout, a lost connection).
  const save = ctx.store.saveLead.bind(ctx.store);
  let saves = 0;
  ctx.store.saveLead = async (...args) => {
    if (++saves === 2) throw new Error('云数据库请求超时');
    return save(...args);
  };
  expect(await erase(ctx)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(await erase(ctx)).toMatchObject({ ok: true });
  expect(new Set(removed.flat())).toEqual(new Set(['r1/l1.jpg', 'r1/l2.jpg', 'r1/l3.jpg']));
  for (const id of ['l1', 'l2', 'l3']) expect((await ctx.store.getLead('t1', id))?.photos).toEqual([]);
  expect((await ctx.store.getAccount('r1'))?.name).toBe('已注销通讯员');
});
