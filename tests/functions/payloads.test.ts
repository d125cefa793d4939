// Roles (403) and payload checks (400): every refusal has a Chinese message and writes nothing.
import { errorOf, hasChinese, type Answer } from '../support/http';
import { countMine, countQueue, leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['reporter1', 'editor'] });

function expectRefused(answer: Answer, status: number, code: string): string {
  expect(answer.status).toBe(status);
  const error = errorOf(answer);
  expect(error.code).toBe(code);
  expect(hasChinese(error.message)).toBe(true);
  return error.message;
}

describe('403: a reporter may not call editor or admin actions', () => {
  test.each([
    ['leads', 'queue', {}],
    ['leads', 'review', { id: 'l_demo_0001', decision: 'accept' }],
    ['accounts', 'list', {}],
    ['accounts', 'invite', { role: 'reporter', unitId: 'u_qingshi' }],
  ])('%s.%s → 403 PERMISSION_DENIED', async (fn, action, payload) => {
    expectRefused(await client.call(tokens.reporter1, fn, action, payload), 403, 'PERMISSION_DENIED');
  });

  test('the role check comes before the payload check', async () => {
    expectRefused(await client.call(tokens.reporter1, 'leads', 'review', { nonsense: true }), 403, 'PERMISSION_DENIED');
  });

  test('a reporter reviewing leaves the lead untouched', async () => {
    const before = await countQueue(client, tokens.editor);
    await client.call(tokens.reporter1, 'leads', 'review', { id: 'l_demo_0001', decision: 'reject', note: '不行' });
    expect(await countQueue(client, tokens.editor)).toBe(before);
  });
});

describe('400: action names', () => {
  test('a missing action', async () => {
    const message = expectRefused(
      await client.call(tokens.reporter1, 'leads', undefined, { title: 'x' }),
      400,
      'INVALID_ARGUMENT',
    );
    expect(message).toContain('action');
  });

  test('an unknown action', async () => {
    const message = expectRefused(
      await client.call(tokens.reporter1, 'leads', 'destroyEverything'),
      400,
      'INVALID_ARGUMENT',
    );
    expect(message).toContain('destroyEverything');
  });
});

describe('400: bad payloads write nothing', () => {
  let mineBefore: number;
  let queueBefore: number;
  beforeAll(async () => {
    mineBefore = await countMine(client, tokens.reporter1);
    queueBefore = await countQueue(client, tokens.editor);
  });
  afterAll(async () => {
    expect(await countMine(client, tokens.reporter1)).toBe(mineBefore);
    expect(await countQueue(client, tokens.editor)).toBe(queueBefore);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['missing title', { title: undefined }, '标题'],
    ['blank title', { title: '   ' }, '标题'],
    ['title of 41 characters', { title: '长'.repeat(41) }, '40'],
    ['10 photos', { photos: Array.from({ length: 10 }, (_, i) => `f_${String(i).padStart(32, '0')}.jpg`) }, '9'],
    ['a clientId that is not a UUID', { clientId: 'draft-1' }, '草稿编号'],
    ['an unknown field', { secret: 'x' }, 'secret'],
    ['a category the township does not use', { category: '娱乐八卦' }, '类别'],
    ['a photo that does not exist', { photos: ['f_00000000000000000000000000000000.jpg'] }, '照片'],
  ];
  test.each(cases)('submit with %s → 400', async (_name, overrides, hint) => {
    const payload = leadPayload(overrides);
    const message = expectRefused(
      await client.call(tokens.reporter1, 'leads', 'submit', payload),
      400,
      'INVALID_ARGUMENT',
    );
    expect(message).toContain(hint);
  });

  test('title of exactly 40 characters is accepted (the limit is inclusive)', async () => {
    const lead = await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ title: '长'.repeat(40) }));
    expect(lead.status).toBe(200);
    mineBefore += 1;
    queueBefore += 1;
  });

  test.each([
    ['reject', undefined],
    ['reject', '   '],
    ['needs_info', undefined],
  ])('review %s with note %p → 400 asking for the reason', async (decision, note) => {
    const queue = await client.call(tokens.editor, 'leads', 'queue', { limit: 1 });
    const target = (queue.body.ok && queue.body.data.items[0]?.id) as string;
    const message = expectRefused(
      await client.call(tokens.editor, 'leads', 'review', {
        id: target,
        decision,
        ...(note === undefined ? {} : { note }),
      }),
      400,
      'INVALID_ARGUMENT',
    );
    expect(message).toContain('原因');
  });

  test('merge without a target → 400', async () => {
    const queue = await client.call(tokens.editor, 'leads', 'queue', { limit: 1 });
    const target = (queue.body.ok && queue.body.data.items[0]?.id) as string;
    expectRefused(
      await client.call(tokens.editor, 'leads', 'review', { id: target, decision: 'merge' }),
      400,
      'INVALID_ARGUMENT',
    );
  });

  test('list limits outside 1–50 and forged cursors → 400', async () => {
    expectRefused(await client.call(tokens.reporter1, 'leads', 'mine', { limit: 51 }), 400, 'INVALID_ARGUMENT');
    expectRefused(await client.call(tokens.reporter1, 'leads', 'mine', { limit: 0 }), 400, 'INVALID_ARGUMENT');
    expectRefused(
      await client.call(tokens.reporter1, 'leads', 'mine', { cursor: 'bm90IGEgY3Vyc29y' }),
      400,
      'INVALID_ARGUMENT',
    );
  });
});
