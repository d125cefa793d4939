// End to end on the built H5 app at a phone's size (375×812): an editor records an activity in the ledger — kind,
// name, date, people and batches — and it is listed and counted in the summary's figures.
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { tap, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

it('an editor records 分2批 warning education for 64 people on a phone, and the summary counts it', async () => {
  const page = await app.open({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  await app.login(page, 'editor');
  await page.goto(`${app.host.url}/#/stats/pages/activities/index`);
  await page.locator('.js-activity-new:visible').waitFor();
  await tap(page, '.js-activity-new:visible');
  await tap(page, '.js-activity-kind .js-choice:has-text("警示教育/实践学习")');
  await typeInto(page.locator('input.js-activity-title:visible'), '赴廉政教育基地开展警示教育');
  await typeInto(page.locator('input.js-activity-participants:visible'), '64');
  await typeInto(page.locator('input.js-activity-batches:visible'), '2');
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  await tap(page, '.js-activity-save:visible');
  const item = page.locator('.js-activity-item:has-text("赴廉政教育基地开展警示教育")');
  await item.waitFor();
  expect(await item.innerText()).toContain('64人·2批');
  await screenshot(page, 'activity-ledger');

  const client = new Client(app.host.url);
  const editor = await client.token('editor');
  const listed = dataOf(await client.call(editor, 'activities', 'list', { kind: '警示教育/实践学习', limit: 50 }));
  expect(listed.items).toContainEqual(
    expect.objectContaining({ title: '赴廉政教育基地开展警示教育', participants: 64, batches: 2 }),
  );
});
