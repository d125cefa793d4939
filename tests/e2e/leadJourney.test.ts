// End to end on the built H5 app: a reporter's lead reaches the editor's desk, and the decision comes back.
import { Client, dataOf } from '../support/http';
import { solid } from '../support/images';
import { screenshot } from './chromium';
import { expectText, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();
const title = `东山村便民桥今天通车${Date.now() % 10000}`;
const note = '写得很好，已转县融媒体中心';

it('reporter1 submits a lead with a photo, the editor accepts it, reporter1 sees 已采用 and the note', async () => {
  const reporter = await app.open();
  await app.login(reporter, 'reporter1');
  await reporter.locator('.js-new-lead:visible').click();
  await typeInto(reporter.locator('input.js-title:visible'), title);
  await typeInto(
    reporter.locator('textarea.js-body:visible'),
    '今天上午十点，东山村便民桥正式通车，两百多名村民到场，过河不再绕行五公里。',
  );
  await reporter.locator('.js-category:visible', { hasText: '民生服务' }).click();
  const photo = await solid(1600, 1200, '#2e86de').jpeg({ quality: 80 }).toBuffer();
  await reporter
    .locator('.js-photo-input')
    .last()
    .setInputFiles({ name: 'bridge.jpg', mimeType: 'image/jpeg', buffer: photo });
  await reporter.locator('.js-photo-item:visible').waitFor();
  await screenshot(reporter, '1-reporter-lead-form');
  await reporter.locator('.js-submit:visible').click();
  // Photos upload when the lead is sent; the form then moves on to 我的线索.

  const mine = reporter.locator('.js-lead-item:visible', { hasText: title });
  await mine.waitFor();
  await expectText(mine.locator('.js-status'), '待审核');
  await screenshot(reporter, '2-reporter-mine-submitted');

  // The server holds exactly one lead with this title, carrying the photo.
  const client = new Client(app.host.url);
  const editorToken = dataOf(await client.login('editor')).token as string;
  const queue = dataOf(await client.call(editorToken, 'leads', 'queue', { limit: 50 }));
  const ours = (queue.items as { title: string; photos: unknown[] }[]).filter((l) => l.title === title);
  expect(ours).toHaveLength(1);
  expect(ours[0]!.photos).toHaveLength(1);

  const editor = await app.open();
  await app.login(editor, 'editor');
  await editor.locator('.js-queue-link:visible').click();
  await editor.locator('.js-queue-item:visible', { hasText: title }).click();
  const shown = editor.locator('.js-photo:visible').first();
  await shown.waitFor();
  // The photo really loads through its signed URL.
  await shown.evaluate(async (el) => {
    const img = (el.tagName === 'IMG' ? el : el.querySelector('img')) as HTMLImageElement;
    for (let i = 0; i < 100 && !(img.complete && img.naturalWidth > 0); i++)
      await new Promise((r) => setTimeout(r, 100));
    if (!(img.naturalWidth > 0)) throw new Error(`照片没有加载出来：${img.src}`);
  });
  await typeInto(editor.locator('textarea.js-reason:visible'), note);
  await editor.locator('.js-accept:visible').click();
  await expectText(editor.locator('.js-new-status:visible'), '已采用');
  await screenshot(editor, '3-editor-accepted');

  await reporter.goto(`${app.host.url}/`);
  await reporter.locator('.js-mine-link:visible').click();
  const decided = reporter.locator('.js-lead-item:visible', { hasText: title });
  await expectText(decided.locator('.js-status'), '已采用');
  await decided.click();
  await expectText(reporter.locator('.js-note:visible').first(), note);
  await screenshot(reporter, '4-reporter-sees-decision');
});
