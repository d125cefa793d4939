// The summary document over HTTP: drafted in the seed's shape, saved per period, kept across a restart, guarded
// against an older page saving over a newer draft, and written by stats.export as saved.
import mammoth from 'mammoth';
import { shanghaiDay, TEST_EPOCH } from '../support/clock';
import { exportDone } from '../support/exports';
import { useTestHost } from '../support/host';
import { dataOf, errorOf, hasChinese } from '../support/http';

const env = useTestHost({ tokens: ['editor'] });
const { client, tokens } = env;

/** Days around the test host's fixed "today" (its clock starts at TEST_EPOCH), never the calendar's. */
const day = (offsetDays: number) => shanghaiDay(TEST_EPOCH, offsetDays);
/** The demo spans the twelve months before the host's today: this period holds all of it. */
const year = { from: day(-400), to: day(1) };
const chineseDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** A period's fresh draft and the saveSummaryDraft payload that saves it as it is. */
async function freshDraft(period: { from: string; to: string }) {
  const draft = dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period));
  const { title, issuer, signedOn, sections } = draft;
  return { draft, body: { ...period, title, issuer, signedOn, sections } };
}

async function docxParagraphs(url: string): Promise<string[]> {
  const file = Buffer.from(await (await fetch(env.host.url + url)).arrayBuffer());
  return (await mammoth.extractRawText({ buffer: file })).value
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

test('a fresh draft follows the seed: the township in the title, four parts, prose with figures and stories', async () => {
  const draft = dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', year));
  expect(draft.savedAt).toBeNull();
  expect(draft.title).toMatch(/^示范镇.+宣传思想工作总结$/);
  expect(draft.issuer).toBe('中共示范镇委员会');
  expect(draft.signedOn).toBe(year.to);
  expect(draft.sections.map((s: { key: string }) => s.key)).toEqual(['preamble', 'done', 'problems', 'plans']);
  const done = draft.sections[1].text as string;
  expect(done).toMatch(/^（一）/m);
  // Stories are woven into sentences (一是…，刊发于…), not listed as bare titles.
  expect(done).toMatch(/一是[^\n。]+，由[^\n。]+报送线索/);
  expect(done).toMatch(/刊发于[^\n]+（(国家级|省级|市级|县级|自有平台|新媒体)）/);
  expect(done).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(draft.sections[2].text).toMatch(/^（一）/m);
});

test('a saved draft comes back after a restart and is what stats.export writes', async () => {
  const draft = dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', year));
  const sections = draft.sections.map((s: { key: string; text: string }) =>
    s.key === 'done' ? { ...s, text: '（一）对外宣传有力有效。编辑亲手改写的一段话。\n一是稿件质量提升。' } : s,
  );
  const saved = dataOf(
    await client.call(tokens.editor, 'stats', 'saveSummaryDraft', {
      ...year,
      title: '示范镇年度宣传思想工作总结',
      issuer: '中共示范镇委员会',
      signedOn: '2026-12-31',
      sections,
      baseSavedAt: null,
    }),
  );
  expect(saved.savedAt).toEqual(expect.any(String));

  await env.restart();
  const again = dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', year));
  expect(again).toMatchObject({ title: '示范镇年度宣传思想工作总结', savedAt: saved.savedAt });
  expect(again.sections[1].text).toContain('编辑亲手改写的一段话');

  const result = await exportDone(client, tokens.editor, { ...year, format: 'docx' });
  expect(result.fileName).toBe('示范镇年度宣传思想工作总结.docx');
  const disposition = (await fetch(env.host.url + result.url)).headers.get('content-disposition')!;
  expect(disposition).toMatch(/^attachment; filename="f_[0-9a-f]+\.docx"; filename\*=UTF-8''/);
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('示范镇年度宣传思想工作总结.docx')}`);
  const paragraphs = await docxParagraphs(result.url);
  expect(paragraphs[0]).toBe('示范镇年度宣传思想工作总结');
  expect(paragraphs).toContain('（一）对外宣传有力有效。编辑亲手改写的一段话。');
  expect(paragraphs).toContain('一是稿件质量提升。');
  expect(paragraphs.slice(-2)).toEqual(['中共示范镇委员会', chineseDate('2026-12-31')]);
});

test('an older page saving over a newer draft gets 409; without a base the last save wins', async () => {
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const { body } = await freshDraft(period);
  const first = dataOf(await client.call(tokens.editor, 'stats', 'saveSummaryDraft', { ...body, baseSavedAt: null }));
  const second = dataOf(
    await client.call(tokens.editor, 'stats', 'saveSummaryDraft', {
      ...body,
      title: '第二版',
      baseSavedAt: first.savedAt,
    }),
  );
  expect(second.savedAt > first.savedAt).toBe(true);

  const stale = await client.call(tokens.editor, 'stats', 'saveSummaryDraft', {
    ...body,
    title: '旧页面',
    baseSavedAt: first.savedAt,
  });
  expect(stale.status).toBe(409);
  expect(hasChinese(errorOf(stale).message)).toBe(true);
  expect((await client.call(tokens.editor, 'stats', 'saveSummaryDraft', { ...body, baseSavedAt: null })).status).toBe(
    409,
  );
  expect(dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period)).title).toBe('第二版');

  dataOf(await client.call(tokens.editor, 'stats', 'saveSummaryDraft', { ...body, title: '最后一版' }));
  expect(dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period)).title).toBe('最后一版');
});

test('regenerating one section keeps the others as saved', async () => {
  const period = { from: '2024-01-01', to: '2024-12-31' };
  const draft = dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period));
  const edited = draft.sections.map((s: { text: string }) => ({ ...s, text: `${s.text}（已改）` }));
  const body = { ...period, title: draft.title, issuer: draft.issuer, signedOn: draft.signedOn, sections: edited };
  const saved = dataOf(await client.call(tokens.editor, 'stats', 'saveSummaryDraft', body));
  const regenerated = dataOf(
    await client.call(tokens.editor, 'stats', 'summaryDraft', { ...period, regenerate: 'problems' }),
  );
  expect(regenerated.savedAt).toBe(saved.savedAt);
  expect(regenerated.sections[2].text).toBe(draft.sections[2].text);
  for (const i of [0, 1, 3]) expect(regenerated.sections[i].text).toBe(edited[i].text);
});

test('bad drafts are refused with a Chinese message and change nothing; reporters may not save', async () => {
  const period = { from: '2023-01-01', to: '2023-12-31' };
  const { draft, body } = await freshDraft(period);
  const bad = [
    { ...body, sections: draft.sections.slice(1) },
    { ...body, sections: [...draft.sections].reverse() },
    { ...body, title: '   ' },
    { ...body, signedOn: '2023-02-30' },
    {
      ...body,
      sections: draft.sections.map((s: object, i: number) => (i === 1 ? { ...s, text: 'x'.repeat(20_001) } : s)),
    },
    {
      ...body,
      sections: draft.sections.map((s: object, i: number) => (i === 1 ? { ...s, text: '断开的\ud800字' } : s)),
    },
    { ...body, extra: 1 },
  ];
  for (const payload of bad) {
    const answer = await client.call(tokens.editor, 'stats', 'saveSummaryDraft', payload);
    expect(answer.status).toBe(400);
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  }
  const reporter = await client.token('reporter1');
  expect((await client.call(reporter, 'stats', 'saveSummaryDraft', body)).status).toBe(403);
  expect(dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period)).savedAt).toBeNull();
});

test('the issuing body is a township setting the admin keeps; a fresh draft signs with it', async () => {
  const admin = await client.token('admin');
  const period = { from: '2022-01-01', to: '2022-12-31' };
  const me = dataOf(await client.call(admin, 'accounts', 'saveTownship', { issuer: ' 中共示范镇党委宣传办 ' }));
  expect(me.issuer).toBe('中共示范镇党委宣传办');
  expect(dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period)).issuer).toBe('中共示范镇党委宣传办');
  const tooLong = await client.call(admin, 'accounts', 'saveTownship', { issuer: '长'.repeat(41) });
  expect(tooLong.status).toBe(400);
  expect(errorOf(tooLong).message).toContain('发文机关');
  dataOf(await client.call(admin, 'accounts', 'saveTownship', { issuer: '' }));
  expect(dataOf(await client.call(tokens.editor, 'stats', 'summaryDraft', period)).issuer).toBe('中共示范镇委员会');
});
