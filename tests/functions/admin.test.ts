// Accounts and units for admins: create, change, deactivate (records stay, logins and calls stop); phones masked in
// every list, in full only where one account is shown to an admin (issue 10, item 7).
import { dataOf, errorOf, hasChinese } from '../support/http';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['admin', 'editor'] });
/** accounts.save as the admin. */
const saveAccount = (payload: Record<string, unknown>) => client.call(tokens.admin, 'accounts', 'save', payload);
const saveReporter = (name: string, unitId: string, extra: Record<string, unknown>) =>
  saveAccount({ name, role: 'reporter', unitId, ...extra });

test('only an admin may save accounts and units', async () => {
  for (const [action, payload] of [
    ['save', { name: '新人', role: 'editor' }],
    ['saveUnit', { name: '新单位', kind: 'village', platforms: [] }],
  ] as const) {
    const answer = await client.call(tokens.editor, 'accounts', action, payload);
    expect([answer.status, errorOf(answer).code]).toEqual([403, 'PERMISSION_DENIED']);
  }
});

test('a unit with its own platforms, then changed to none', async () => {
  const unit = dataOf(
    await client.call(tokens.admin, 'accounts', 'saveUnit', {
      name: '东岭村',
      kind: 'village',
      platforms: ['douyin', 'channels'],
    }),
  );
  const today = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
  expect(unit).toEqual({
    id: expect.any(String),
    name: '东岭村',
    kind: 'village',
    platforms: ['douyin', 'channels'],
    createdAt: expect.any(String),
    deactivatedAt: null,
    platformSince: { douyin: today, channels: today },
    platformRuns: [],
  });
  const changed = dataOf(
    await client.call(tokens.admin, 'accounts', 'saveUnit', {
      id: unit.id,
      name: '东岭村',
      kind: 'village',
      platforms: [],
    }),
  );
  // Platforms added and taken away on the same day were a slip: nothing of them is kept.
  expect(changed).toMatchObject({ platforms: [], platformSince: {}, platformRuns: [], createdAt: unit.createdAt });
  const units = dataOf(await client.call(tokens.editor, 'accounts', 'units', {}));
  expect(units.filter((u: { name: string }) => u.name === '东岭村')).toEqual([changed]);
  expect(
    (await client.call(tokens.admin, 'accounts', 'saveUnit', { name: '青石村', kind: 'village', platforms: [] }))
      .status,
  ).toBe(409);
});

test('a platform taken away still counts in the periods it ran in; put back, it starts a new run', async () => {
  const save = async (platforms: string[], platformSince?: Record<string, string>, id?: string) =>
    dataOf(
      await client.call(tokens.admin, 'accounts', 'saveUnit', {
        ...(id ? { id } : {}),
        name: '西岭村',
        kind: 'village',
        platforms,
        ...(platformSince ? { platformSince } : {}),
      }),
    );
  const may = { from: '2026-05-01', to: '2026-05-31' };
  const figuresOf = async () => dataOf(await client.call(tokens.editor, 'stats', 'summary', may)).figures;
  const unit = await save(['douyin'], { douyin: '2026-04-20' });
  const before = await figuresOf();

  // The host's clock says 2026-06-15 (support/clock.ts): the 抖音 ran from 20 April to today.
  const stopped = await save([], undefined, unit.id);
  const run = { platform: 'douyin', since: '2026-04-20', until: '2026-06-15' };
  expect(stopped).toMatchObject({ platforms: [], platformSince: {}, platformRuns: [run] });
  const after = await figuresOf();
  expect(after.newMedia.accounts).toBe(before.newMedia.accounts);
  expect(after.unitsWithoutPlatform.units).not.toContainEqual({ id: unit.id, name: '西岭村' });

  // Put back today: a new run from today, the earlier one kept (the days between count for nothing).
  const back = await save(['douyin'], undefined, unit.id);
  expect(back).toMatchObject({ platforms: ['douyin'], platformSince: { douyin: '2026-06-15' }, platformRuns: [run] });
  expect((await figuresOf()).newMedia.accounts).toBe(before.newMedia.accounts);
});

test('a new reporter logs in with the password the admin set; the hash never leaves the server', async () => {
  const created = dataOf(
    await saveReporter('钱多多', 'u_qingshi', {
      username: 'qianduoduo',
      password: 'longenough1',
      phone: '13900009999',
    }),
  );
  expect(created).toMatchObject({
    name: '钱多多',
    role: 'reporter',
    unitName: '青石村',
    username: 'qianduoduo',
    active: true,
  });
  expect(JSON.stringify(created)).not.toMatch(/scrypt|password/i);
  expect((await client.login('qianduoduo', 'longenough1')).status).toBe(200);
  const short = await saveAccount({
    name: '短密码',
    role: 'editor',
    username: 'shortpw',
    password: '1234567',
  });
  expect(errorOf(short).message).toBe('密码至少8位');
  const taken = await saveAccount({
    name: '重名',
    role: 'editor',
    username: 'editor',
    password: 'longenough1',
  });
  expect(taken.status).toBe(409);
  const noUnit = await saveAccount({ name: '无单位', role: 'reporter' });
  expect(noUnit.status).toBe(400);
});

