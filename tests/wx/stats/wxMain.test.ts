// The stats and trainings cloud functions end to end through wxMain on the SDK double: the caller by openid, the
// figures against the reference, trainings saved and listed, and exports written to cloud storage and read back.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { toDoc } from '../../../cloudfunctions/adapters/wx/documents';
import { wxMain, type WxHandler } from '../../../cloudfunctions/adapters/wx/main';
import { wxStatsStore } from '../../../cloudfunctions/adapters/wx/stats/store';
import { summaryRows } from '../../../cloudfunctions/core/stats/ledgerTables';
import { referenceFigures } from '../../../cloudfunctions/core/stats/referenceFigures';
import { FUNCTIONS } from '../../../cloudfunctions/functions/index';
import { sampleWorld } from '../../stats/world';
import { FakeCloud } from '../fakeCloud';
import { account } from '../fixtures';
import { loadWxWorld } from './wxWorld';
import type { Result } from '../roundTrips';

const WORLD = sampleWorld();
const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
const NOW = new Date('2026-03-10T04:00:00.000Z');

let cloud: FakeCloud;
let stats: WxHandler;
let trainings: WxHandler;
const call = (handler: WxHandler, event: Record<string, unknown>) => handler(event, {}) as Promise<Result>;

beforeEach(() => {
  cloud = new FakeCloud();
  loadWxWorld(cloud.db, WORLD);
  cloud.db
    .table('accounts')
    .set('x_editor', toDoc(account({ id: 'x_editor', name: '编辑', role: 'editor', openid: 'o-editor' })));
  cloud.context = { OPENID: 'o-editor' };
  let n = 0;
  const options = {
    stats: wxStatsStore,
    loadSdk: () => cloud,
    clock: { now: () => NOW },
    newId: () => `id-${String(++n).padStart(4, '0')}-0123456789abcdef`,
  };
  stats = wxMain(FUNCTIONS.stats!, options);
  trainings = wxMain(FUNCTIONS.trainings!, options);
});

it('stats.summary answers the reference figures, the draft and the highlights', async () => {
  const res = await call(stats, { action: 'summary', ...PERIOD });
  expect(res.ok).toBe(true);
  expect(res.data.figures).toEqual(referenceFigures(WORLD, PERIOD.from, PERIOD.to));
  expect(res.data.text).toContain(`省级媒体${res.data.figures.publicationsByLevel.provincial}篇次`);
  expect(res.data.highlights.length).toBeGreaterThan(0);
});

it('a ranking row and its explanation agree through the function', async () => {
  const ranking = await call(stats, { action: 'ranking', ...PERIOD, by: 'reporter', limit: 3 });
  expect(ranking.ok).toBe(true);
  expect(ranking.data.items).toHaveLength(3);
  expect(ranking.data.nextCursor).toEqual(expect.any(String));
  const top = ranking.data.items[0];
  const why = await call(stats, { action: 'explain', ...PERIOD, accountId: top.id, limit: 50 });
  expect(why.data.total).toBeCloseTo(top.points, 2);
});

