// platforms.importMonthly on a real SQLite township: the exported 新媒体 sheet, filled in, imports back to the same
// figures; a file with any bad row saves nothing and names each bad row; only an admin imports their own upload.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { LocalFiles } from '../../cloudfunctions/adapters/local/files';
import { XLSX_MIME } from '../../cloudfunctions/core/ports';
import { platformsFunction } from '../../cloudfunctions/functions/platforms';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { person, statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

// Units u0–u4 (东山村 西山村 南山村 北山村 中山村) list 抖音, but u3 lists nothing (sampleWorld); today is 2026-03-10.
const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
const ENTERED = [
  { unitId: 'u0', platform: 'douyin', month: '2026-01', followers: 1000, reads: 20000 },
  { unitId: 'u0', platform: 'douyin', month: '2026-02', followers: 1100, reads: 30000 },
  { unitId: 'u1', platform: 'douyin', month: '2026-01', followers: 500, reads: 9000 },
  { unitId: 'u4', platform: 'douyin', month: '2026-02', followers: 70, reads: 0 },
] as const;
const HEADER = ['单位', '平台', '月份', '月末粉丝数', '当月阅读（播放）量'];

const towns: StatsTownship[] = [];
const township = (platformMonths: typeof ENTERED | [] = []) => {
  const town = statsTownship({ ...sampleWorld(), platformMonths: [...platformMonths] });
  towns.push(town);
  return town;
};
afterEach(() => towns.splice(0).forEach((t) => t.close()));

const upload = (town: StatsTownship, bytes: Buffer, owner = person('x_admin', 'admin')) =>
  (town.ctx.files as LocalFiles).save(bytes, { owner, mime: XLSX_MIME, width: 0, height: 0 }).id;
const importFile = (town: StatsTownship, fileID: string) =>
  town.call(platformsFunction, 'admin', { action: 'importMonthly', fileID });
const stored = (town: StatsTownship) =>
  town.db.prepare('SELECT unit_id, platform, month, followers, reads FROM platform_months ORDER BY 1, 2, 3').all();

/** An .xlsx as Excel or WPS would save it (exceljs writes shared strings, unlike the exporter's inline strings). */
async function workbook(rows: (string | number | Date | null)[][], sheet = '新媒体'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of [HEADER, ...rows]) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

it('the exported 新媒体 sheet imports into another township with the same figures, and again changes nothing', async () => {
  const source = township(ENTERED);
  const exported = await source.call(statsFunction, 'editor', { action: 'export', ...PERIOD, format: 'xlsx' });
  const bytes = fs.readFileSync(path.join(source.dir, 'files', exported.data.fileID));

  const target = township();
  const file = upload(target, bytes);
  expect((await importFile(target, file)).data).toEqual({ saved: ENTERED.length, errors: [] });
  expect(stored(target)).toEqual(stored(source));
  const newMedia = async (t: StatsTownship) =>
    (await t.call(statsFunction, 'editor', { action: 'summary', ...PERIOD })).data.figures.newMedia;
  expect(await newMedia(target)).toEqual(await newMedia(source));
  expect(await newMedia(target)).toMatchObject({ accounts: 4, followers: 1100 + 500 + 70, reads: 59000 });

  expect((await importFile(target, file)).data).toEqual({ saved: ENTERED.length, errors: [] });
  expect(stored(target)).toEqual(stored(source));
});

it('one bad row saves nothing and is named with its row number', async () => {
  const town = township();
  const file = upload(
    town,
    await workbook([
      ['东山村', '抖音', '2026-01', 1000, 20000],
      ['西山村', '抖音', '2026-01', -5, 100],
      ['中山村', '抖音', '2026-02', 10, 10],
    ]),
  );
  expect((await importFile(town, file)).data).toEqual({
    saved: 0,
    errors: [{ row: 3, message: '第3行：粉丝数不能为负数' }],
  });
  expect(stored(town)).toEqual([]);
});

it('every kind of bad row is named in Chinese, blank rows are skipped', async () => {
  const town = township();
  const file = upload(
    town,
    await workbook([
      ['青石村', '抖音', '2026-01', 1, 1],
      ['东山村', '快手', '2026-01', 1, 1],
      ['北山村', '抖音', '2026-01', 1, 1],
      ['东山村', '抖音', '2026-13', 1, 1],
      ['东山村', '抖音', '2026-04', 1, 1],
      ['东山村', '抖音', '2026-01', 1.5, 1],
      ['东山村', '抖音', '2026-01', '很多', 1],
      ['东山村', '抖音', '2026-02', 1, null],
      ['中山村', '抖音', '2026-02', 10, 10],
      ['中山村', '抖音', '2026-02', 11, 11],
      ['南山村', '抖音', '2026-02', null, null],
    ]),
  );
  const { data } = await importFile(town, file);
  expect(data.saved).toBe(0);
  expect(data.errors.map((e: { message: string }) => e.message)).toEqual([
    '第2行：没有名为“青石村”的单位',
    '第3行：平台“快手”无效，应为公众号、抖音、视频号、其他之一',
    '第4行：北山村没有登记抖音平台，请先在单位管理中添加',
    '第5行：月份“2026-13”无效，应为 YYYY-MM，例如 2026-03',
    '第6行：不能填写未来月份（2026-04）的数据',
    '第7行：粉丝数应为整数',
    '第8行：粉丝数应为整数',
    '第9行：未填写阅读（播放）量',
    '第11行：与第10行是同一单位、平台和月份，请只保留一行',
  ]);
  expect(stored(town)).toEqual([]);
});

it('reads months typed as dates or 2026年2月 and counts typed as text, from the only sheet of any name', async () => {
  const town = township();
  const file = upload(
    town,
    await workbook(
      [
        ['东山村', '抖音', new Date(Date.UTC(2026, 0, 1)), 1000, 20000],
        ['东山村', '抖音', '2026年2月', '1,100', '30000'],
      ],
      'Sheet1',
    ),
  );
  expect((await importFile(town, file)).data).toEqual({ saved: 2, errors: [] });
  expect(stored(town)).toEqual([
    { unit_id: 'u0', platform: 'douyin', month: '2026-01', followers: 1000, reads: 20000 },
    { unit_id: 'u0', platform: 'douyin', month: '2026-02', followers: 1100, reads: 30000 },
  ]);
});

it('refuses a file that is not the admin’s upload, not an .xlsx, or lacks the headers; reporters may not import', async () => {
  const town = township();
  const good = await workbook([['东山村', '抖音', '2026-01', 1, 1]]);
  const others = upload(town, good, person('x_editor', 'editor'));
  expect((await importFile(town, others)).error.code).toBe('NOT_FOUND');
  expect((await importFile(town, 'f_0123456789abcdef0123456789abcdef.xlsx')).error.code).toBe('NOT_FOUND');
  const junk = await importFile(town, upload(town, Buffer.from('PK\x03\x04 这不是表格')));
  expect(junk.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('不是有效的 Excel') });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('新媒体').addRow(['单位', '平台', '月份']);
  const headless = await importFile(town, upload(town, Buffer.from(await wb.xlsx.writeBuffer())));
  expect(headless.error.message).toContain('缺少表头：月末粉丝数、当月阅读（播放）量');
  const asReporter = await town.call(platformsFunction, 'reporter', {
    action: 'importMonthly',
    fileID: upload(town, good),
  });
  expect(asReporter.error.code).toBe('PERMISSION_DENIED');
  expect(stored(town)).toEqual([]);
});
