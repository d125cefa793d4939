// End to end on the built H5 app, on a PC-sized window: the editor reviews two leads, writes one article from
// both (its body full of markup that must stay inert), records a provincial publication with a proof screenshot,
// and reporter1 then sees where the story ran.
import { shanghaiDay, TEST_EPOCH } from '../support/clock';
import { Client, dataOf } from '../support/http';
import { solid } from '../support/images';
import { leadPayload } from '../support/leads';
import { screenshot } from './chromium';
import { expectText, useH5App, typeInto } from './h5App';

jest.setTimeout(180_000);

const app = useH5App();
const tag = `桥${Date.now() % 100000}`;
const titles = [`${tag}东山村便民桥通车`, `${tag}村民过河不再绕行`];
const outlet = '浙江日报';
const hostile = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<a href="javascript:window.__xss=3">点此查看</a>',
];
/** Today in China time on the host's clock (it starts at midday of the tests' date): the publication date. */
const today = shanghaiDay(TEST_EPOCH);

it('an editor turns two leads into one article with a provincial publication, and reporter1 sees it', async () => {
  const client = new Client(app.host.url);
  const reporterToken = await client.token('reporter1');
  for (const title of titles) dataOf(await client.call(reporterToken, 'leads', 'submit', leadPayload({ title })));

  // Review on a wide screen: the lead opens beside the queue.
  const editor = await app.open({ viewport: { width: 1366, height: 900 } });
  await app.login(editor, 'editor');
  await editor.locator('.js-queue-link:visible').click();
  await typeInto(editor.locator('input.js-search:visible'), tag);
  await editor.locator('.js-search-go:visible').click();
  // The tab's count follows each decision (issue 12 item 4: it used to wait for a full reload).
  const waiting = editor.locator('.js-count-submitted:visible');
  await expectText(waiting, '2');
  for (const [i, title] of titles.entries()) {
    await editor.locator('.js-queue-item:visible', { hasText: title }).click();
    const aside = editor.locator('.js-desk-aside');
    await expectText(aside.locator('.js-lead-title'), title);
    await aside.locator('.js-accept:visible').click();
    await expectText(aside.locator('.js-new-status'), '已采用');
    await expectText(waiting, String(titles.length - i - 1));
  }
  await screenshot(editor, 'desk-1-queue-reviewed');

  // One article from both leads, its body holding markup that must never run.
  await editor.goto(`${app.host.url}/#/editor/pages/article-edit/index`);
  await typeInto(editor.locator('input.js-picker-search:visible'), tag);
  await editor.locator('input.js-picker-search:visible').press('Enter');
  for (const title of titles) await editor.locator('.js-pick-lead:visible', { hasText: title }).click();
  await editor.locator('.js-use-leads:visible').click();
  await editor.locator('.js-kind .js-choice-feature:visible').click();
  await typeInto(editor.locator('input.js-article-title-input:visible'), `${tag}一座桥连起两岸民心`);
  const boxes = editor.locator('textarea.js-paragraph-text:visible');
  for (const line of hostile) {
    // Wait for the new box itself: `.last()` right after the click can still be the previous one.
    const before = await boxes.count();
    await editor.locator('.js-paragraph-add:visible').click();
    await boxes.nth(before).waitFor();
    await typeInto(boxes.nth(before), line);
  }
  await editor.locator('.js-save-article:visible').click();

  await editor.locator('.js-article-body:visible').waitFor();
  for (const line of hostile)
    await expect(editor.locator('.js-article-body:visible').textContent()).resolves.toContain(line);
  const inert = await editor.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss,
    scripts: Array.from(document.querySelectorAll('script')).filter((s) => s.textContent?.includes('__xss')).length,
    images: Array.from(document.querySelectorAll('img')).filter((i) => i.getAttribute('src') === 'x').length,
    links: Array.from(document.querySelectorAll('a')).filter((a) =>
      (a.getAttribute('href') ?? '').startsWith('javascript:'),
    ).length,
  }));
  expect(inert).toEqual({ xss: undefined, scripts: 0, images: 0, links: 0 });
  const leadsShown = editor.locator('.js-article-lead:visible');
  await expect(leadsShown.count()).resolves.toBe(2);

  // A provincial publication with a proof screenshot.
  await editor.locator('.js-add-publication:visible').click();
  await typeInto(editor.locator('input.js-outlet:visible'), outlet);
  await editor.locator('.js-level .js-choice-provincial:visible').click();
  await typeInto(editor.locator('input.js-published-at:visible'), today);
  await typeInto(editor.locator('input.js-url:visible'), 'https://zjrb.example.com/2026/bridge.html');
  const proof = await solid(1200, 800, '#e8e8e8').png().toBuffer();
  await editor.locator('.js-proof-input').setInputFiles({ name: 'proof.png', mimeType: 'image/png', buffer: proof });
  await editor.locator('.js-proof:visible').waitFor();
  await editor.locator('.js-publication-save:visible').click();
  await expectText(editor.locator('.js-publication-text:visible'), `已刊发于 ${outlet}（省级）`);
  await expectText(editor.locator('.js-article-status:visible'), '已刊发');
  await screenshot(editor, 'desk-2-article-published');

  // The server holds it: one article citing both leads, now used, with the proof attached.
  const editorToken = await client.token('editor');
  const articles = dataOf(await client.call(editorToken, 'articles', 'list', { q: tag }));
  expect(articles.items).toHaveLength(1);
  expect(articles.items[0].leads.map((l: { title: string; status: string }) => [l.title, l.status]).sort()).toEqual(
    titles.map((t) => [t, 'used']).sort(),
  );
  expect(articles.items[0].publications[0]).toMatchObject({ outlet, level: 'provincial', publishedAt: today });
  expect(articles.items[0].publications[0].proof?.url).toBeTruthy();

  // reporter1 reads where the story ran, on a phone.
  const reporter = await app.open({ viewport: { width: 390, height: 844 } });
  await app.login(reporter, 'reporter1');
  await reporter.locator('.js-mine-link:visible').click();
  // The list itself says 已刊发, not 已成稿 (issue 12 item 3).
  const card = reporter.locator('.js-lead-item:visible', { hasText: titles[0] });
  await expectText(card.locator('.js-status'), '已刊发');
  await card.click();
  const shown = reporter.locator('.js-publication:visible');
  await expectText(shown, `已刊发于 ${outlet}（省级）`);
  await expectText(shown, today);
  await screenshot(reporter, 'desk-3-reporter-sees-publication');

  // The notice of a publication recorded a moment ago reads 今天, not hours computed from noon.
  await reporter.goto(`${app.host.url}/#/reporter/pages/notices/index`);
  const notice = reporter.locator('.js-notice:visible', { hasText: outlet }).first();
  await expectText(notice, '今天');
});
