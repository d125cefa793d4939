// The small screen faults of a newcomer's first hour, checked on the built H5 app at a phone (375×812) and a PC
// (1366×900) size: queue titles readable beside their tags, an article's paragraphs indented once and wrapped
// inside the card without splitting a number, the paragraph box growing with its text, input limits enforced
// while typing (never half an emoji), the form's footer without a lone character, and a favicon.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { BODY_MAX, TITLE_MAX } from '../../cloudfunctions/core/vocabulary';
import { Client, dataOf } from '../support/http';
import { leadPayload } from '../support/leads';
import { join } from 'node:path';
import { ARTIFACTS, screenshot } from './chromium';
import { useH5App, typeInto } from './h5App';

jest.setTimeout(180_000);

const app = useH5App();
const VIEWPORTS: [string, BrowserContextOptions][] = [
  ['phone', { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 }],
  ['desk', { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 }],
];
/** Many numbers, so that at any width some of them meet a line's end. */
const NUMBERS = Array.from(
  { length: 24 },
  (_, i) => `第${i + 1}组${12345 + i * 1111}人参加，发放资料${100 + i}份。`,
).join('');
let articleId = '';

beforeAll(async () => {
  const client = new Client(app.host.url);
  const reporter = await client.token('reporter1');
  const editor = await client.token('editor');
  // Pending leads with long titles, one urgent, so the queue shows titles beside every kind of tag.
  for (let i = 0; i < 4; i++) {
    const title = `柳塘村巾帼志愿队为独居老人上门送去过冬棉被第${i + 1}批`;
    dataOf(await client.call(reporter, 'leads', 'submit', leadPayload({ title, urgent: i === 0 })));
  }
  const lead = dataOf(await client.call(reporter, 'leads', 'submit', leadPayload()));
  dataOf(await client.call(editor, 'leads', 'review', { id: lead.id, decision: 'accept' }));
  const body = `${NUMBERS}\n\n${NUMBERS.slice(0, 60)}`;
  articleId = dataOf(
    await client.call(editor, 'articles', 'create', { title: '数字不被拆开', kind: 'news', leadIds: [lead.id], body }),
  ).id;
});

async function open(options: BrowserContextOptions, username: string, route: string): Promise<Page> {
  const page = await app.open(options);
  await app.login(page, username);
  await page.goto(`${app.host.url}/#${route}`);
  return page;
}

