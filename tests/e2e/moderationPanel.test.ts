// End to end on the built H5 app: a lead caught by the township's moderation words reaches the queue marked for
// review; the editor sees in 内容审核 what caught it and 放行文字 clears it, at a phone and a desktop size.
import type { Page } from 'playwright-core';
import { Client, dataOf } from '../support/http';
import { leadPayload } from '../support/leads';
import { screenshot } from './chromium';
import { expectText, PHONE, useH5App } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

async function flaggedLead(word: string): Promise<{ id: string; title: string }> {
  const client = new Client(app.host.url);
  const admin = await client.token('admin');
  const words = dataOf(await client.call(admin, 'accounts', 'me', {})).moderationWords as string[];
  dataOf(await client.call(admin, 'accounts', 'saveTownship', { moderationWords: [...words, word] }));
  const title = `村口发现${word}广告牌`;
  const lead = dataOf(await client.call(await client.token('reporter1'), 'leads', 'submit', leadPayload({ title })));
  return { id: lead.id, title };
}

async function clearText(page: Page, word: string, shot: string): Promise<void> {
  const panel = page.locator('.js-moderation-panel:visible');
  await expectText(panel.locator('.js-moderation-text'), `含敏感词“${word}”`);
  await screenshot(page, shot);
  await panel.locator('.js-moderation-clear-text').click();
  await panel.waitFor({ state: 'detached' });
}

it.each([
  ['desktop', { viewport: { width: 1366, height: 900 } }, '赌场'],
  ['phone', PHONE, '赌局'],
])('on the %s, the editor sees what caught a lead and clears its text', async (size, options, word) => {
  const lead = await flaggedLead(word);
  const page = await app.open(options);
  await app.login(page, 'editor');
  await page.locator('.js-queue-link:visible').click();
  await page.locator('.js-queue-item:visible', { hasText: lead.title }).click();
  await clearText(page, word, `moderation-panel-${size}`);

  const client = new Client(app.host.url);
  const stored = dataOf(await client.call(await client.token('editor'), 'leads', 'get', { id: lead.id }));
  expect(stored.moderation).toEqual({ state: 'pass', reasons: [] });
});
