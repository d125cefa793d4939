// End to end on the built H5 app: the admin gives a unit without a platform a 抖音 account started on a chosen day,
// and deactivates another unit; the server keeps both, and the list shows the deactivated unit as 已停用. The alerts
// page says over which days it looked for silence.
import { addDays, shanghaiDate } from '../../cloudfunctions/core/stats/period';
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { expectText, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

interface Unit {
  id: string;
  name: string;
  platforms: string[];
  platformSince: Record<string, string>;
  deactivatedAt: string | null;
}

it('an admin adds a platform with its start day and deactivates a unit', async () => {
  const client = new Client(app.host.url);
  const token = await client.token('admin');
  const units = async () => dataOf(await client.call(token, 'accounts', 'units', {})) as Unit[];
  const [bare, other] = [(await units()).find((u) => u.platforms.length === 0)!, (await units())[0]!];
  const since = addDays(shanghaiDate(app.host.clock.now()), -40);

  const page = await app.open({ viewport: { width: 1280, height: 900 } });
  await app.login(page, 'admin');
  await page.goto(`${app.host.url}/#/admin/pages/units/index`);
  await page.locator('.js-unit:visible', { hasText: bare.name }).click();
  const form = page.locator('.js-unit-form:visible');
  await expectText(form.locator('.js-unit-created'), '创建于');
  await form.locator('.js-unit-platforms .js-choice-douyin').click();
  await typeInto(form.locator('input.js-unit-since-douyin'), since);
  await screenshot(page, 'admin-unit-form');
  await form.locator('.js-unit-save').click();
  await form.waitFor({ state: 'detached' });

  await page.locator('.js-unit:visible', { hasText: other.name }).click();
  await page.locator('.js-unit-form:visible .js-unit-inactive').click();
  await page.locator('.js-unit-form:visible .js-unit-save').click();
  await page.locator('.js-unit:visible', { hasText: other.name }).locator('.js-unit-inactive-tag').waitFor();

  const after = await units();
  expect(after.find((u) => u.id === bare.id)).toMatchObject({
    platforms: ['douyin'],
    platformSince: { douyin: since },
  });
  expect(after.find((u) => u.id === other.id)!.deactivatedAt).not.toBeNull();
  await screenshot(page, 'admin-units');

  // Taking the platform away again asks first, says past figures keep it, and 再想想 keeps it.
  await page.locator('.js-unit:visible', { hasText: bare.name }).click();
  await page.locator('.js-unit-form:visible .js-unit-no-platform').click();
  await page.locator('.js-unit-form:visible .js-unit-save').click();
  const ask = page.locator('.taro-modal__content:visible');
  await expectText(ask, '将移除：抖音');
  await expectText(ask, '此前各时段的统计不变');
  await screenshot(page, 'admin-unit-remove-platform');
  await ask.getByText('再想想', { exact: true }).click();
  expect((await units()).find((u) => u.id === bare.id)!.platforms).toEqual(['douyin']);
  await page.locator('.js-unit-form:visible .js-unit-save').click();
  await ask.getByText('移除', { exact: true }).click();
  await page.locator('.js-unit-form:visible').waitFor({ state: 'detached' });
  const today = shanghaiDate(app.host.clock.now());
  expect((await units()).find((u) => u.id === bare.id)).toMatchObject({
    platforms: [],
    platformSince: {},
    platformRuns: [{ platform: 'douyin', since, until: today }],
  });
  // The form names the platform given up and the days it ran.
  await page.locator('.js-unit:visible', { hasText: bare.name }).click();
  await expectText(page.locator('.js-unit-form:visible .js-unit-stopped'), `抖音（${since} 至 ${today}）`);
  await screenshot(page, 'admin-unit-stopped-platform');
  await page.context().close();
});

it("the alerts page names the days it looked for silence in and each silent unit's longest run", async () => {
  const page = await app.open({ viewport: { width: 1280, height: 900 } });
  await app.login(page, 'editor');
  await page.goto(`${app.host.url}/#/stats/pages/alerts/index`);
  const silent = page.locator('.js-alerts-silent:visible');
  await expectText(silent, '间连续30天以上未报送线索的单位');
  const items = silent.locator('.js-alert-item');
  if ((await items.count()) > 0) await expectText(items.first(), '最长连续');
  await screenshot(page, 'alerts-silence');
  await page.context().close();
});