it('trainings are saved and listed newest first, and the summary counts them', async () => {
  const saved = await call(trainings, {
    action: 'save',
    topic: '短视频拍摄',
    date: '2026-02-20',
    trainer: '县融媒体中心',
    attendeeIds: ['a1', 'a2'],
  });
  expect(saved).toMatchObject({
    ok: true,
    data: {
      topic: '短视频拍摄',
      attendees: [
        { id: 'a1', name: '通讯员1' },
        { id: 'a2', name: '通讯员2' },
      ],
    },
  });
  const refused = await call(trainings, {
    action: 'save',
    topic: '写作',
    date: '2026-02-21',
    trainer: '讲师',
    attendeeIds: ['nobody'],
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  const list = await call(trainings, { action: 'list', limit: 50 });
  const dates = list.data.items.map((t: { date: string }) => t.date);
  expect(dates).toEqual([...dates].sort().reverse());
  const before = referenceFigures(WORLD, PERIOD.from, PERIOD.to).trainings;
  expect((await call(stats, { action: 'summary', ...PERIOD })).data.figures.trainings).toBe(before + 1);
});

it('stats.export writes a .docx to cloud storage and answers its temp URL; the text reads back', async () => {
  const res = await call(stats, { action: 'export', ...PERIOD, format: 'docx', text: '全镇共报送线索100条。' });
  expect(res).toMatchObject({
    ok: true,
    data: { status: 'done', fileName: '示范镇2026年1月至2月宣传思想工作总结.docx' },
  });
  expect(res.data.fileID).toMatch(/^cloud:\/\/.+\/exports\/t1\/.+\.docx$/);
  expect(res.data.url).toContain('sign=');
  const { value } = await mammoth.extractRawText({ buffer: cloud.contents.get(res.data.fileID)! });
  expect(value).toContain('全镇共报送线索100条。');
  expect(value).toContain('一、工作完成情况');
  // The same export asked again is handed out, not rebuilt.
  expect(
    (await call(stats, { action: 'export', ...PERIOD, format: 'docx', text: '全镇共报送线索100条。' })).data.fileID,
  ).toBe(res.data.fileID);
  expect(cloud.files.size).toBe(1);
});

it('stats.export writes the .xlsx ledgers: one row per lead, per publication and unpublished article, per reporter', async () => {
  const res = await call(stats, { action: 'export', ...PERIOD, format: 'xlsx' });
  expect(res).toMatchObject({ ok: true, data: { status: 'done' } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(cloud.contents.get(res.data.fileID)! as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '汇总',
    '线索台账',
    '稿件及刊发台账',
    '通讯员积分',
    '单位积分',
    '培训台账',
    '宣传活动',
    '工作要点',
    '单位及宣传平台',
    '新媒体',
  ]);
  const figures = referenceFigures(WORLD, PERIOD.from, PERIOD.to);
  /** Rows under the header that carry a 序号 (the note below them does not). */
  const rows = (name: string) =>
    (wb.getWorksheet(name)!.getSheetValues().slice(2) as unknown[][]).filter((r) => typeof r?.[1] === 'number');
  // Activities and key tasks as the WeChat store reads them: the same counts as the summary's.
  const activityCount = Object.values(figures.activitiesByKind).reduce((n, k) => n + k.count, 0);
  expect(rows('宣传活动')).toHaveLength(activityCount);
  expect(rows('工作要点')).toHaveLength(figures.workPlan.tasks);
  expect(rows('工作要点').filter((r) => r[5] === '已完成')).toHaveLength(figures.workPlan.done);
  expect(rows('线索台账')).toHaveLength(figures.leadsSubmitted);
  expect(rows('稿件及刊发台账').filter((r) => !/未刊发|期后刊发/.test(String(r[2])))).toHaveLength(
    figures.publicationsTotal,
  );
  const ranking = await call(stats, { action: 'ranking', ...PERIOD, by: 'unit', limit: 50 });
  expect(rows('单位积分').map((r) => [r[2], r[3]])).toEqual(
    ranking.data.items.map((r: { name: string; points: number }) => [r.name, r.points]),
  );
  // The same 汇总 as the SQLite exporter: every figure of the text.
  const summary = new Map(
    (wb.getWorksheet('汇总')!.getSheetValues().slice(2) as unknown[][]).filter((r) => r?.[3]).map((r) => [r[1], r[2]]),
  );
  expect(Object.fromEntries(summary)).toEqual(
    Object.fromEntries(summaryRows(figures).map(([item, value]) => [item, value])),
  );
  for (const ws of wb.worksheets) expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toMatch(/^说明：/);
  // Written in the period, first run after it: listed with that date, as in the SQLite ledger.
  const written = WORLD.articles.filter(
    (a) => a.createdAt >= '2025-12-31T16:00:00.000Z' && a.createdAt < '2026-02-28T16:00:00.000Z',
  );
  const runs = (id: string) =>
    WORLD.publications
      .filter((p) => p.articleId === id)
      .map((p) => p.publishedAt)
      .sort();
  const later = written.filter((a) => runs(a.id).length > 0 && runs(a.id)[0]! > PERIOD.to);
  expect(later.length).toBeGreaterThan(0);
  const listed = rows('稿件及刊发台账').map((r) => [r[2], r[3]]);
  for (const a of later) expect(listed).toContainEqual([`期后刊发（${runs(a.id)[0]}）`, a.title]);
});

it('stats.saveSummaryDraft keeps the document in its collection, refuses a stale page, and export writes it', async () => {
  const draft = (await call(stats, { action: 'summaryDraft', ...PERIOD })).data;
  expect(draft).toMatchObject({ title: '示范镇2026年1月至2月宣传思想工作总结', savedAt: null });
  const sections = draft.sections.map((s: { key: string }) =>
    s.key === 'plans' ? { ...s, text: '（一）云端保存的思路。' } : s,
  );
  const body = {
    action: 'saveSummaryDraft',
    ...PERIOD,
    title: draft.title,
    issuer: '中共示范镇委员会',
    signedOn: '2026-02-28',
    sections,
  };
  const first = await call(stats, { ...body, baseSavedAt: null });
  expect(first.ok).toBe(true);
  // The clock stands still here: a second save still gets a later savedAt, so the first page's base is stale.
  const second = await call(stats, { ...body, baseSavedAt: first.data.savedAt });
  expect(second.data.savedAt > first.data.savedAt).toBe(true);
  expect((await call(stats, { ...body, baseSavedAt: first.data.savedAt })).error?.code).toBe('CONFLICT');
  expect((await call(stats, { ...body, baseSavedAt: null })).error?.code).toBe('CONFLICT');
  expect((await call(stats, { action: 'summaryDraft', ...PERIOD })).data.savedAt).toBe(second.data.savedAt);

  const res = await call(stats, { action: 'export', ...PERIOD, format: 'docx' });
  const { value } = await mammoth.extractRawText({ buffer: cloud.contents.get(res.data.fileID)! });
  expect(value).toContain('（一）云端保存的思路。');
  expect(value.trim().split(/\n+/).slice(-2)).toEqual(['中共示范镇委员会', '2026年2月28日']);
});
