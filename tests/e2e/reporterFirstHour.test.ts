// A new reporter's first hour on the H5 build: a file that is not a photo is refused when picked; a lead the server
// refused goes back to the form and is resent under the right clientId; a half-filled draft is offered back on
// 报线索; the editor's question comes first on a lead that needs more information.
import { randomUUID } from 'node:crypto';
import type { Page, Route } from 'playwright-core';
import { Client, dataOf } from '../support/http';
import { solid } from '../support/images';
import { screenshot } from './chromium';
import { expectText, PHONE, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PHONE_375 = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 };

async function openForm(page: Page, username = 'reporter1') {
  await app.login(page, username);
  await page.locator('.js-new-lead:visible').click();
  await page.locator('input.js-title:visible').waitFor();
}

const goodPhoto = async () => ({
  name: 'field.jpg',
  mimeType: 'image/jpeg',
  buffer: await solid(1200, 900, '#27ae60').jpeg({ quality: 80 }).toBuffer(),
});

it('refuses a random-bytes .jpg and a PDF at pick time, with a message, and keeps the good photo', async () => {
  const page = await app.open(PHONE_375);
  await openForm(page);
  await page
    .locator('.js-photo-input')
    .last()
    .setInputFiles([
      {
        name: 'broken.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)),
      },
      {
        name: 'notice.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n'),
      },
      await goodPhoto(),
    ]);
  await expectText(page.locator('.taro__toast'), '这个文件不是能打开的照片，请换一张');
  await page.locator('.js-photo-item.photo-ready:visible').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.js-photo-item').length === 1);
  await screenshot(page, 'first-hour-bad-photo-375');
  await page.context().close();
});

it('a refused lead goes back to the form whole; resent unchanged it keeps its clientId, edited it gets a new one', async () => {
  const page = await app.open(PHONE_375);
  const sentIds: string[] = [];
  let refuse = true;
  await page.route('**/api/fn/leads', async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { action?: string; clientId?: string };
    if (body.action !== 'submit') return route.continue();
    sentIds.push(body.clientId ?? '');
    if (!refuse) return route.continue();
    return route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: '标题含有不宜发布的内容，请修改' },
      }),
    });
  });
  await openForm(page);
  const title = `南坪村稻田认养开镰${Date.now() % 10000}`;
  await typeInto(page.locator('input.js-title:visible'), title);
  await typeInto(page.locator('textarea.js-body:visible'), '今天上午，南坪村认养稻田开镰，四十多户认养家庭下田收割。');
  await page.locator('.js-category:visible', { hasText: '民生服务' }).click();
  await typeInto(page.locator('input.js-place:visible'), '南坪村稻田');
  await page
    .locator('.js-photo-input')
    .last()
    .setInputFiles(await goodPhoto());
  await page.locator('.js-photo-item.photo-ready:visible').waitFor();
  await page.locator('.js-submit:visible').click();

  await page.locator('.js-outbox-link:visible').click();
  const item = page.locator('.js-outbox-item:visible', { hasText: title });
  await expectText(item.locator('.js-outbox-state'), '失败');
  await screenshot(page, 'first-hour-outbox-failed-375');

  // 修改 → the form with everything in it, and the server's reason above it.
  await item.locator('.js-outbox-edit').click();
  await expectText(page.locator('.js-draft-banner:visible'), '标题含有不宜发布的内容');
  expect(await page.locator('input.js-title:visible').inputValue()).toBe(title);
  expect(await page.locator('textarea.js-body:visible').inputValue()).toContain('四十多户认养家庭');
  expect(await page.locator('input.js-place:visible').inputValue()).toBe('南坪村稻田');
  await page.locator('.js-category.js-choice-on:visible', { hasText: '民生服务' }).waitFor();
  await page.locator('.js-photo-item.photo-ready:visible').waitFor();
  await screenshot(page, 'first-hour-returned-form-375');

  // Sent again unchanged: the same clientId (a resend of the same lead), refused again.
  await page.locator('.js-submit:visible').click();
  await page.locator('.js-outbox-link:visible').click();
  await expectText(page.locator('.js-outbox-item:visible', { hasText: title }).locator('.js-outbox-state'), '失败');
  expect(sentIds).toHaveLength(2);
  expect(sentIds[1]).toBe(sentIds[0]);

  // Edited: a fresh clientId, because the same clientId with other content would be a CONFLICT.
  refuse = false;
  await page.locator('.js-outbox-item:visible', { hasText: title }).locator('.js-outbox-edit').click();
  await typeInto(page.locator('input.js-title:visible'), `${title}（改）`);
  await page.locator('.js-submit:visible').click();
  await page.locator('.js-lead-item:visible', { hasText: `${title}（改）` }).waitFor();
  expect(sentIds).toHaveLength(3);
  expect(sentIds[2]).not.toBe(sentIds[0]);

  const client = new Client(app.host.url);
  const token = dataOf(await client.login('reporter1')).token as string;
  const mine = dataOf(await client.call(token, 'leads', 'mine', { limit: 50 }));
  const ours = (mine.items as { title: string; clientId: string; photos: unknown[] }[]).filter((l) =>
    l.title.startsWith(title),
  );
  expect(ours.map((l) => [l.title, l.clientId, l.photos.length])).toEqual([[`${title}（改）`, sentIds[2], 1]]);
  await page.context().close();
});

