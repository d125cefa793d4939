// The host's HTTP surface: health, the envelope on every /api answer, body parsing errors, tokens, static files.
import Database from 'better-sqlite3';
import path from 'node:path';
import { signToken } from '../../cloudfunctions/host/auth/tokens';
import { dataOf, errorOf, hasChinese } from '../support/http';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['reporter1'] });
const { client, tokens } = env;

test('GET /healthz answers 200', async () => {
  const res = await fetch(`${env.host.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, data: { status: 'ok' } });
});

test('the H5 app is served at / on the same origin', async () => {
  const res = await fetch(`${env.host.url}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/html/);
  expect(await res.text()).toContain('<div id="app">');
});

describe('errors of the HTTP layer are envelopes with Chinese messages', () => {
  test('unknown /api route → 404 NOT_FOUND', async () => {
    const answer = await client.request('/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(errorOf(answer).code).toBe('NOT_FOUND');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
    const post = await client.postJson('/api/fn', {}, tokens.reporter1);
    expect(post.status).toBe(404);
  });

  test('unknown function → 404 NOT_FOUND', async () => {
    const answer = await client.call(tokens.reporter1, 'nosuchfunction', 'me');
    expect(answer.status).toBe(404);
    expect(errorOf(answer)).toMatchObject({ code: 'NOT_FOUND' });
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });

  test('a text/plain body → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await client.request('/api/fn/leads', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${tokens.reporter1}` },
      body: JSON.stringify({ action: 'mine' }),
    });
    expect(answer.status).toBe(415);
    expect(errorOf(answer).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });

  test('a body that is not valid JSON → 400 INVALID_ARGUMENT', async () => {
    const answer = await client.request('/api/fn/leads', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.reporter1}` },
      body: '{"action": "mine",',
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(answer).message).toContain('JSON');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });

  test('a JSON body over 1 MB → 413 PAYLOAD_TOO_LARGE, and nothing is written', async () => {
    const before = dataOf(await client.call(tokens.reporter1, 'leads', 'mine', { limit: 1 })).items[0]?.id;
    const answer = await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ body: 'x'.repeat(1_100_000) }));
    expect(answer.status).toBe(413);
    expect(errorOf(answer).code).toBe('PAYLOAD_TOO_LARGE');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
    expect(dataOf(await client.call(tokens.reporter1, 'leads', 'mine', { limit: 1 })).items[0]?.id).toBe(before);
  });

  test('a JSON array or scalar body → 400, not a crash', async () => {
    for (const body of ['[]', '42', 'null']) {
      const answer = await client.request('/api/fn/leads', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.reporter1}` },
        body,
      });
      expect(answer.status).toBe(400);
      expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
    }
  });

  test('an unexpected failure → 500 INTERNAL without internals', async () => {
    // Another reporter's lead, so the damage below stays out of the other tests' lists.
    const other = await client.token('reporter3');
    const lead = dataOf(await client.call(other, 'leads', 'submit', leadPayload()));
    // Damage the stored row behind the host's back, so reading it throws inside the store.
    const db = new Database(path.join(env.host.dataDir, 'xiangxun.db'));
    db.prepare("UPDATE leads SET photos = 'not json' WHERE id = ?").run(lead.id);
    db.close();
    const answer = await client.call(other, 'leads', 'get', { id: lead.id });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(hasChinese(errorOf(answer).message)).toBe(true);
    expect(JSON.stringify(answer.body)).not.toMatch(/JSON\.parse|at |\.ts|SyntaxError|Unexpected token/);
  });
});

describe('tokens', () => {
  test('no token → 401 UNAUTHENTICATED', async () => {
    const answer = await client.call(undefined, 'leads', 'mine');
    expect(answer.status).toBe(401);
    expect(errorOf(answer).code).toBe('UNAUTHENTICATED');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });

  test('a forged or mangled token → 401', async () => {
    const [payload, sig] = tokens.reporter1.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'a_admin', iat: 0, exp: 4_000_000_000 })).toString(
      'base64url',
    );
    for (const token of ['garbage', `${forgedPayload}.${sig}`, `${payload}.${sig.slice(0, -2)}xx`, `${payload}.`]) {
      const answer = await client.call(token, 'leads', 'mine');
      expect(answer.status).toBe(401);
      expect(errorOf(answer).code).toBe('UNAUTHENTICATED');
    }
  });

  test('an expired token → 401, one signed with the same key that is still valid → 200', async () => {
    const key = env.host.keys().token;
    const expired = signToken(key, 'a_reporter1', 60, new Date(env.host.clock.now().getTime() - 3600_000));
    const answer = await client.call(expired, 'leads', 'mine');
    expect(answer.status).toBe(401);
    expect(errorOf(answer).message).toContain('重新登录');
    const fresh = signToken(key, 'a_reporter1', 60, env.host.clock.now());
    expect((await client.call(fresh, 'leads', 'mine')).status).toBe(200);
  });

  test('a token for an account that does not exist → 401', async () => {
    const ghost = signToken(env.host.keys().token, 'a_nobody', 60, env.host.clock.now());
    expect((await client.call(ghost, 'accounts', 'me')).status).toBe(401);
  });
});

test('API answers are not cached and carry nosniff', async () => {
  const answer = await client.call(tokens.reporter1, 'accounts', 'me');
  expect(answer.status).toBe(200);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  expect(dataOf(answer)).toMatchObject({ id: 'a_reporter1', role: 'reporter', townshipName: '示范镇' });
});
