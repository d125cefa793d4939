// Issue 10, item 7: a phone number appears in full only where one account is shown to an admin (the answer to
// accounts.save) or to its owner (accounts.me); every list shows 138****5678, whoever asks.
import { Client, dataOf, errorOf, hasChinese } from '../support/http';
import { startTestHost, type TestHost } from '../support/host';

let host: TestHost;
let client: Client;
let admin: string;
let editor: string;

beforeAll(async () => {
  host = await startTestHost();
  client = new Client(host.url);
  [admin, editor] = await Promise.all([client.token('admin'), client.token('editor')]);
});
afterAll(() => host.destroy());

const FULL_PHONE = /1\d{10}/;

test('an admin sees the full phone of the account just saved, lists show it masked to admins and editors', async () => {
  const payload = { name: '孙晓燕', phone: '13912345678', role: 'reporter', unitId: 'u_qingshi' };
  const saved = dataOf(await client.call(admin, 'accounts', 'save', payload));
  expect(saved.phone).toBe('13912345678');

  for (const token of [admin, editor]) {
    const listed = await client.all(token, 'accounts', 'list');
    expect(listed.find((a) => a.id === saved.id)?.phone).toBe('139****5678');
    expect(JSON.stringify(listed)).not.toMatch(FULL_PHONE);
  }
});

test('the demo accounts with phones are masked in every page of the list', async () => {
  const listed = await client.all(admin, 'accounts', 'list', { role: 'reporter' }, 2);
  const phones = listed.map((a) => a.phone).filter(Boolean);
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) expect(phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
});

test('accounts.get gives an admin the full phone for the edit form, and nobody else anything', async () => {
  const saved = dataOf(
    await client.call(admin, 'accounts', 'save', { name: '周小川', phone: '13700001111', role: 'editor' }),
  );
  const got = dataOf(await client.call(admin, 'accounts', 'get', { id: saved.id }));
  expect(got).toMatchObject({ id: saved.id, name: '周小川', phone: '13700001111', role: 'editor' });

  const reporter = await client.token('reporter1');
  for (const token of [editor, reporter]) {
    const refused = await client.call(token, 'accounts', 'get', { id: saved.id });
    expect([refused.status, errorOf(refused).code]).toEqual([403, 'PERMISSION_DENIED']);
  }
  const missing = await client.call(admin, 'accounts', 'get', { id: 'no-such-account' });
  expect([missing.status, errorOf(missing).code]).toEqual([404, 'NOT_FOUND']);
  expect(hasChinese(errorOf(missing).message)).toBe(true);
  const bad = await client.call(admin, 'accounts', 'get', { id: '' });
  expect([bad.status, errorOf(bad).code]).toEqual([400, 'INVALID_ARGUMENT']);
});
