// stats.export: the .docx and .xlsx open with real parsers and state the same figures as stats.summary.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { EXPORT_TOO_LONG, JOB_INTERRUPTED } from '../../cloudfunctions/core/stats/exportJob';
import type { Jobs } from '../../cloudfunctions/core/stats/ports';
import { SHEETS } from '../../cloudfunctions/adapters/local/exports/xlsx';
import type { SummaryFigures } from '../../cloudfunctions/core/stats/figures';
import { summaryRows } from '../../cloudfunctions/core/stats/ledgerTables';
import { PUBLICATION_LEVELS, PUBLICATION_LEVEL_LABELS } from '../../cloudfunctions/core/vocabulary';
import { statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';
import { activitiesFunction } from '../../cloudfunctions/functions/activities';
import { workPlanFunction } from '../../cloudfunctions/functions/workPlan';

const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
const WORLD = sampleWorld();
let town: StatsTownship;
beforeAll(() => {
  town = statsTownship(WORLD);
});
afterAll(() => town.close());

async function exported(format: 'docx' | 'xlsx', extra: Record<string, unknown> = {}) {
  const res = await town.call(statsFunction, 'editor', { action: 'export', ...PERIOD, format, ...extra });
  expect(res.ok).toBe(true);
  expect(res.data).toMatchObject({ status: 'done', progress: 1 });
  expect(res.data.url).toMatch(
    new RegExp(`^/files/${res.data.fileID.replace('.', '\\.')}\\?exp=\\d+&sig=[0-9a-f]{64}$`),
  );
  const row = town.db.prepare('SELECT mime, size FROM files WHERE id = ?').get(res.data.fileID) as {
    mime: string;
    size: number;
  };
  const file = path.join(town.dir, 'files', res.data.fileID);
  expect(fs.statSync(file).size).toBe(row.size);
  return { res, file, mime: row.mime };
}

/** The period's summary figures and its .xlsx ledgers, read back. */
async function ledgersWithFigures(extra: Record<string, unknown> = {}) {
  const figures: SummaryFigures = (await town.call(statsFunction, 'editor', { action: 'summary', ...PERIOD })).data
    .figures;
  const { file } = await exported('xlsx', extra);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { figures, wb };
}

describe('exports', () => {
  it('the .docx reads back with the drafted document and figures, in official layout', async () => {
    const summary = (await town.call(statsFunction, 'editor', { action: 'summary', ...PERIOD })).data;
    const draft = (await town.call(statsFunction, 'editor', { action: 'summaryDraft', ...PERIOD })).data;
    const { file, mime } = await exported('docx');
    expect(mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { value: text } = await mammoth.extractRawText({ path: file });
    expect(text).toContain(draft.title);
    expect(text).toContain('一、工作完成情况');
    expect(text).toContain('二、工作中的问题不足');
    expect(text).toContain('三、下一年工作思路举措');
    expect(text).not.toContain('总体情况');
    expect(text).toContain(`省级媒体${summary.figures.publicationsByLevel.provincial}篇次`);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:w="11906" w:h="16838"'); // A4
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('w:firstLine="640"'); // two characters of 16 pt
    // 22 lines of 579 twips, 28 characters of 16 pt narrowed by 5 twips each.
    expect(xml).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(xml).toContain('<w:spacing w:val="-5"/>');
    expect(xml).not.toMatch(/w:line="\d+\.\d+"/);
    const footer = await (
      await JSZip.loadAsync(fs.readFileSync(file))
    )
      .file(/word\/footer\d*\.xml/)[0]!
      .async('string');
    expect(footer).toContain('PAGE');
  });

  it("the editor's edited paragraph sent with the call stands in for 工作完成情况", async () => {
    const { file } = await exported('docx', { text: '全镇宣传工作稳步推进，这是编辑改写的段落。' });
    expect((await mammoth.extractRawText({ path: file })).value).toContain('这是编辑改写的段落');
  });

  it('a period without a saved draft reads its figures, highlights and township once for the whole export', async () => {
    const queries = town.ctx.statsQueries!;
    const reads = [
      jest.spyOn(queries, 'summaryFigures'),
      jest.spyOn(queries, 'highlights'),
      jest.spyOn(town.ctx.townships, 'getTownship'),
    ];
    try {
      await exported('docx', { title: '只算一次' });
      expect(reads.map((r) => r.mock.calls.length)).toEqual([1, 1, 1]);
    } finally {
      reads.forEach((r) => r.mockRestore());
    }
  });

  it('the same export asked again reuses the finished job', async () => {
    const a = await town.call(statsFunction, 'editor', {
      action: 'export',
      ...PERIOD,
      format: 'docx',
      title: '重复导出',
    });
    const b = await town.call(statsFunction, 'editor', {
      action: 'export',
      ...PERIOD,
      format: 'docx',
      title: '重复导出',
    });
    expect(b.data.jobId).toBe(a.data.jobId);
    const status = await town.call(statsFunction, 'editor', { action: 'exportStatus', jobId: a.data.jobId });
    expect(status.data).toMatchObject({ status: 'done', fileID: a.data.fileID });
    expect((await town.call(statsFunction, 'editor', { action: 'exportStatus', jobId: 'nope' })).error.code).toBe(
      'NOT_FOUND',
    );
  });

  it('the .xlsx ledgers read back: one row per lead and per publication, points as ranked', async () => {
    const figures = (await town.call(statsFunction, 'editor', { action: 'summary', ...PERIOD })).data.figures;
    const ranking = (await town.call(statsFunction, 'editor', { action: 'ranking', ...PERIOD, by: 'unit', limit: 50 }))
      .data.items;
    const { file } = await exported('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    expect(dataRows(wb.getWorksheet(SHEETS.leads)!)).toHaveLength(figures.leadsSubmitted);
    const levels = new Map<string, number>();
    for (const row of dataRows(wb.getWorksheet(SHEETS.articles)!)) {
      if (!/未刊发|期后刊发/.test(String(row.getCell(2).value)))
        levels.set(String(row.getCell(7).value), (levels.get(String(row.getCell(7).value)) ?? 0) + 1);
    }
    for (const l of PUBLICATION_LEVELS)
      expect(levels.get(PUBLICATION_LEVEL_LABELS[l]) ?? 0).toBe(figures.publicationsByLevel[l]);
    const units = dataRows(wb.getWorksheet(SHEETS.units)!).map((row) => [
      String(row.getCell(2).value),
      Number(row.getCell(3).value),
    ]);
    expect(units).toEqual(ranking.map((r: { name: string; points: number }) => [r.name, r.points]));
  });

  it('the 汇总 sheet states every figure of stats.summary, and every sheet ends with a note on how it counts', async () => {
    const { figures, wb } = await ledgersWithFigures();
    const shown = new Map<string, unknown>();
    wb.getWorksheet(SHEETS.summary)!.eachRow((row, n) => {
      if (n > 1 && row.getCell(3).value) shown.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(Object.fromEntries(shown)).toEqual(
      Object.fromEntries(summaryRows(figures).map(([item, value]) => [item, value])),
    );
    expect(shown.get('报送线索')).toBe(figures.leadsSubmitted);
    expect(shown.get('刊用合计')).toBe(figures.publicationsTotal);
    expect(shown.get('县级及以上媒体刊发')).toBe(
      figures.publicationsByLevel.national +
        figures.publicationsByLevel.provincial +
        figures.publicationsByLevel.municipal +
        figures.publicationsByLevel.county,
    );
    for (const ws of wb.worksheets) expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toMatch(/^说明：/);
    expect(dataRows(wb.getWorksheet(SHEETS.trainings)!)).toHaveLength(figures.trainings);
    expect(dataRows(wb.getWorksheet(SHEETS.platforms)!).map((r) => r.getCell(2).value)).toEqual(
      WORLD.units.map((u) => u.name),
    );
  });

  it('the 宣传活动 and 工作要点 sheets add up to the summary figures the 汇总 sheet states', async () => {
    // Records of our own beside the random world's, so each sheet has rows whatever the world holds.
    const task = { action: 'save', year: 2026, dueMonth: 9, ownerUnitId: 'u1', note: '已开展4期' };
    expect((await town.call(workPlanFunction, 'editor', { ...task, title: '建强通讯员队伍', status: 'done' })).ok).toBe(
      true,
    );
    expect((await town.call(workPlanFunction, 'editor', { ...task, title: '办好新媒体', status: 'ongoing' })).ok).toBe(
      true,
    );
    const talk = {
      action: 'save',
      kind: '宣讲',
      title: '理论宣讲进村',
      date: '2026-02-10',
      participants: 80,
      batches: 3,
    };
    expect((await town.call(activitiesFunction, 'editor', talk)).ok).toBe(true);
    // A title of its own: the export a minute ago (before these records) is not handed out again.
    const { figures, wb } = await ledgersWithFigures({ title: '活动与工作要点台账' });
    const summaryValue = new Map<string, unknown>();
    wb.getWorksheet(SHEETS.summary)!.eachRow((row) =>
      summaryValue.set(String(row.getCell(1).value), row.getCell(2).value),
    );

    const activities = dataRows(wb.getWorksheet(SHEETS.activities)!);
    const held = Object.values(figures.activitiesByKind).reduce((n, k) => n + k.count, 0);
    expect(activities).toHaveLength(held);
    const talkRow = activities.find((r) => r.getCell(3).value === '理论宣讲进村')!;
    expect([2, 4, 6, 7, 8].map((c) => talkRow.getCell(c).value)).toEqual(['2026-02-10', '宣讲', null, 80, 3]);
    const sums = new Map<string, { count: number; participants: number; batches: number }>();
    for (const row of activities) {
      const kind = String(row.getCell(4).value);
      const s = sums.get(kind) ?? { count: 0, participants: 0, batches: 0 };
      sums.set(kind, {
        count: s.count + 1,
        participants: s.participants + Number(row.getCell(7).value),
        batches: s.batches + Number(row.getCell(8).value),
      });
    }
    for (const [kind, k] of Object.entries(figures.activitiesByKind)) {
      expect(sums.get(kind) ?? { count: 0, participants: 0, batches: 0 }).toEqual(k);
      expect([
        summaryValue.get(`${kind}活动`),
        summaryValue.get(`${kind}参加`),
        summaryValue.get(`${kind}批次`),
      ]).toEqual([k.count, k.participants, k.batches]);
    }
    const dates = activities.map((r) => String(r.getCell(2).value));
    expect(dates).toEqual([...dates].sort());

    const tasks = dataRows(wb.getWorksheet(SHEETS.workPlan)!);
    expect(figures.workPlan.tasks).toBeGreaterThan(0);
    expect(tasks).toHaveLength(figures.workPlan.tasks);
    expect(tasks.filter((r) => r.getCell(5).value === '已完成')).toHaveLength(figures.workPlan.done);
    expect([summaryValue.get('年度重点任务'), summaryValue.get('已完成重点任务')]).toEqual([
      figures.workPlan.tasks,
      figures.workPlan.done,
    ]);
    const row = tasks.find((r) => r.getCell(2).value === '建强通讯员队伍')!;
    expect([3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual(['西山村', '2026年9月', '已完成', '已开展4期']);
    expect(row.getCell(7).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('an article written in the period and published after it is listed with its later date', async () => {
    const { file } = await exported('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const end = `${PERIOD.to}T16:00:00.000Z`;
    const start = '2025-12-31T16:00:00.000Z';
    const written = WORLD.articles.filter((a) => a.createdAt >= start && a.createdAt < end);
    const runs = (id: string) =>
      WORLD.publications
        .filter((p) => p.articleId === id)
        .map((p) => p.publishedAt)
        .sort();
    const later = written.filter((a) => runs(a.id).length > 0 && runs(a.id).every((d) => d > PERIOD.to));
    const never = written.filter((a) => runs(a.id).length === 0);
    const rows = dataRows(wb.getWorksheet(SHEETS.articles)!).map((r) => [
      String(r.getCell(2).value),
      String(r.getCell(3).value),
    ]);
    expect(later.length).toBeGreaterThan(0);
    for (const a of later) expect(rows).toContainEqual([`期后刊发（${runs(a.id)[0]}）`, a.title]);
    expect(rows.filter(([when]) => when === '未刊发')).toHaveLength(never.length);
  });
});

describe('the 新媒体 sheet', () => {
  // u0–u4 list 抖音 but u3 (sampleWorld); u3's 公众号 is no longer listed and u9 was deleted: their rows stay.
  const months = [
    { unitId: 'u0', platform: 'douyin', month: '2026-01', followers: 1000, reads: 20000 },
    { unitId: 'u0', platform: 'douyin', month: '2026-02', followers: 1100, reads: 30000 },
    { unitId: 'u1', platform: 'douyin', month: '2025-12', followers: 500, reads: 9000 },
    { unitId: 'u3', platform: 'wechat_official', month: '2026-02', followers: 300, reads: 4000 },
    { unitId: 'u9', platform: 'douyin', month: '2026-01', followers: 50, reads: 700 },
  ] as const;
  let reach: StatsTownship;
  beforeAll(() => (reach = statsTownship({ ...sampleWorld(), platformMonths: [...months] })));
  afterAll(() => reach.close());

  it('has a row per listed account and month of the period, entered or blank, and reconciles with 汇总', async () => {
    const newMedia = (await reach.call(statsFunction, 'editor', { action: 'summary', ...PERIOD })).data.figures
      .newMedia;
    expect(newMedia).toMatchObject({
      accounts: 4,
      // Followers are those of the period's accounts: u3's unlisted 公众号 and the deleted u9 keep their rows and
      // reads below, but are no account of the period and have no followers at its end.
      followers: 1100 + 500,
      reads: 20000 + 30000 + 4000 + 700,
    });
    const res = await reach.call(statsFunction, 'editor', { action: 'export', ...PERIOD, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(reach.dir, 'files', res.data.fileID));
    const ws = wb.getWorksheet(SHEETS.reach)!;
    expect(ws.getRow(1).values).toEqual([undefined, '单位', '平台', '月份', '月末粉丝数', '当月阅读（播放）量']);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(3).value) rows.push((row.values as unknown[]).slice(1));
    });
    // Blank figures leave their cells empty.
    const blank = (unit: string) => [
      [unit, '抖音', '2026-01'],
      [unit, '抖音', '2026-02'],
    ];
    expect(rows).toEqual([
      ['东山村', '抖音', '2026-01', 1000, 20000],
      ['东山村', '抖音', '2026-02', 1100, 30000],
      ...blank('西山村'),
      ...blank('南山村'),
      ['北山村', '公众号', '2026-02', 300, 4000],
      ...blank('中山村'),
      ['已删除的单位', '抖音', '2026-01', 50, 700],
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r[4] || 0), 0)).toBe(newMedia.reads);
    expect(String(ws.getRow(ws.rowCount).getCell(1).value)).toMatch(/^说明：/);
    const shown = new Map<string, unknown>();
    wb.getWorksheet(SHEETS.summary)!.eachRow((row) => shown.set(String(row.getCell(1).value), row.getCell(2).value));
    expect([shown.get('宣传平台账号'), shown.get('期末粉丝'), shown.get('期内阅读（播放）')]).toEqual([
      newMedia.accounts,
      newMedia.followers,
      newMedia.reads,
    ]);
  });
});

describe('where the job runs is the Jobs port', () => {
  const period = { from: '2026-01-01', to: '2026-01-31' };
  let local: Jobs | undefined;
  beforeEach(() => (local = town.ctx.jobs));
  afterEach(() => (town.ctx.jobs = local));

  it('a job the runner abandoned (past the call limit) fails with a message to shorten the period', async () => {
    town.ctx.jobs = { start: async () => 'abandoned', wait: async () => undefined, alive: () => true };
    const res = await town.call(statsFunction, 'editor', {
      action: 'export',
      ...period,
      format: 'docx',
      title: '放弃',
    });
    expect(res.error).toEqual({ code: 'INTERNAL', message: `导出失败：${EXPORT_TOO_LONG}，请稍后重试` });
  });

  it('a running job nobody runs any more (a restart) is failed when polled', async () => {
    town.ctx.jobs = { start: async () => 'running', wait: async () => undefined, alive: () => false };
    const started = await town.call(statsFunction, 'editor', {
      action: 'export',
      ...period,
      format: 'docx',
      title: '中断',
    });
    expect(started.data).toMatchObject({ status: 'running' });
    const polled = await town.call(statsFunction, 'editor', { action: 'exportStatus', jobId: started.data.jobId });
    expect(polled.error.message).toContain(JOB_INTERRUPTED);
  });
});

/** Rows under the header that carry a 序号 (the note below them does not). */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => {
    if (n > 1 && typeof row.getCell(1).value === 'number') rows.push(row);
  });
  return rows;
}
