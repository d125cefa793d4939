// The editor's desk over HTTP: queue filters and full text with paging, counts, twins, bulk decisions, highlights.
import { dataOf, errorOf } from '../support/http';
import { leadPayload } from '../support/leads';
import { shanghaiDay } from '../support/clock';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['reporter1', 'reporter2', 'editor'] });
const { client, tokens } = env;

const submit = async (token: string, overrides: Record<string, unknown> = {}) =>
  dataOf(await client.call(token, 'leads', 'submit', leadPayload(overrides)));

/** Shanghai's calendar date today on the host's clock. */
const today = () => shanghaiDay(env.host.clock.now());

describe('queue filters', () => {
  test('full text finds words in the title or the body, page by page, in queue order', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        await submit(
          tokens.reporter1,
          i % 2 ? { title: `萤火虫节第${i}场`, urgent: i === 3 } : { body: `今年的萤火虫节吸引游客${i}千人。` },
        ),
      );
    }
    const found = await client.all(tokens.editor, 'leads', 'queue', { q: '萤火虫节' }, 2);
    // Urgent first, then oldest first.
    const expected = [made[3], ...made.filter((_, i) => i !== 3)].map((l) => l.id);
    expect(found.map((l) => l.id)).toEqual(expected);
    expect(await client.all(tokens.editor, 'leads', 'queue', { q: '萤火虫节%' })).toEqual([]);
    // Two characters are below the trigram index and take the LIKE path: same answer.
    expect((await client.all(tokens.editor, 'leads', 'queue', { q: '萤火' }, 3)).map((l) => l.id)).toEqual(expected);
    // Matching ignores ASCII case on both paths.
    const latin = await submit(tokens.reporter1, { title: '5G基站开通' });
    expect((await client.all(tokens.editor, 'leads', 'queue', { q: '5g' })).map((l) => l.id)).toEqual([latin.id]);
    expect((await client.all(tokens.editor, 'leads', 'queue', { q: '5g基站' })).map((l) => l.id)).toEqual([latin.id]);
  });

  test('unit, category, urgency and date range narrow the queue', async () => {
    const a = await submit(tokens.reporter1, { category: '文化活动', title: '筛选用线索甲' });
    const b = await submit(tokens.reporter2, { category: '文化活动', title: '筛选用线索乙', urgent: true });
    const ids = async (filters: Record<string, unknown>) =>
      (await client.all(tokens.editor, 'leads', 'queue', { q: '筛选用线索', ...filters })).map((l) => l.id);
    expect(await ids({ unitId: 'u_qingshi' })).toEqual([a.id]);
    expect(await ids({ unitId: 'u_liutang', category: '文化活动' })).toEqual([b.id]);
    expect(await ids({ urgent: true })).toEqual([b.id]);
    expect(await ids({ from: today(), to: today() })).toEqual([b.id, a.id]);
    expect(await ids({ to: '2020-01-01' })).toEqual([]);
    const backwards = await client.call(tokens.editor, 'leads', 'queue', { from: '2026-03-02', to: '2026-03-01' });
    expect(errorOf(backwards).message).toBe('开始日期不能晚于结束日期');
    expect((await client.call(tokens.editor, 'leads', 'queue', { from: '2026-02-30' })).status).toBe(400);
  });
});

test('counts per status follow the filters', async () => {
  const word = '计数专用词';
  const leads = [];
  for (let i = 0; i < 4; i++) leads.push(await submit(tokens.reporter1, { title: `${word}${i}` }));
  await client.call(tokens.editor, 'leads', 'review', { id: leads[0].id, decision: 'accept' });
  await client.call(tokens.editor, 'leads', 'review', { id: leads[1].id, decision: 'reject', note: '不符合要求' });
  await client.call(tokens.editor, 'leads', 'review', { id: leads[2].id, decision: 'needs_info', note: '请补充时间' });
  const counts = dataOf(await client.call(tokens.editor, 'leads', 'counts', { q: word }));
  expect(counts).toEqual({ submitted: 1, needs_info: 1, accepted: 1, rejected: 1, merged: 0, used: 0 });
  const all = dataOf(await client.call(tokens.editor, 'leads', 'counts', {}));
  expect(all.submitted).toBe((await client.all(tokens.editor, 'leads', 'queue')).length);
  expect((await client.call(tokens.reporter1, 'leads', 'counts', {})).status).toBe(403);
});