for (const [name, options] of [
  ['375', PHONE_375],
  ['1366', DESKTOP],
] as const) {
  it(`报线索 offers the half-filled draft back, and 新建 opens a blank form (${name})`, async () => {
    const page = await app.open(options);
    await openForm(page, 'reporter2');
    await typeInto(page.locator('input.js-title:visible'), '北岙村老人食堂开伙');
    await page.goBack();
    await page.locator('.js-new-lead:visible').click();
    await expectText(page.locator('.js-draft-banner:visible'), '继续上次的草稿');
    await page.waitForFunction(
      () => (document.querySelector('input.js-title') as HTMLInputElement | null)?.value === '北岙村老人食堂开伙',
    );
    await screenshot(page, `first-hour-draft-offered-${name}`);
    await page.locator('.js-draft-new:visible').click();
    expect(await page.locator('input.js-title:visible').inputValue()).toBe('');
    expect(await page.locator('.js-draft-banner:visible').count()).toBe(0);
    // The offered draft is still in 草稿箱.
    const drafts = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes('xx.drafts'))
        .map((k) => localStorage.getItem(k) ?? ''),
    );
    expect(drafts.join()).toContain('北岙村老人食堂开伙');
    await page.context().close();
  });
}

it('a lead that needs more information shows the editor’s question first, above the reply box', async () => {
  const client = new Client(app.host.url);
  const reporterToken = dataOf(await client.login('reporter1')).token as string;
  const lead = dataOf(
    await client.call(reporterToken, 'leads', 'submit', {
      clientId: randomUUID(),
      title: '东坑村竹林步道修好了',
      body: '村里自筹资金修好了竹林步道，全长一点二公里。',
      category: '民生服务',
      urgent: false,
      photos: [],
    }),
  ) as { id: string };
  const editorToken = dataOf(await client.login('editor')).token as string;
  const question = '请补充开工和完工的日期，以及出资的具体情况';
  dataOf(await client.call(editorToken, 'leads', 'review', { id: lead.id, decision: 'needs_info', note: question }));

  for (const [name, options] of [
    ['375', PHONE_375],
    ['1366', DESKTOP],
  ] as const) {
    const page = await app.open(name === '375' ? options : { ...PHONE, ...options });
    await app.login(page, 'reporter1');
    await page.locator('.js-new-lead:visible').waitFor();
    await page.goto(`${app.host.url}/#/reporter/pages/lead/index?id=${lead.id}`);
    await expectText(page.locator('.js-question:visible'), question);
    const q = await page.locator('.js-question:visible').boundingBox();
    const reply = await page.locator('.js-reply:visible').boundingBox();
    const body = await page.locator('.js-lead-title:visible').boundingBox();
    expect(q!.y).toBeLessThan(reply!.y);
    expect(q!.y).toBeLessThan(body!.y);
    await screenshot(page, `first-hour-question-${name}`);
    await page.context().close();
  }
});
