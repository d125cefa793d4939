// Tokens end when the password changes or the account is deactivated (DESIGN 4.5); accounts.changePassword.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['admin'] });

async function expectEnded(token: string): Promise<void> {
  const answer = await client.call(token, 'accounts', 'me');
  expect(answer.status).toBe(401);
  expect(errorOf(answer).code).toBe('UNAUTHENTICATED');
  expect(hasChinese(errorOf(answer).message)).toBe(true);
}

test('changing one’s own password ends every earlier token; the new password logs in, the old one not', async () => {
  const first = await client.token('reporter3');
  const second = await client.token('reporter3');
  const changed = await client.call(first, 'accounts', 'changePassword', {
    oldPassword: 'demo1234',
    newPassword: 'new-pass-5678',
  });
  expect(changed.status).toBe(200);
  expect(dataOf(changed).mustChangePassword).toBe(false);
  await expectEnded(first);
  await expectEnded(second);
  expect((await client.login('reporter3', 'demo1234')).status).toBe(401);
  const fresh = await client.token('reporter3', 'new-pass-5678');
  expect((await client.call(fresh, 'accounts', 'me')).status).toBe(200);
});

test('a wrong old password, a short or unchanged new one → 400, the password and tokens unchanged', async () => {
  const token = await client.token('reporter4');
  for (const payload of [
    { oldPassword: 'not-mine-1', newPassword: 'another-pass-1' },
    { oldPassword: 'demo1234', newPassword: 'short' },
    { oldPassword: 'demo1234', newPassword: 'demo1234' },
    { oldPassword: 'demo1234' },
  ]) {
    const answer = await client.call(token, 'accounts', 'changePassword', payload);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  }
  expect((await client.call(token, 'accounts', 'me')).status).toBe(200);
  expect((await client.login('reporter4')).status).toBe(200);
});

test('an admin’s password reset through accounts.save ends the account’s earlier tokens', async () => {
  const token = await client.token('reporter5');
  const me = dataOf(await client.call(token, 'accounts', 'me'));
  const reset = await client.call(tokens.admin, 'accounts', 'save', {
    id: me.id,
    name: me.name,
    role: 'reporter',
    password: 'reset-by-admin-1',
  });
  expect(reset.status).toBe(200);
  await expectEnded(token);
  expect((await client.login('reporter5', 'reset-by-admin-1')).status).toBe(200);
});

test('deactivation ends earlier tokens for good: reactivating does not bring them back', async () => {
  const token = await client.token('reporter6');
  const me = dataOf(await client.call(token, 'accounts', 'me'));
  const base = { id: me.id, name: me.name, role: 'reporter' };
  expect((await client.call(tokens.admin, 'accounts', 'save', { ...base, active: false })).status).toBe(200);
  await expectEnded(token);
  expect((await client.call(tokens.admin, 'accounts', 'save', { ...base, active: true })).status).toBe(200);
  await expectEnded(token);
  expect((await client.call(await client.token('reporter6'), 'accounts', 'me')).status).toBe(200);
});

test('an edit that changes neither password nor active state keeps the tokens', async () => {
  const token = await client.token('reporter2');
  const me = dataOf(await client.call(token, 'accounts', 'me'));
  expect(
    (await client.call(tokens.admin, 'accounts', 'save', { id: me.id, name: '改名后的通讯员', role: 'reporter' }))
      .status,
  ).toBe(200);
  expect(dataOf(await client.call(token, 'accounts', 'me')).name).toBe('改名后的通讯员');
});
