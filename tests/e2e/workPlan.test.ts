// End to end on the built H5 app, on a phone (375×812) and on the desk (1366×900): an editor opens the year's work
// plan (工作要点), adds a key task with its owner unit and due month, later marks it 已完成 with a note, and the
// summary's workPlan figure counts it.
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { tap, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

it.each([
  ['phone', { width: 375, height: 812 }, 2],
  ['desk', { width: 1366, height: 900 }, 1],
])('on the %s an editor adds a key task, marks it 已完成, and the summary counts it', async (name, viewport, scale) => {
  const client = new Client(app.host.url);
  const editor = await client.token('editor');
  const page = await app.open({ viewport, deviceScaleFactor: scale });
  await app.login(page, 'editor');
  // Reached from the dashboard's links, with the dashboard's period (this year).
  await page.goto(`${app.host.url}/#/stats/pages/dashboard/index`);
  await tap(page, '.js-nav-workplan:visible');
  const yearLabel = page.locator('.js-year:visible');
  await yearLabel.waitFor();
  const year = Number((await yearLabel.innerText()).slice(0, 4));
  const period = { from: `${year}-01-01`, to: `${year}-01-31` };
  const before = dataOf(await client.call(editor, 'stats', 'summary', period)).figures.workPlan;

  const title = `建强基层通讯员队伍（${name}）`;
  await tap(page, '.js-task-new:visible');
  await typeInto(page.locator('input.js-task-title:visible'), title);
  await page.locator('select.js-task-unit:visible').selectOption({ index: 1 });
  await page.locator('select.js-task-month:visible').selectOption('9');
  await tap(page, '.js-task-save:visible');
  const pending = page.locator(`.js-task-group-pending .js-task-item:has-text("${title}")`);
  await pending.waitFor();
  expect(await pending.innerText()).toContain('9月底前');

  await tap(page, `.js-task-group-pending .js-task-item:has-text("${title}")`);
  await page.locator('input.js-task-title:visible').waitFor();
  expect(await page.locator('input.js-task-title:visible').inputValue()).toBe(title);
  await tap(page, '.js-task-status .js-choice-done');
  await page.locator('.js-task-status .js-choice-done.js-choice-on').waitFor();
  await typeInto(page.locator('textarea.js-task-note:visible'), '全年培训通讯员4期');
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  await screenshot(page, `workplan-form-${name}`);
  await tap(page, '.js-task-save:visible');
  const done = page.locator(`.js-task-group-done .js-task-item:has-text("${title}")`);
  await done.waitFor();
  expect(await done.innerText()).toContain('全年培训通讯员4期');
  await done.scrollIntoViewIfNeeded();
  await screenshot(page, `workplan-${name}`);

  const after = dataOf(await client.call(editor, 'stats', 'summary', period)).figures.workPlan;
  expect(after).toEqual({ tasks: before.tasks + 1, done: before.done + 1 });
  const listed = dataOf(await client.call(editor, 'workPlan', 'list', { year })).items;
  expect(listed).toContainEqual(
    expect.objectContaining({ title, dueMonth: 9, status: 'done', note: '全年培训通讯员4期' }),
  );
});
