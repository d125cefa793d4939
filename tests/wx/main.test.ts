// wxMain end to end on the SDK double: caller by openid, binding, submit and review through the real functions.
import { wxMain, stripUserInfo, type WxHandler } from '../../cloudfunctions/adapters/wx/main';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { FakeCloud } from './fakeCloud';
import { account, invite, seedBasics } from './fixtures';

const NOW = new Date('2024-05-01T02:00:00.000Z');
const USER_INFO = { appId: 'wx-test-app', openId: 'o-spoofed' };
const photo = (openid: string, name: string) => cloud.clientUpload(openid, `uploads/${openid}/${name}`);

let cloud: FakeCloud;
let loads: number;
let accounts: WxHandler;
let leads: WxHandler;

/** Calls a function as WeChat does: the caller is whatever getWXContext reports, the SDK adds userInfo. */
function as(openid: string | undefined, handler: () => WxHandler) {
  return (event: Record<string, unknown>) => {
    cloud.context = openid ? { OPENID: openid } : {};
    return handler()(openid ? { ...event, userInfo: { ...USER_INFO, openId: openid } } : event, {});
  };
}

beforeEach(async () => {
  cloud = new FakeCloud();
  loads = 0;
  seedBasics(cloud.db, [account({ id: 'ed1', name: '编辑甲', role: 'editor', openid: 'o-editor' })]);
  await new WxStore(cloud.db).insertInvite(invite({ code: 'ABCD2345' }));
  let n = 0;
  const options = {
    loadSdk: () => {
      loads += 1;
      return cloud;
    },
    clock: { now: () => NOW },
    newId: () => `id-${String(++n).padStart(4, '0')}-0123456789abcdef`,
  };
  accounts = wxMain(FUNCTIONS.accounts!, options);
  leads = wxMain(FUNCTIONS.leads!, options);
});

it('initialises the SDK once, lazily, with the dynamic current environment', async () => {
  expect(loads).toBe(0);
  await as('o-editor', () => accounts)({ action: 'me' });
  await as('o-editor', () => accounts)({ action: 'me' });
  expect(loads).toBe(1);
  expect(cloud.initCalls).toEqual([{ env: cloud.DYNAMIC_CURRENT_ENV }]);
});

it('answers UNAUTHENTICATED to an openid without an account, and to a call without any caller', async () => {
  const unbound = await as('o-stranger', () => leads)({ action: 'mine' });
  expect(unbound).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const nobody = await as(undefined, () => leads)({ action: 'mine' });
  expect(nobody).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

it('binds an invite, after which accounts.me knows the caller; the code cannot be used again', async () => {
  const bind = await as(
    'o-new',
    () => accounts,
  )({ action: 'bind', code: 'abcd2345', name: '张三', phone: '13800001111' });
  expect(bind).toMatchObject({ ok: true, data: { name: '张三', role: 'reporter', unitId: 'u1', townshipId: 't1' } });
  expect(cloud.db.all('accounts').find((a) => a.openid === 'o-new')).toMatchObject({ name: '张三', townshipId: 't1' });
  expect(cloud.db.all('invites')[0]!.usesLeft).toBe(0);

  const me = await as('o-new', () => accounts)({ action: 'me' });
  expect(me).toMatchObject({ ok: true, data: { name: '张三', unitName: '东村', townshipName: '示范镇' } });

  const again = await as(
    'o-late',
    () => accounts,
  )({ action: 'bind', code: 'ABCD2345', name: '李四', phone: '13800002222' });
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const twice = await as(
    'o-new',
    () => accounts,
  )({ action: 'bind', code: 'ABCD2345', name: '张三', phone: '13800001111' });
  expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

it('lets a bound reporter submit and a bound editor accept, with photos as cloud temp URLs', async () => {
  await as('o-rep', () => accounts)({ action: 'bind', code: 'ABCD2345', name: '张三', phone: '13800001111' });
  const submit = {
    action: 'submit',
    clientId: '3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f',
    title: '东村丰收节',
    body: '今天上午东村举办丰收节，村民展示了自家的农产品。',
    category: '文化活动',
    photos: [photo('o-rep', 'a.jpg')],
  };
  const first = await as('o-rep', () => leads)(submit);
  expect(first).toMatchObject({ ok: true, data: { status: 'submitted', authorName: '张三' } });
  if (!first.ok) throw new Error('submit failed');
  const created = first.data as { id: string; photos: { url: string }[] };
  // The photo waits for the platform's media check: the reporter does not see it yet, the editor does.
  expect(created.photos).toEqual([]);
  const asEditor = await as('o-editor', () => leads)({ action: 'get', id: created.id });
  if (!asEditor.ok) throw new Error('get failed');
  expect((asEditor.data as typeof created).photos[0]!.url).toMatch(/^https:\/\/.+\?sign=/);

  const retry = await as('o-rep', () => leads)(submit);
  expect(retry).toMatchObject({ ok: true, data: { id: created.id } });
  expect(cloud.db.all('leads')).toHaveLength(1);

  const stolen = await as(
    'o-rep',
    () => leads,
  )({ ...submit, clientId: '4f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f', photos: [photo('o-editor', 'b.jpg')] });
  expect(stolen).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });

  expect(await as('o-rep', () => leads)({ action: 'queue' })).toMatchObject({
    ok: false,
    error: { code: 'PERMISSION_DENIED' },
  });
  const queue = await as('o-editor', () => leads)({ action: 'queue' });
  expect(queue).toMatchObject({ ok: true, data: { items: [{ id: created.id }], nextCursor: null } });

  const review = await as('o-editor', () => leads)({ action: 'review', id: created.id, decision: 'accept' });
  expect(review).toMatchObject({
    ok: true,
    data: { status: 'accepted', history: [{ decision: 'accept', byName: '编辑甲' }] },
  });
  const late = await as(
    'o-editor',
    () => leads,
  )({ action: 'review', id: created.id, decision: 'reject', note: '重复' });
  expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

  const seen = await as('o-rep', () => leads)({ action: 'get', id: created.id });
  expect(seen).toMatchObject({ ok: true, data: { status: 'accepted' } });
});

it('strips the SDK’s userInfo, so strict payload schemas accept WeChat events', async () => {
  expect(stripUserInfo({ action: 'me', userInfo: USER_INFO })).toEqual({ action: 'me' });
  expect(stripUserInfo(null)).toBeNull();
  cloud.context = { OPENID: 'o-editor' };
  expect(await accounts({ action: 'me', userInfo: USER_INFO })).toMatchObject({ ok: true, data: { id: 'ed1' } });
  // The caller comes from getWXContext, never from the event's userInfo.
  cloud.context = { OPENID: 'o-stranger' };
  expect(await accounts({ action: 'me', userInfo: { appId: 'x', openId: 'o-editor' } })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

it('answers INTERNAL, not a crash, when the SDK cannot be loaded', async () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const broken = wxMain(FUNCTIONS.leads!, {
    loadSdk: () => {
      throw new Error("Cannot find module 'wx-server-sdk'");
    },
  });
  expect(await broken({ action: 'mine' })).toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: expect.any(String) },
  });
  spy.mockRestore();
});
