// DESIGN 4.1's order: token (401) → role (403) → payload (400); and a logged-in caller is never told to log in.
import { errorOf, hasChinese } from '../support/http';
import { useTestHost } from '../support/host';

const { client } = useTestHost();

test('stats.saveRule by an editor → 403 even with a broken payload', async () => {
  const editor = await client.token('editor');
  for (const payload of [{}, { name: 42 }, { bogus: true }]) {
    const answer = await client.call(editor, 'stats', 'saveRule', payload);
    expect(answer.status).toBe(403);
    expect(errorOf(answer).code).toBe('PERMISSION_DENIED');
  }
});

test('accounts.bind by a logged-in user → 409 已绑定, never UNAUTHENTICATED (the H5 app logs out on 401)', async () => {
  const reporter = await client.token('reporter1');
  const answer = await client.call(reporter, 'accounts', 'bind', {
    code: 'ABCD1234',
    name: '张三',
    phone: '13800001111',
  });
  expect(answer.status).toBe(409);
  expect(errorOf(answer).code).toBe('CONFLICT');
  expect(errorOf(answer).message).toContain('已经绑定');
  expect(hasChinese(errorOf(answer).message)).toBe(true);
});
