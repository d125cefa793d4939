// Photos are compressed on the phone before they enter the outbox: a 4000×3000 JPEG leaves at most 1600 px on its
// long edge and at most 500 KB, in the real browser canvas path (headless Chromium).
import type { Browser, Page } from 'playwright-core';
import { fitLongEdge, MAX_PHOTO_BYTES } from '../../src/lib/photoBudget';
import { compressInPage, phonePhoto, prepareCompressor } from '../app/browserPhotos';
import { launchChromium } from './chromium';

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto('about:blank');
  await prepareCompressor(page);
});

afterAll(async () => {
  await browser?.close();
});

it('brings a 4000×3000 JPEG to 1600×1200 and under 500 KB', async () => {
  const original = await phonePhoto(1);
  expect(original.length).toBeGreaterThan(MAX_PHOTO_BYTES);
  const out = await compressInPage(page, original);
  expect({ width: out.width, height: out.height }).toEqual(fitLongEdge(4000, 3000));
  expect(out.bytes).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
  expect(out.type).toBe('image/jpeg');
});

it('keeps a portrait photo upright-sized: 3000×4000 becomes 1200×1600', async () => {
  const out = await compressInPage(page, await phonePhoto(2, 3000, 4000));
  expect({ width: out.width, height: out.height }).toEqual({ width: 1200, height: 1600 });
  expect(out.bytes).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
});
