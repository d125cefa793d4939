// Documents a phone writes (stamped `_openid` by the platform) are never trusted, even if a collection's rule were
// left at the default "creator can read and write": no self-made admin, no forged invite, no planted lead.
import { DATABASE, FUNCTIONS_ONLY } from '../../cloudfunctions/adapters/wx/collections';
import { setupDatabase } from '../../cloudfunctions/adapters/wx/setup';
import { setupMain } from '../../cloudfunctions/adapters/wx/setupMain';
import { leadDocId, WxStore } from '../../cloudfunctions/adapters/wx/store';
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import type { FakeCloud } from './fakeCloud';
import { account, invite, lead } from './fixtures';
import { world, type World } from './roundTrips';

let w: World;
let cloud: FakeCloud;

beforeEach(() => {
  w = world();
  cloud = w.cloud;
});

/** What a phone can do with wx.cloud.database().collection(name).add() under the default rule. */
const forge = (collection: string, openid: string, data: Record<string, unknown>) =>
  cloud.db.clientAdd(collection, openid, data);

it('ignores a forged admin account: its openid stays unbound and cannot hand out invites', async () => {
  const admin = toDoc(account({ id: 'evil', role: 'admin', openid: 'o-evil', createdAt: '2000-01-01T00:00:00.000Z' }));
  await forge('accounts', 'o-evil', admin);
  expect(await w.call('o-evil', 'accounts', { action: 'invite', unitId: 'u1', role: 'editor' })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(await new WxStore(cloud.db).getAccount('evil')).toBeNull();
});

it('ignores a forged older admin account for a real reporter’s openid', async () => {
  await forge(
    'accounts',
    'o-rep',
    toDoc(account({ id: 'evil2', role: 'admin', openid: 'o-rep', createdAt: '2000-01-01T00:00:00.000Z' })),
  );
  const me = await w.call('o-rep', 'accounts', { action: 'me' });
  expect(me).toMatchObject({ ok: true, data: { id: 'r1', role: 'reporter' } });
  expect(await w.call('o-rep', 'accounts', { action: 'list' })).toMatchObject({
    ok: false,
    error: { code: 'PERMISSION_DENIED' },
  });
});

it('ignores a forged invite: binding with it makes no account', async () => {
  const { code, ...rest } = invite({ code: 'EVIL2345', role: 'admin', usesLeft: 99 });
  await forge('invites', 'o-evil', { _id: code, ...rest });
  const bind = await w.call('o-evil', 'accounts', {
    action: 'bind',
    code: 'EVIL2345',
    name: '坏人',
    phone: '13800001111',
  });
  expect(bind).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(cloud.db.all('accounts').filter((a) => !a._openid)).toHaveLength(3);
});

it('ignores a forged lead: not in the queue, not readable, not decidable', async () => {
  const planted = lead({
    id: leadDocId('00000000-0000-4000-8000-0000000000ee'),
    clientId: '00000000-0000-4000-8000-0000000000ee',
  });
  await forge('leads', 'o-evil', toDoc(planted));
  const queue = await w.call('o-editor', 'leads', { action: 'queue' });
  expect(queue.ok).toBe(true);
  expect(JSON.stringify(queue.data)).not.toContain(planted.id);
  expect(await w.call('o-editor', 'leads', { action: 'get', id: planted.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await new WxStore(cloud.db).countLeads({ townshipId: 't1' })).toMatchObject({ submitted: 0 });
});

describe('setup', () => {
  it('declares every collection functions-only', () => {
    expect(DATABASE.length).toBeGreaterThan(10);
    for (const c of DATABASE) expect(c.rule).toEqual(FUNCTIONS_ONLY);
    expect(DATABASE.find((c) => c.name === 'accounts')!.indexes.some((i) => i.keys[0]![0] === 'openid')).toBe(true);
  });

  it('creates what is missing and nothing twice', async () => {
    const db = cloud.db;
    const first = await setupDatabase(db);
    expect(first.existing).toEqual(expect.arrayContaining(['townships', 'units', 'accounts']));
    expect(first.created).toEqual(expect.arrayContaining(['leads', 'lead_events', 'account_claims', 'export_jobs']));
    const calls = db.calls.length;
    const again = await setupDatabase(db);
    expect(again.created).toEqual([]);
    expect(again.existing.sort()).toEqual(DATABASE.map((c) => c.name).sort());
    expect(db.calls.length - calls).toBe(DATABASE.length);
    expect(again.rules.every((r) => r.rule === '{"read":false,"write":false}')).toBe(true);
  });

  it('runs from the console only, never for a phone', async () => {
    cloud.context = { OPENID: 'o-editor' };
    expect(await setupMain(() => cloud)()).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    cloud.context = {};
    expect(await setupMain(() => cloud)()).toMatchObject({ ok: true, data: { indexes: expect.any(Array) } });
  });

  it('with the declared rules applied, a phone cannot write at all', async () => {
    for (const c of DATABASE) cloud.db.rules.set(c.name, c.rule);
    await expect(forge('accounts', 'o-evil', { role: 'admin' })).rejects.toThrow(/permission denied/);
  });
});
