// End to end on the built H5 app: the admin changes the township's aging thresholds and adds a category on the
// 镇设置 page; an editor's session then reads the new settings from the server.
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { expectText, useH5App, typeInto } from './h5App';
import { eventually } from '../support/eventually';

jest.setTimeout(120_000);

const app = useH5App();

it('an admin sets amber 12 h / red 48 h and a new category, and editors get them', async () => {
  const page = await app.open({ viewport: { width: 1280, height: 900 } });
  await app.login(page, 'admin');
  await page.goto(`${app.host.url}/#/admin/pages/township/index`);
  const amber = page.locator('input.js-aging-amber:visible');
  await amber.waitFor();
  await typeInto(amber, '12');
  await typeInto(page.locator('input.js-aging-red:visible'), '48');
  await typeInto(page.locator('input.js-categories-new:visible'), '生态环保');
  await page.locator('.js-categories-add:visible').click();
  await page.locator('.js-township-save:visible').click();

  const client = new Client(app.host.url);
  const editor = await client.token('editor');
  const me = await eventually(
    async () => dataOf(await client.call(editor, 'accounts', 'me', {})),
    (m) => m.agingHours.amber === 12,
    { limitMs: 5_000 },
  );
  expect(me.agingHours).toEqual({ amber: 12, red: 48 });
  expect(me.categories).toContain('生态环保');
  expect(me.categories).toContain('党建引领');
  await screenshot(page, 'township-settings');
});

it('the queue an admin already looked at shows the new thresholds once 镇设置 is saved, without signing in again', async () => {
  const page = await app.open({ viewport: { width: 1280, height: 900 } });
  await app.login(page, 'admin');
  const reds = async () => {
    await page.locator('.js-queue-link:visible').click();
    await page.locator('.js-queue-item:visible').first().waitFor();
    await page.locator('.js-aging:visible').first().waitFor();
    const n = await page.locator('.js-aging-red:visible').count();
    await page.goBack();
    await page.locator('.js-queue-link:visible').waitFor();
    return n;
  };
  const before = await reds(); // the desk's settings are now read and kept for the session

  await page.locator('.js-admin-link:visible').click();
  await page.locator('.js-township-link:visible').click();
  await typeInto(page.locator('input.js-aging-amber:visible'), '1');
  await typeInto(page.locator('input.js-aging-red:visible'), '2');
  await page.locator('.js-township-save:visible').click();
  await expectText(page.locator('.taro__toast'), '镇设置已保存');
  await page.goBack();
  await page.goBack();
  await page.locator('.js-queue-link:visible').waitFor();

  // Red from two hours on: every lead waiting longer than that, where before only those past the old threshold.
  expect(await reds()).toBeGreaterThan(before);
  await page.context().close();
});
