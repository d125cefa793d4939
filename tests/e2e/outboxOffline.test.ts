// The outbox in the real H5 build: the host is down when the reporter submits (排队中), the host comes back on the same
// data and port, the app is opened again (the queue and the photos in IndexedDB survived; it resumes at start), and
// the item becomes 已提交.
// The server then holds exactly one lead with all its photos, and the phone no longer keeps the copies.
import type { Page } from 'playwright-core';
import { Client, dataOf } from '../support/http';
import { eventually } from '../support/eventually';
import { freePort } from '../support/freePort';
import { solid } from '../support/images';
import { screenshot } from './chromium';
import { PHONE, typeInto, useH5App } from './h5App';

jest.setTimeout(120_000);

// The host comes back on the same port: the page keeps talking to the address it was loaded from.
const app = useH5App(async () => ({ port: await freePort() }));
const title = `西岭村断网时报的线索${Date.now() % 10000}`;

const stateOf = (page: Page) => page.locator('.js-outbox-item:visible', { hasText: title }).locator('.js-outbox-state');

async function waitForText(locator: ReturnType<Page['locator']>, text: string, ms = 30_000) {
  const seen = await eventually(
    async () =>
      (await locator
        .first()
        .textContent({ timeout: ms })
        .catch(() => '')) ?? '',
    (s) => s.includes(text),
    { limitMs: ms, everyMs: 200 },
  );
  expect(seen).toContain(text);
}

it('a lead submitted while the host is down waits as 排队中, survives a reload, and arrives once with all photos', async () => {
  const page = await app.open(PHONE);
  await app.login(page, 'reporter1');
  // The H5 pages are lazy chunks served by the host: open them once while it is up, as a phone would have them.
  await page.locator('.js-mine-link:visible').click();
  await page.locator('.js-outbox-link:visible').click();
  await page.locator('.outbox:visible').waitFor();
  await page.goBack();
  await page.goBack();
  await page.locator('.js-new-lead:visible').click();

  await typeInto(page.locator('input.js-title:visible'), title);
  await typeInto(page.locator('textarea.js-body:visible'), '西岭村今天组织志愿者清理河道垃圾，三十多名村民参加。');
  await page.locator('.js-category:visible', { hasText: '文明实践' }).click();
  const photos = await Promise.all(
    ['#16a085', '#8e44ad', '#d35400'].map(async (colour, i) => ({
      name: `p${i}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await solid(2000, 1500, colour).jpeg({ quality: 90 }).toBuffer(),
    })),
  );
  await page.locator('.js-photo-input').last().setInputFiles(photos);
  // Each photo is compressed and copied into IndexedDB as soon as it is picked.
  await page.locator('.js-photo-item.photo-ready:visible').nth(2).waitFor();

  await app.host.close();
  await page.locator('.js-submit:visible').click();
  await page.locator('.js-outbox-link:visible').waitFor();
  await page.locator('.js-outbox-link:visible').click();
  await waitForText(stateOf(page), '排队中');
  await screenshot(page, 'outbox-1-queued');
  await page.waitForTimeout(1500); // a retry or two fail against the stopped host
  await waitForText(stateOf(page), '排队中');

  await app.restartHost();
  // The app is opened again: the item (from local storage) and its photos (IndexedDB) are still there, and the
  // outbox resumes at start instead of waiting out its backoff.
  await page.reload();
  await page.locator('.js-outbox-item:visible', { hasText: title }).waitFor();
  await waitForText(stateOf(page), '已提交');
  await screenshot(page, 'outbox-2-submitted');

  const client = new Client(app.host.url);
  const token = dataOf(await client.login('reporter1')).token as string;
  const mine = dataOf(await client.call(token, 'leads', 'mine', { limit: 50 }));
  const ours = (mine.items as { title: string; photos: unknown[] }[]).filter((l) => l.title === title);
  expect(ours).toHaveLength(1);
  expect(ours[0]!.photos).toHaveLength(3);

  // Acknowledged: the local copies are gone from IndexedDB.
  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('xiangxun-outbox', 1);
        open.onsuccess = () => {
          const count = open.result.transaction('photos').objectStore('photos').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(kept).toBe(0);
  await page.context().close();
});
