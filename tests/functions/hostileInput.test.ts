// Input that once answered 500 or was stored wrongly (issue 11): every answer is the envelope with the right code.
import http from 'node:http';
import { dataOf, errorOf, hasChinese, type Answer } from '../support/http';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['reporter1', 'editor'] });
const { client, tokens } = env;

function expectRefused(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(errorOf(answer).code).toBe(code);
  expect(hasChinese(errorOf(answer).message)).toBe(true);
}

/** A raw request, for what fetch will not send (bad percent-encoding, hand-made multipart). */
function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  const url = new URL(env.host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), headers: new Headers() });
          } catch {
            reject(new Error(`${path} answered ${res.statusCode} with non-JSON: ${text.slice(0, 200)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('no 500 from input', () => {
  test('a NUL character in the search text of leads.queue and leads.counts → 400', async () => {
    expectRefused(await client.call(tokens.editor, 'leads', 'queue', { q: 'a\u0000b' }), 400, 'INVALID_ARGUMENT');
    expectRefused(await client.call(tokens.editor, 'leads', 'counts', { q: '\u0000' }), 400, 'INVALID_ARGUMENT');
  });

  test('multipart without a boundary, or without its closing boundary → 400 envelope', async () => {
    const auth = { authorization: `Bearer ${tokens.reporter1}` };
    const noBoundary = await raw('/api/files', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data' },
      body: Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nabc\r\n--x--\r\n'),
    });
    expectRefused(noBoundary, 400, 'INVALID_ARGUMENT');
    const unclosed = await raw('/api/files', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=x' },
      body: Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\xff\xd8\xffabc'),
    });
    expectRefused(unclosed, 400, 'INVALID_ARGUMENT');
  });

  test('stats.summary for the years 0000–0004 → 400 (dates outside 1970–2999)', async () => {
    for (const [from, to] of [
      ['0000-01-01', '0000-12-31'],
      ['0001-01-01', '0004-12-31'],
    ]) {
      expectRefused(await client.call(tokens.editor, 'stats', 'summary', { from, to }), 400, 'INVALID_ARGUMENT');
    }
  });

  test('bad percent-encoding in the path → 400 envelope', async () => {
    expectRefused(await raw('/api/fn/%E0%A4%A'), 400, 'INVALID_ARGUMENT');
    expectRefused(await raw('/files/%zz?exp=1&sig=2'), 400, 'INVALID_ARGUMENT');
  });

  test('an over-long path parameter → 414 envelope', async () => {
    const answer = await raw(`/api/fn/${'a'.repeat(3000)}`, { method: 'POST' });
    expect(answer.status).toBe(414);
    expect(answer.body.ok).toBe(false);
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });

  test('a request line past the HTTP parser’s limit → the envelope, not Fastify’s own JSON', async () => {
    const answer = await raw(`/api/fn/leads?q=${'a'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  });
});

describe('text is stored exactly as accepted, or refused (DESIGN 4.5)', () => {
  test('a lone surrogate in any text field → 400, nothing stored', async () => {
    const payload = leadPayload({ title: '村里来了新书\ud83d' });
    expectRefused(await client.call(tokens.reporter1, 'leads', 'submit', payload), 400, 'INVALID_ARGUMENT');
    expectRefused(
      await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ body: '\udc00正文' })),
      400,
      'INVALID_ARGUMENT',
    );
    expectRefused(
      await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ place: '桥头\ud800' })),
      400,
      'INVALID_ARGUMENT',
    );
    // A whole emoji is text like any other.
    const ok = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ title: '村里来了新书📚' })));
    expect(ok.title).toBe('村里来了新书📚');
  });

  test('a title or body of only spaces and zero-width characters counts as blank', async () => {
    for (const blank of ['\u200b\u200b', ' \u200c\u200d\ufeff ', '\u3000\u2060']) {
      expectRefused(
        await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ title: blank })),
        400,
        'INVALID_ARGUMENT',
      );
      expectRefused(
        await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ body: blank })),
        400,
        'INVALID_ARGUMENT',
      );
    }
  });

  test('clientId compares case-insensitively: the upper-case retry is the same lead', async () => {
    const payload = leadPayload();
    const first = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', payload));
    const again = await client.call(tokens.reporter1, 'leads', 'submit', {
      ...payload,
      clientId: String(payload.clientId).toUpperCase(),
    });
    expect(again.status).toBe(200);
    expect(dataOf(again).id).toBe(first.id);
    expect(dataOf(again).clientId).toBe(String(payload.clientId).toLowerCase());
  });
});
