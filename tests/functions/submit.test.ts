// leads.submit over HTTP: idempotent on clientId, and a reporter only ever sees and uses their own things.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { jpeg } from '../support/images';
import { countMine, leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['reporter1', 'reporter2'] });
const { client, tokens } = env;

test('a submitted lead comes back in the shape of DESIGN 4.3', async () => {
  const photo = dataOf(await client.upload(tokens.reporter1, await jpeg()));
  const payload = leadPayload({
    photos: [photo.fileID],
    urgent: true,
    place: '村委会广场',
    occurredAt: '2024-05-01T09:30:00+08:00',
  });
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', payload));
  expect(lead).toMatchObject({
    id: expect.any(String),
    clientId: payload.clientId,
    status: 'submitted',
    title: payload.title,
    body: payload.body,
    category: '民生服务',
    urgent: true,
    place: '村委会广场',
    occurredAt: '2024-05-01T01:30:00.000Z',
    unitId: 'u_qingshi',
    authorId: 'a_reporter1',
    history: [],
    replies: [],
    articles: [],
  });
  expect(lead.photos).toEqual([
    { fileID: photo.fileID, url: expect.stringMatching(/^\/files\/.+\?exp=\d+&sig=[0-9a-f]{64}$/) },
  ]);
  expect(new Date(lead.createdAt).getTime()).toBeGreaterThan(env.host.clock.now().getTime() - 60_000);
  // The signed URL in the lead serves the photo.
  expect((await fetch(env.host.url + lead.photos[0].url)).status).toBe(200);
});

test('titles and bodies are trimmed before they are stored', async () => {
  const lead = dataOf(
    await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ title: '  前后有空格  ', body: '\n正文\n ' })),
  );
  expect(lead.title).toBe('前后有空格');
  expect(lead.body).toBe('正文');
});

describe('idempotency on clientId', () => {
  test('the same content again → the same lead, nothing new (also after trimming)', async () => {
    const payload = leadPayload();
    const first = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', payload));
    const before = await countMine(client, tokens.reporter1);
    const again = dataOf(
      await client.call(tokens.reporter1, 'leads', 'submit', { ...payload, title: ` ${payload.title as string} ` }),
    );
    expect(again.id).toBe(first.id);
    expect(again.createdAt).toBe(first.createdAt);
    expect(await countMine(client, tokens.reporter1)).toBe(before);
  });

  test('the same clientId with different content → 409, the first lead unchanged', async () => {
    const payload = leadPayload();
    const first = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', payload));
    const before = await countMine(client, tokens.reporter1);
    const answer = await client.call(tokens.reporter1, 'leads', 'submit', { ...payload, body: '改过的内容' });
    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('CONFLICT');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
    expect(await countMine(client, tokens.reporter1)).toBe(before);
    expect(dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: first.id })).body).toBe(payload.body);
  });

  test('the same clientId from another reporter → 409, and nothing of the first lead leaks', async () => {
    const payload = leadPayload();
    dataOf(await client.call(tokens.reporter1, 'leads', 'submit', payload));
    const before = await countMine(client, tokens.reporter2);
    const answer = await client.call(tokens.reporter2, 'leads', 'submit', payload);
    expect(answer.status).toBe(409);
    expect(errorOf(answer).code).toBe('CONFLICT');
    expect(JSON.stringify(answer.body)).not.toContain('a_reporter1');
    expect(await countMine(client, tokens.reporter2)).toBe(before);
  });

  test('ten identical submissions in parallel make exactly one lead', async () => {
    const payload = leadPayload();
    const before = await countMine(client, tokens.reporter1);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.call(tokens.reporter1, 'leads', 'submit', payload)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const ids = new Set(answers.map((a) => dataOf(a).id));
    expect(ids.size).toBe(1);
    expect(await countMine(client, tokens.reporter1)).toBe(before + 1);
  });
});

describe('reporters are kept apart', () => {
  test("reporter1 cannot read reporter2's lead: 404, not 403", async () => {
    const theirs = dataOf(await client.call(tokens.reporter2, 'leads', 'submit', leadPayload()));
    const answer = await client.call(tokens.reporter1, 'leads', 'get', { id: theirs.id });
    expect(answer.status).toBe(404);
    expect(errorOf(answer).code).toBe('NOT_FOUND');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
    // …and a lead that does not exist answers exactly the same.
    const missing = await client.call(tokens.reporter1, 'leads', 'get', { id: 'no-such-lead' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe(errorOf(answer).message);
  });

  test("reporter1's list never shows reporter2's leads", async () => {
    const theirs = dataOf(await client.call(tokens.reporter2, 'leads', 'submit', leadPayload()));
    const mine = await client.all(tokens.reporter1, 'leads', 'mine');
    expect(mine.every((l) => l.authorId === 'a_reporter1')).toBe(true);
    expect(mine.some((l) => l.id === theirs.id)).toBe(false);
  });

  test("reporter1 cannot attach reporter2's photo: 400 and nothing written", async () => {
    const photo = dataOf(await client.upload(tokens.reporter2, await jpeg()));
    const before = await countMine(client, tokens.reporter1);
    const answer = await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ photos: [photo.fileID] }));
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(answer).message).toContain('照片');
    expect(await countMine(client, tokens.reporter1)).toBe(before);
    // reporter2 may use it.
    expect(
      (await client.call(tokens.reporter2, 'leads', 'submit', leadPayload({ photos: [photo.fileID] }))).status,
    ).toBe(200);
  });

  test('the same photo twice in one lead → 400', async () => {
    const photo = dataOf(await client.upload(tokens.reporter1, await jpeg()));
    const answer = await client.call(
      tokens.reporter1,
      'leads',
      'submit',
      leadPayload({ photos: [photo.fileID, photo.fileID] }),
    );
    expect(answer.status).toBe(400);
  });
});

test('mine lists newest first and pages through every lead once', async () => {
  const items = await client.all(tokens.reporter1, 'leads', 'mine', {}, 7);
  const ids = items.map((l) => l.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1], items[i]];
    expect(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)).toBe(true);
  }
  // The demo gave reporter1 a year of leads, more than one page.
  expect(items.length).toBeGreaterThan(20);
});
