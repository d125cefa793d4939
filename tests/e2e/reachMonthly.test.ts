// End to end on the built H5 app: a reporter enters last month's followers and reads of their unit's 公众号 on a
// phone (375×812) and the summary's newMedia changes by what they typed; an admin on a PC (1366×900) picks another
// unit, types, looks at another month and back without losing what was typed, and saves; then imports an Excel
// sheet: one with a bad row is refused whole and names the row, the corrected one is imported.
import ExcelJS from 'exceljs';
import { shanghaiDay, TEST_EPOCH } from '../support/clock';
import { Client, dataOf } from '../support/http';
import { chinaToday } from '../../src/stats/lib/period';
import { defaultMonth, shiftMonth } from '../../src/stats/lib/reachForm';
import { screenshot } from './chromium';
import { expectText, useH5App, typeInto, tap } from './h5App';
import { eventually } from '../support/eventually';

jest.setTimeout(120_000);

const app = useH5App();
// The host and the page start at the tests' date (support/clock.ts): last month is the one before it.
const LAST_MONTH = defaultMonth(chinaToday(TEST_EPOCH));

const monthPeriod = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
};

async function saved(client: Client, token: string, unitId: string, month: string, reads: number) {
  const items = await eventually(
    async () =>
      dataOf(await client.call(token, 'platforms', 'listMonthly', { month, unitId })).items as { reads: number }[],
    (list) => list.some((it) => it.reads === reads),
    { limitMs: 10_000, everyMs: 200 },
  );
  expect(items.map((it) => it.reads)).toContain(reads);
}

it('a reporter enters last month on a phone and the summary’s new-media figures change', async () => {
  const client = new Client(app.host.url);
  const [editor, admin] = [await client.token('editor'), await client.token('admin')];
  const newMedia = async () =>
    dataOf(await client.call(editor, 'stats', 'summary', monthPeriod(LAST_MONTH))).figures.newMedia as {
      followers: number;
      reads: number;
    };
  const before = await newMedia();

  const page = await app.open({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  await app.login(page, 'reporter1');
  await tap(page, '.js-reach-link:visible');
  const row = '.js-reach-wechat_official:visible';
  await page.locator(`${row} input.js-reach-followers`).waitFor();
  expect(await page.locator('.js-reach-month:visible').innerText()).toBe(`${LAST_MONTH.replace('-', '年')}月`);
  // Only the own unit's platforms: 青石村 runs a 公众号 alone, and there is no unit to pick.
  expect(await page.locator('.js-reach-row:visible').count()).toBe(1);
  expect(await page.locator('.js-reach-unit:visible').count()).toBe(0);
  const prefilled = Number(await page.locator(`${row} input.js-reach-reads`).inputValue());
  const oldFollowers = Number(await page.locator(`${row} input.js-reach-followers`).inputValue());

  await typeInto(page.locator(`${row} input.js-reach-followers`), String(oldFollowers + 1000));
  await typeInto(page.locator(`${row} input.js-reach-reads`), String(prefilled + 50_000));
  // The page fits the phone's width once laid out (a run measured mid-transition saw it wider for a moment).
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5000 });
  await tap(page, '.js-reach-save:visible');
  await saved(client, admin, 'u_qingshi', LAST_MONTH, prefilled + 50_000);
  await screenshot(page, 'reach-monthly-phone');

  expect(await newMedia()).toMatchObject({ followers: before.followers + 1000, reads: before.reads + 50_000 });
});