describe.each(VIEWPORTS)('at the %s size', (name, options) => {
  test('queue titles have room for at least ten characters beside their tags', async () => {
    const page = await open(options, 'editor', '/editor/pages/queue/index');
    await page.locator('.js-queue-item:visible').nth(3).waitFor();
    const room = await page
      .locator('.js-queue-item:visible .js-lead-title')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            el.getBoundingClientRect().width /
            parseFloat(getComputedStyle(el).fontSize) /
            (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom!,
        ),
      );
    await screenshot(page, `fit-queue-${name}`);
    expect(room.length).toBeGreaterThan(3);
    expect(Math.min(...room)).toBeGreaterThanOrEqual(10);
    await page.context().close();
  });

  test('article paragraphs are indented once, stay inside the card and never split a number', async () => {
    const page = await open(options, 'editor', `/editor/pages/article/index?id=${articleId}`);
    await page.locator('.js-paragraph:visible').first().waitFor();
    const faults = await page.locator('.js-paragraph:visible').evaluateAll((paragraphs) => {
      const out: string[] = [];
      for (const p of paragraphs) {
        const box = p.getBoundingClientRect();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode() as Text;
        while (text && text.data.trim() === '') text = walker.nextNode() as Text;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const first = range.getBoundingClientRect();
        const indent = (first.left - box.left) / first.width;
        if (indent < 1.8 || indent > 2.2) out.push(`indent ${indent.toFixed(2)} characters`);
        for (const r of Array.from(range.getClientRects())) if (r.right > box.right + 1) out.push('past the edge');
        const all = document.createRange();
        all.selectNodeContents(p);
        for (const r of Array.from(all.getClientRects()))
          if (r.right > box.right + 1) out.push(`line past the edge by ${r.right - box.right}`);
        for (const m of text.data.matchAll(/\d+/g)) {
          const n = document.createRange();
          n.setStart(text, m.index!);
          n.setEnd(text, m.index! + m[0].length);
          const tops = new Set(Array.from(n.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(`number split: ${m[0]}`);
        }
      }
      return out;
    });
    await screenshot(page, `fit-article-${name}`);
    expect(faults).toEqual([]);
    // The kind and status tags above the title keep a gap between them.
    const kind = (await page.locator('.js-article-kind:visible').boundingBox())!;
    const status = (await page.locator('.js-article-status:visible').boundingBox())!;
    expect(status.x - (kind.x + kind.width)).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  test("the article editor's paragraph box grows with its text", async () => {
    const page = await open(options, 'editor', `/editor/pages/article-edit/index?id=${articleId}`);
    const box = page.locator('textarea.js-paragraph-text:visible').first();
    await box.waitFor();
    await typeInto(box, NUMBERS.repeat(3));
    const clipped = await box.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(clipped).toBeLessThanOrEqual(1);
    await screenshot(page, `fit-article-edit-${name}`);
    await page.context().close();
  });

  test('the lead form stops typing at the schema limits, never in half an emoji, and its footer keeps words together', async () => {
    const page = await open(options, 'reporter1', '/reporter/pages/lead-form/index');
    const title = page.locator('input.js-title:visible');
    await title.waitFor();
    await title.pressSequentially('标'.repeat(TITLE_MAX + 20), { delay: 0 });
    expect((await title.inputValue()).length).toBe(TITLE_MAX);
    await typeInto(title, `${'标'.repeat(TITLE_MAX - 1)}😀`);
    const cut = await title.inputValue();
    expect(cut).toBe('标'.repeat(TITLE_MAX - 1));
    const body = page.locator('textarea.js-body:visible');
    await typeInto(body, '内'.repeat(BODY_MAX + 200));
    expect((await body.inputValue()).length).toBe(BODY_MAX);
    await typeInto(body, '今天上午，村里的便民桥完成维修。');
    // Every line of the footer holds more than one character (no lone "送" on a line of its own).
    const loneLines = await page.locator('.js-draft-saved:visible').evaluate((el) => {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          const top = Math.round(r.getBoundingClientRect().top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      return [...lines.values()].filter((n) => n < 2).length;
    });
    expect(loneLines).toBe(0);
    await screenshot(page, `fit-lead-form-${name}`);
    await page.context().close();
  });

  test('the dashboard charts are drawn (pictures for a person to look at: labels whole, text readable)', async () => {
    const page = await open(options, 'editor', '/stats/pages/dashboard/index');
    await page.locator('.js-dashboard-ready:visible').waitFor({ timeout: 30_000 });
    for (const chart of ['levels', 'months', 'units']) {
      const box = page.locator(`.js-chart-${chart}:visible`).first();
      await box.scrollIntoViewIfNeeded();
      await page.waitForTimeout(1200);
      await box.screenshot({ path: join(ARTIFACTS, `fit-chart-${chart}-${name}.png`) });
    }
    await page.context().close();
  });
});

test('on a PC the side panel reaches down the window, so a long lead or form is seen to its end', async () => {
  const client = new Client(app.host.url);
  const title = '西岭村整村推进人居环境整治';
  const body = `${'全村上下齐动手，清理房前屋后杂物，拆除违章搭建，修缮道路沟渠。'.repeat(12)}\n\n`.repeat(4);
  dataOf(await client.call(await client.token('reporter1'), 'leads', 'submit', leadPayload({ title, body })));
  const page = await open({ viewport: { width: 1366, height: 900 } }, 'editor', '/editor/pages/queue/index');
  await page.locator('.js-queue-item:visible', { hasText: title }).click();
  await page.locator('.desk__aside:visible .js-accept').waitFor({ state: 'attached' });
  const box = (await page.locator('.desk__aside:visible').boundingBox())!;
  // The lead is longer than the window; its panel ends near the window's bottom (it ended at 676 of 900 before).
  expect(box.y + box.height).toBeGreaterThan(900 - 60);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  await page.context().close();
});

test('the browser finds a favicon', async () => {
  const answer = await fetch(`${app.host.url}/favicon.ico`);
  expect(answer.status).toBe(200);
  expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(100);
});
