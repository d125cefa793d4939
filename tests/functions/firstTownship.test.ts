// DEMO=0 on an empty DATA_DIR (DESIGN 4.5): the township and an `admin` with a one-time password, which the first
// login must change before anything else works.
import fs from 'node:fs';
import path from 'node:path';
import { readSettings } from '../../cloudfunctions/host/settings';
import { dataOf, errorOf, hasChinese } from '../support/http';
import { jpeg } from '../support/images';
import { useTestHost } from '../support/host';

const env = useTestHost({ demo: false, townshipName: '青山镇' });
const { client } = env;

const passwordFile = () => path.join(env.host.dataDir, 'initial-admin-password');

test('an empty DATA_DIR without the demo gets its township and an admin whose password is written once', async () => {
  expect(env.host.initialAdmin).toMatchObject({ username: 'admin', townshipName: '青山镇' });
  const password = env.host.initialAdmin?.password as string;
  expect(password.length).toBeGreaterThanOrEqual(12);
  expect(fs.readFileSync(passwordFile(), 'utf8').trim()).toBe(password);
  expect(fs.statSync(passwordFile()).mode & 0o077).toBe(0);
});

test('the first login must change the password: until then only accounts.me and changePassword answer', async () => {
  const password = env.host.initialAdmin?.password as string;
  const login = dataOf(await client.login('admin', password));
  expect(login.account).toMatchObject({ role: 'admin', mustChangePassword: true });
  const token = login.token as string;

  const me = dataOf(await client.call(token, 'accounts', 'me'));
  expect(me).toMatchObject({ mustChangePassword: true, townshipName: '青山镇' });
  for (const [fn, action] of [
    ['leads', 'queue'],
    ['accounts', 'list'],
    ['accounts', 'invite'],
    ['stats', 'summary'],
  ] as const) {
    const refused = await client.call(token, fn, action, {});
    expect(refused.status).toBe(403);
    expect(errorOf(refused).code).toBe('PERMISSION_DENIED');
    expect(errorOf(refused).message).toContain('修改密码');
  }
  const upload = await client.upload(token, await jpeg(8, 8));
  expect(upload.status).toBe(403);
  expect(hasChinese(errorOf(upload).message)).toBe(true);

  const changed = dataOf(
    await client.call(token, 'accounts', 'changePassword', { oldPassword: password, newPassword: 'qingshan-2026' }),
  );
  expect(changed.mustChangePassword).toBe(false);
  expect((await client.call(token, 'accounts', 'me')).status).toBe(401);
  expect((await client.login('admin', password)).status).toBe(401);

  const again = dataOf(await client.login('admin', 'qingshan-2026'));
  expect(again.account.mustChangePassword).toBe(false);
  expect((await client.call(again.token, 'accounts', 'list', {})).status).toBe(200);
});

test('a restart on the same DATA_DIR creates nothing new', async () => {
  expect((await env.restart()).initialAdmin).toBeNull();
  expect((await client.login('admin', 'qingshan-2026')).status).toBe(200);
});

test('TOWNSHIP_NAME names the township; without it a plain default', () => {
  expect(readSettings({ DEMO: '0', TOWNSHIP_NAME: ' 青山镇 ' }, []).townshipName).toBe('青山镇');
  expect(readSettings({ DEMO: '0' }, []).townshipName).toBe('本镇');
  expect(() => readSettings({ TOWNSHIP_NAME: 'x'.repeat(40) }, [])).toThrow('TOWNSHIP_NAME');
});