it('an admin picks a unit on a PC, and what was typed survives a look at another month', async () => {
  const client = new Client(app.host.url);
  const admin = await client.token('admin');
  const page = await app.open({ viewport: { width: 1366, height: 900 } });
  await app.login(page, 'admin');
  await page.goto(`${app.host.url}/#/stats/pages/reach/index`);
  await tap(page, '.js-reach-unit .js-choice-u_lvyuan');
  // The form of the unit picked, not the one shown before the tap.
  const douyin = '.js-reach-form[data-unit="u_lvyuan"]:visible .js-reach-douyin';
  await page.locator(`${douyin} input.js-reach-reads`).waitFor();
  // 绿源茶业 runs a 公众号 and 抖音: one row each.
  expect(await page.locator('.js-reach-form[data-unit="u_lvyuan"]:visible .js-reach-row').count()).toBe(2);
  await typeInto(page.locator(`${douyin} input.js-reach-followers`), '4321');
  await typeInto(page.locator(`${douyin} input.js-reach-reads`), '98765');

  await tap(page, '.js-reach-prev:visible');
  const earlier = `${shiftMonth(LAST_MONTH, -1).replace('-', '年')}月`;
  await page.locator(`.js-reach-month:visible:has-text("${earlier}")`).waitFor();
  await tap(page, '.js-reach-next:visible');
  await page.locator(`${douyin} input.js-reach-reads`).waitFor();
  expect(await page.locator(`${douyin} input.js-reach-reads`).inputValue()).toBe('98765');

  await tap(page, '.js-reach-save:visible');
  await saved(client, admin, 'u_lvyuan', LAST_MONTH, 98765);
  await screenshot(page, 'reach-monthly-pc');
});

it('a unit that gave up its only platform today still takes last month’s figures for it', async () => {
  const client = new Client(app.host.url);
  const admin = await client.token('admin');
  dataOf(
    await client.call(admin, 'accounts', 'saveUnit', {
      id: 'u_liutang',
      name: '柳塘村',
      kind: 'village',
      platforms: [],
    }),
  );
  const page = await app.open({ viewport: { width: 1366, height: 900 } });
  await app.login(page, 'admin');
  await page.goto(`${app.host.url}/#/stats/pages/reach/index`);
  await tap(page, '.js-reach-unit .js-choice-u_liutang');
  const douyin = '.js-reach-form[data-unit="u_liutang"]:visible .js-reach-douyin';
  await expectText(page.locator(`${douyin} .js-reach-stopped`), `已于 ${shanghaiDay(TEST_EPOCH)} 停用`);
  await typeInto(page.locator(`${douyin} input.js-reach-followers`), '2100');
  await typeInto(page.locator(`${douyin} input.js-reach-reads`), '31000');
  await tap(page, '.js-reach-save:visible');
  await saved(client, admin, 'u_liutang', LAST_MONTH, 31000);
  await screenshot(page, 'reach-stopped-platform-pc');
});

it('an admin imports the 新媒体 sheet: a bad row refuses the whole file and is named, the corrected file is saved', async () => {
  const client = new Client(app.host.url);
  const admin = await client.token('admin');
  const sheet = async (followers: number) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('新媒体').addRows([
      ['单位', '平台', '月份', '月末粉丝数', '当月阅读（播放）量'],
      ['河西社区', '视频号', '2025-06', 800, 12345],
      ['河西社区', '公众号', '2025-06', followers, 6789],
    ]);
    return {
      name: '新媒体.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  };
  const page = await app.open({ viewport: { width: 1366, height: 900 } });
  await app.login(page, 'admin');
  await page.goto(`${app.host.url}/#/stats/pages/reach/index`);
  await page.locator('.js-reach-import:visible').waitFor();

  await page.setInputFiles('input.js-reach-import-file', await sheet(-3));
  await page.locator('.js-reach-import-error:visible').waitFor();
  expect(await page.locator('.js-reach-import-error:visible').allInnerTexts()).toEqual(['第3行：粉丝数不能为负数']);
  const june = () => client.call(admin, 'platforms', 'listMonthly', { month: '2025-06', unitId: 'u_hexi' });
  expect(dataOf(await june()).items).toEqual([]);

  await page.setInputFiles('input.js-reach-import-file', await sheet(456));
  await page.locator('.js-reach-import-done:visible').waitFor();
  expect(await page.locator('.js-reach-import-done:visible').innerText()).toContain('已导入2条');
  expect(
    dataOf(await june())
      .items.map((i: { reads: number }) => i.reads)
      .sort(),
  ).toEqual([12345, 6789].sort());
  await screenshot(page, 'reach-import-pc');
});
