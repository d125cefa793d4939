// Issue 10, item 7 in the browser: the admin's account list shows phones masked; the full number appears only in
// the edit form of one account.
import { expectText, useH5App } from './h5App';

jest.setTimeout(120_000);

const app = useH5App();

it('the account list masks phones, 编辑 shows the full one', async () => {
  const page = await app.open();
  await app.login(page, 'admin');
  // The login's own move to the home page must land before ours, or it would replace the accounts page.
  await page.waitForFunction(() => location.hash.includes('pages/index/index'));
  await page.goto(`${app.host.url}/#/admin/pages/accounts/index`);
  const zhang = page.locator('.js-account:visible', { hasText: '张伟' });
  await expectText(zhang, '139****2001');
  expect(await page.locator('.js-account:visible').allTextContents()).not.toContainEqual(
    expect.stringMatching(/1\d{10}/),
  );

  await zhang.locator('.js-edit-account').click();
  const phone = page.locator(
    '.js-account-form:visible input.js-account-phone, .js-account-form:visible .js-account-phone input',
  );
  await expectText(page.locator('.js-account-form:visible .card-title'), '编辑账号');
  expect(await phone.first().inputValue()).toBe('13900002001');
});
