// Issue 10, item 4 in the browser at a phone's size: a new reporter says 不同意 to the privacy guide, is asked again
// when tapping 添加照片 and says no again (no file dialog opens), and still sends a text-only lead that arrives.
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { expectText, PHONE, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();
const title = `西岭村文化礼堂开讲${Date.now() % 10000}`;

it('a reporter who declines the privacy guide still sends a text-only lead', async () => {
  const page = await app.open(PHONE);
  let fileDialogs = 0;
  page.on('filechooser', () => void fileDialogs++);

  await page.goto(`${app.host.url}/`);
  const guide = page.locator('.js-privacy:visible');
  await expectText(guide, '手机号');
  await screenshot(page, 'privacy-1-guide');
  await page.locator('.js-privacy-decline:visible').click();
  await page.locator('input.js-username:visible').waitFor();

  await app.login(page, 'reporter1'); // the guide is not shown again on this device
  await page.locator('.js-new-lead:visible').click();
  await typeInto(page.locator('input.js-title:visible'), title);
  await typeInto(
    page.locator('textarea.js-body:visible'),
    '今晚七点，西岭村文化礼堂开讲“村规民约”，六十多位村民到场，讲完还演了一段快板。',
  );
  await page.locator('.js-category:visible', { hasText: '文明实践' }).click();

  await page.locator('.js-add-photo:visible').click();
  const ask = page.locator('.taro-modal__content:visible');
  await expectText(ask, '隐私保护指引');
  await screenshot(page, 'privacy-2-asked-again');
  await ask.getByText('不同意', { exact: true }).click();
  await ask.waitFor({ state: 'hidden' });
  expect(fileDialogs).toBe(0);
  expect(await page.locator('.js-photo-item').count()).toBe(0);

  await page.locator('.js-submit:visible').click();
  const mine = page.locator('.js-lead-item:visible', { hasText: title });
  await mine.waitFor();
  await expectText(mine.locator('.js-status'), '待审核');

  const client = new Client(app.host.url);
  const editor = dataOf(await client.login('editor')).token as string;
  const queue = dataOf(await client.call(editor, 'leads', 'queue', { limit: 50 }));
  const ours = (queue.items as { title: string; photos: unknown[] }[]).filter((l) => l.title === title);
  expect(ours).toHaveLength(1);
  expect(ours[0]!.photos).toEqual([]);
});

it('after a no at the start, 同意 when adding a photo opens the file dialog and is not asked again', async () => {
  const page = await app.open(PHONE);
  await page.goto(`${app.host.url}/`);
  await page.locator('.js-privacy-decline:visible').click();
  await app.login(page, 'reporter2');
  await page.locator('.js-new-lead:visible').click();

  await page.locator('.js-add-photo:visible').click();
  const ask = page.locator('.taro-modal__content:visible');
  const chooser = page.waitForEvent('filechooser');
  await ask.getByText('同意', { exact: true }).click();
  await chooser; // the tap on 同意 carries on to the file dialog

  const again = page.waitForEvent('filechooser');
  await page.locator('.js-add-photo:visible').click();
  await again;
  expect(await ask.count()).toBe(0);
});
