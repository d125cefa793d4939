// POST /api/redeem on the local host: an invite code becomes a username-and-password account with the invite's role
// and unit (never the caller's choice), logged in at once; bad input, unknown, expired or used-up codes and taken
// usernames are refused in Chinese and change nothing.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['admin'] });
let unitId: string;

beforeAll(async () => {
  unitId = (dataOf(await client.call(tokens.admin, 'accounts', 'units')) as { id: string }[])[0]!.id;
});

const invite = async (uses = 1) =>
  (
    dataOf(await client.call(tokens.admin, 'accounts', 'invite', { role: 'reporter', unitId, uses })) as {
      code: string;
    }
  ).code;

const redeem = (body: Record<string, unknown>) => client.postJson('/api/redeem', body);

test('a code makes a reporter of the invite’s unit who can log in with the chosen password', async () => {
  const code = await invite();
  const answer = await redeem({ code: code.toLowerCase(), name: '陈小燕', username: 'chenxy', password: 'chenxy2026' });
  const result = dataOf(answer) as { token: string; account: { role: string; unitId: string; name: string } };
  expect(result.account).toMatchObject({ role: 'reporter', unitId, name: '陈小燕' });
  const me = dataOf(await client.call(result.token, 'accounts', 'me')) as { role: string; unitId: string };
  expect(me).toMatchObject({ role: 'reporter', unitId });
  expect(dataOf(await client.login('chenxy', 'chenxy2026')).account.name).toBe('陈小燕');
  // The code had one use: it is spent now.
  const again = errorOf(await redeem({ code, name: '别人', username: 'someone', password: 'someone2026' }));
  expect(again.code).toBe('CONFLICT');
  expect(hasChinese(again.message)).toBe(true);
});

test('a taken username is refused before the code is used, so the code still works afterwards', async () => {
  const code = await invite();
  const taken = errorOf(await redeem({ code, name: '王磊', username: 'reporter1', password: 'wanglei2026' }));
  expect(taken.code).toBe('CONFLICT');
  expect(taken.message).toContain('reporter1');
  expect(dataOf(await redeem({ code, name: '王磊', username: 'wanglei', password: 'wanglei2026' })).account.name).toBe(
    '王磊',
  );
});

test.each([
  ['an unknown code', { code: 'ZZZZZZZZ', name: '李四', username: 'lisi01', password: 'lisi20266' }, 'NOT_FOUND'],
  ['a short password', { code: 'ABCDEFGH', name: '李四', username: 'lisi02', password: '123' }, 'INVALID_ARGUMENT'],
  [
    'a username with spaces',
    { code: 'ABCDEFGH', name: '李四', username: 'li si', password: 'lisi20266' },
    'INVALID_ARGUMENT',
  ],
  [
    'a role smuggled in',
    { code: 'ABCDEFGH', name: '李四', username: 'lisi03', password: 'lisi20266', role: 'admin' },
    'INVALID_ARGUMENT',
  ],
  ['no body at all', null, 'INVALID_ARGUMENT'],
])('%s is refused with a Chinese message and creates nobody', async (_label, body, code) => {
  const answer = await redeem(body as Record<string, unknown>);
  expect(answer.status).toBeLessThan(500);
  const error = errorOf(answer);
  expect(error.code).toBe(code);
  expect(hasChinese(error.message)).toBe(true);
  const accounts = (await client.all(tokens.admin, 'accounts', 'list')) as { name: string }[];
  expect(accounts.some((a) => a.name === '李四')).toBe(false);
});

test('a redeemed account is as limited as any reporter: admin actions are denied', async () => {
  const code = await invite();
  const { token } = dataOf(await redeem({ code, name: '赵敏', username: 'zhaomin', password: 'zhaomin2026' }));
  expect(errorOf(await client.call(token, 'accounts', 'invite', { role: 'admin' })).code).toBe('PERMISSION_DENIED');
});