test('deactivation keeps the records but stops logins and calls, even with a token issued before', async () => {
  const created = dataOf(await saveReporter('孙停用', 'u_liutang', { username: 'tingyong', password: 'longenough2' }));
  const token = await client.token('tingyong', 'longenough2');
  const lead = dataOf(await client.call(token, 'leads', 'submit', leadPayload()));
  const off = dataOf(
    await saveAccount({
      id: created.id,
      name: '孙停用',
      role: 'reporter',
      active: false,
    }),
  );
  expect(off).toMatchObject({ active: false, unitId: 'u_liutang', username: 'tingyong' });

  expect((await client.login('tingyong', 'longenough2')).status).toBe(401);
  const call = await client.call(token, 'leads', 'mine', {});
  expect([call.status, errorOf(call).code]).toEqual([401, 'UNAUTHENTICATED']);
  expect(dataOf(await client.call(tokens.editor, 'leads', 'get', { id: lead.id })).authorName).toBe('孙停用');

  const inactive = await client.all(tokens.admin, 'accounts', 'list', { active: false });
  expect(inactive.map((a) => a.id)).toContain(created.id);
  const liutang = await client.all(tokens.admin, 'accounts', 'list', { unitId: 'u_liutang', active: true });
  expect(liutang.map((a) => a.id)).not.toContain(created.id);
  expect(liutang.every((a) => a.unitId === 'u_liutang')).toBe(true);

  dataOf(
    await saveAccount({
      id: created.id,
      name: '孙停用',
      role: 'reporter',
      active: true,
    }),
  );
  expect((await client.login('tingyong', 'longenough2')).status).toBe(200);
});

test('an admin cannot deactivate or demote themself', async () => {
  const answer = await saveAccount({
    id: 'a_admin',
    name: '王建国',
    role: 'admin',
    active: false,
  });
  expect(answer.status).toBe(409);
  expect((await saveAccount({ id: 'a_admin', name: '王建国', role: 'editor' })).status).toBe(409);
});

/** A listed phone is absent or masked (138****5678); never the eleven digits. Checked per field: record ids are
 * random hex and may hold eleven digits in a row. */
const MASKED_OR_NONE = /^1\d{2}\*{4}\d{4}$/;

test('an admin sees the full phone of the account just saved, lists show it masked to admins and editors', async () => {
  const payload = { name: '孙晓燕', phone: '13912345678', role: 'reporter', unitId: 'u_qingshi' };
  const saved = dataOf(await saveAccount(payload));
  expect(saved.phone).toBe('13912345678');

  for (const token of [tokens.admin, tokens.editor]) {
    const listed = await client.all(token, 'accounts', 'list');
    expect(listed.find((a) => a.id === saved.id)?.phone).toBe('139****5678');
    for (const account of listed as { phone: string | null }[]) {
      if (account.phone !== null) expect(account.phone).toMatch(MASKED_OR_NONE);
    }
  }
});

test('the demo accounts with phones are masked in every page of the list', async () => {
  const listed = await client.all(tokens.admin, 'accounts', 'list', { role: 'reporter' }, 2);
  const phones = listed.map((a) => a.phone).filter(Boolean);
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) expect(phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
});

test('accounts.get gives an admin the full phone for the edit form, and nobody else anything', async () => {
  const saved = dataOf(await saveAccount({ name: '周小川', phone: '13700001111', role: 'editor' }));
  const got = dataOf(await client.call(tokens.admin, 'accounts', 'get', { id: saved.id }));
  expect(got).toMatchObject({ id: saved.id, name: '周小川', phone: '13700001111', role: 'editor' });

  const reporter = await client.token('reporter1');
  for (const token of [tokens.editor, reporter]) {
    const refused = await client.call(token, 'accounts', 'get', { id: saved.id });
    expect([refused.status, errorOf(refused).code]).toEqual([403, 'PERMISSION_DENIED']);
  }
  const missing = await client.call(tokens.admin, 'accounts', 'get', { id: 'no-such-account' });
  expect([missing.status, errorOf(missing).code]).toEqual([404, 'NOT_FOUND']);
  expect(hasChinese(errorOf(missing).message)).toBe(true);
  const bad = await client.call(tokens.admin, 'accounts', 'get', { id: '' });
  expect([bad.status, errorOf(bad).code]).toEqual([400, 'INVALID_ARGUMENT']);
});
