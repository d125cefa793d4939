// POST /api/login: tokens for the demo accounts, 401 for wrong credentials, throttling per account and address.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { useTestHost } from '../support/host';

const { client } = useTestHost();

test('each demo account logs in with demo1234 and gets a working token', async () => {
  const expected = {
    admin: { role: 'admin', unitId: null },
    editor: { role: 'editor', unitId: null },
    reporter1: { role: 'reporter', unitId: 'u_qingshi' },
    reporter2: { role: 'reporter', unitId: 'u_liutang' },
  };
  for (const [username, shape] of Object.entries(expected)) {
    const answer = await client.login(username);
    expect(answer.status).toBe(200);
    const data = dataOf(answer);
    expect(typeof data.token).toBe('string');
    expect(data.account).toMatchObject({
      ...shape,
      townshipId: 't_demo',
      id: expect.any(String),
      name: expect.any(String),
    });
    const me = dataOf(await client.call(data.token, 'accounts', 'me'));
    expect(me.id).toBe(data.account.id);
  }
});

test('a wrong password or an unknown username → 401 with the same Chinese message', async () => {
  const wrong = await client.login('reporter1', 'demo12345');
  const unknown = await client.login('nobody-here', 'demo1234');
  for (const answer of [wrong, unknown]) {
    expect(answer.status).toBe(401);
    expect(errorOf(answer).code).toBe('UNAUTHENTICATED');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  }
  expect(errorOf(wrong).message).toBe(errorOf(unknown).message);
});

test('a login body without a password → 400', async () => {
  const answer = await client.postJson('/api/login', { username: 'reporter1' });
  expect(answer.status).toBe(400);
  expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
  expect(errorOf(answer).message).toContain('密码');
});

test('five failures hold the username back: 429 with a short retryAfterSeconds, even for the right password', async () => {
  for (let i = 0; i < 5; i++) expect((await client.login('reporter3', `wrong${i}`)).status).toBe(401);
  const locked = await client.login('reporter3');
  expect(locked.status).toBe(429);
  const error = errorOf(locked);
  expect(error.code).toBe('RATE_LIMITED');
  expect(hasChinese(error.message)).toBe(true);
  const retry = error.details?.retryAfterSeconds as number;
  expect(Number.isInteger(retry)).toBe(true);
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(60);
  expect(locked.headers.get('retry-after')).toBe(String(retry));
  // Another username from the same address is not affected.
  expect((await client.login('reporter4')).status).toBe(200);
});

describe('behind one NAT, nobody locks anyone else out (a clock the test moves)', () => {
  let at = Date.parse('2026-05-04T08:00:00.000Z');
  const advance = (seconds: number) => {
    at += seconds * 1000;
  };
  const { client: nat } = useTestHost({ clock: { now: () => new Date(at) } });

  const retryOf = async (username: string) => {
    const answer = await nat.login(username);
    expect(answer.status).toBe(429);
    return errorOf(answer).details?.retryAfterSeconds as number;
  };

  test('after a stranger’s guesses the owner waits seconds, not fifteen minutes, and the delay grows', async () => {
    for (let i = 0; i < 5; i++) expect((await nat.login('reporter1', `guess${i}`)).status).toBe(401);
    const first = await retryOf('reporter1');
    expect(first).toBeLessThanOrEqual(2);
    advance(first);
    expect((await nat.login('reporter1', 'guess5')).status).toBe(401);
    const second = await retryOf('reporter1');
    expect(second).toBeGreaterThan(first);
    expect(second).toBeLessThanOrEqual(60);
    advance(second);
    // The owner, from the same address, gets in as soon as the short delay is over.
    expect((await nat.login('reporter1')).status).toBe(200);
    // …and the success starts the count over.
    expect((await nat.login('reporter1', 'typo')).status).toBe(401);
    expect((await nat.login('reporter1')).status).toBe(200);
  });

  test('the delay never passes a minute, however long the guessing goes on', async () => {
    for (let i = 0; i < 14; i++) {
      const answer = await nat.login('reporter2', `guess${i}`);
      if (answer.status !== 429) continue;
      const retry = errorOf(answer).details?.retryAfterSeconds as number;
      expect(retry).toBeLessThanOrEqual(60);
      advance(retry);
    }
    advance(60);
    expect((await nat.login('reporter2')).status).toBe(200);
  });

  test('many failures from one address hold that address back for a while, not the accounts', async () => {
    for (let i = 0; i < 40; i++) await nat.login(`nobody${i}`, 'x');
    const answer = await nat.login('editor');
    expect(answer.status).toBe(429);
    advance(15 * 60);
    expect((await nat.login('editor')).status).toBe(200);
  });
});

test('a successful login resets the failure count', async () => {
  for (let i = 0; i < 4; i++) expect((await client.login('reporter5', 'nope')).status).toBe(401);
  expect((await client.login('reporter5')).status).toBe(200);
  // Without the reset this would be failures 5 to 8 and the last ones would be 429.
  for (let i = 0; i < 4; i++) expect((await client.login('reporter5', 'nope')).status).toBe(401);
  expect((await client.login('reporter5')).status).toBe(200);
});

test('parallel guesses cannot slip past the limit', async () => {
  const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => client.login('reporter6', `guess${i}`)));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 401)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(7);
});