test('twins: same unit, within three days, similar title, most similar first', async () => {
  const lead = await submit(tokens.reporter1, { title: '青石村举办丰收节庆祝活动' });
  const close = await submit(tokens.reporter1, { title: '青石村举办丰收节活动' });
  const closer = await submit(tokens.reporter1, { title: '青石村举办丰收节庆祝活动！' });
  await submit(tokens.reporter1, { title: '村里修好了一座便民桥' });
  const otherUnit = await submit(tokens.reporter2, { title: '青石村举办丰收节庆祝活动' });
  const twins = dataOf(await client.call(tokens.editor, 'leads', 'twins', { id: lead.id }));
  expect(twins.map((l: { id: string }) => l.id)).toEqual([closer.id, close.id]);
  expect(twins.map((l: { id: string }) => l.id)).not.toContain(otherUnit.id);
});

test('reviewMany decides each lead on its own and reports every outcome', async () => {
  const a = await submit(tokens.reporter1);
  const b = await submit(tokens.reporter2);
  await client.call(tokens.editor, 'leads', 'review', { id: b.id, decision: 'accept' });
  const result = dataOf(
    await client.call(tokens.editor, 'leads', 'reviewMany', {
      ids: [a.id, b.id, 'missing'],
      decision: 'reject',
      note: '素材不足',
    }),
  );
  expect(result.results).toEqual([
    { id: a.id, ok: true, lead: expect.objectContaining({ status: 'rejected' }) },
    { id: b.id, ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('李晓梅') } },
    { id: 'missing', ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } },
  ]);
  const noReason = await client.call(tokens.editor, 'leads', 'reviewMany', { ids: [a.id], decision: 'reject' });
  expect(errorOf(noReason).code).toBe('INVALID_ARGUMENT');
  const tooMany = await client.call(tokens.editor, 'leads', 'reviewMany', {
    ids: Array.from({ length: 51 }, (_, i) => `x${i}`),
    decision: 'accept',
  });
  expect(tooMany.status).toBe(400);
});

test('highlight files an accepted lead under one of the township’s sections', async () => {
  const me = dataOf(await client.call(tokens.editor, 'accounts', 'me', {}));
  expect(me.highlightSections).toEqual(['理论武装', '思想教育', '对外宣传', '队伍建设']);
  expect(me.agingHours).toEqual({ amber: 24, red: 72 });
  const pending = await submit(tokens.reporter1);
  expect((await client.call(tokens.editor, 'leads', 'highlight', { id: pending.id, section: '思想教育' })).status).toBe(
    409,
  );
  await client.call(tokens.editor, 'leads', 'review', { id: pending.id, decision: 'accept' });
  const marked = dataOf(
    await client.call(tokens.editor, 'leads', 'highlight', { id: pending.id, section: '思想教育' }),
  );
  expect(marked.highlightSection).toBe('思想教育');
  expect(marked.timeliness.hoursToDecision).toEqual(expect.any(Number));
  expect(
    (await client.call(tokens.editor, 'leads', 'highlight', { id: pending.id, section: '不存在的栏目' })).status,
  ).toBe(400);
  const highlighted = await client.all(tokens.editor, 'leads', 'queue', { status: 'accepted', highlighted: true });
  expect(highlighted.map((l) => l.id)).toContain(pending.id);
  expect(highlighted.every((l) => l.highlightSection !== null)).toBe(true);
  expect(
    dataOf(await client.call(tokens.editor, 'leads', 'highlight', { id: pending.id, section: null })).highlightSection,
  ).toBeNull();
  const plain = await client.all(tokens.editor, 'leads', 'queue', { status: 'accepted', highlighted: false });
  expect(plain.map((l) => l.id)).toContain(pending.id);
});
