// Issue 10, item 5 in the browser: on the admin's account form, 导出个人信息 downloads the person's JSON and
// 注销个人信息 says what it does before it erases them.
import fs from 'node:fs';
import { expectText, useH5App } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

it('the admin exports 张伟’s data as JSON, then erases them after a confirmation that explains it', async () => {
  const page = await app.open({ acceptDownloads: true });
  await app.login(page, 'admin');
  await page.waitForFunction(() => location.hash.includes('pages/index/index'));
  await page.goto(`${app.host.url}/#/admin/pages/accounts/index`);
  await page.locator('.js-account:visible', { hasText: '张伟' }).locator('.js-edit-account').click();
  const form = page.locator('.js-account-form:visible');
  await expectText(form.locator('.card-title'), '编辑账号');

  const [download] = await Promise.all([page.waitForEvent('download'), form.locator('.js-export-personal').click()]);
  expect(download.suggestedFilename()).toBe('个人信息.json');
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported.account).toMatchObject({ name: '张伟', phone: '13900002001' });
  expect(exported.leads.length).toBeGreaterThan(0);

  await form.locator('.js-erase-personal').click();
  const ask = page.locator('.taro-modal__content:visible');
  await expectText(ask, '已注销通讯员');
  await expectText(ask, '统计数字不变');
  await ask.getByText('注销', { exact: true }).click();
  await page.locator('.js-account:visible', { hasText: '已注销通讯员' }).waitFor();
  expect(await page.locator('.js-account:visible', { hasText: '张伟' }).count()).toBe(0);
});
