// End to end on the built H5 app: the admin changes the township's aging thresholds and adds a category on the
// 镇设置 page; an editor's session then reads the new settings from the server.
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { useH5App, typeInto } from './h5App';
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
