// End to end on the built H5 app (DESIGN 4.5): a township started without the demo; its admin logs in with the
// one-time password, is asked for a new one, and lands on the home page logged in with it; with nothing set up yet,
// 新媒体月报 points the admin to where platforms are added.
import { Client } from '../support/http';
import { screenshot } from './chromium';
import { answerPrivacyGuide, expectText, PHONE, useH5App, typeInto } from './h5App';

jest.setTimeout(120_000);

const app = useH5App({ demo: false, townshipName: '青山镇' });

it('the first login with the one-time password asks for a new one, then goes home', async () => {
  const oneTime = app.host.initialAdmin?.password as string;
  const page = await app.open(PHONE);
  await page.goto(`${app.host.url}/`);
  await answerPrivacyGuide(page, 'agree');
  // Home needs a session: the login page offers no home button to go round in a circle with.
  await page.locator('input.js-username:visible').waitFor();
  await expectText(page.locator('.taro-navigation-bar-title'), '登录乡讯'); // the title bar has been drawn
  expect(await page.locator('body.xx-no-home').count()).toBe(1);
  expect(await page.locator('.taro-navigation-bar-home:visible').count()).toBe(0);
  await typeInto(page.locator('input.js-username:visible'), 'admin');
  await typeInto(page.locator('input.js-password:visible'), oneTime);
  await page.locator('.js-login:visible').click();

  await page.locator('.js-change-password:visible').waitFor();
  await typeInto(page.locator('input.js-new-password:visible'), 'qingshan-2026');
  await typeInto(page.locator('input.js-confirm-password:visible'), 'qingshan-2027');
  await page.locator('.js-change:visible').click();
  await expectText(page.locator('.js-problem-confirm'), '两次输入的新密码不一致');
  await screenshot(page, 'first-login-change-password');

  await typeInto(page.locator('input.js-confirm-password:visible'), 'qingshan-2026');
  await page.locator('.js-change:visible').click();
  await page.locator('.js-logout:visible').waitFor();

  const client = new Client(app.host.url);
  expect((await client.login('admin', oneTime)).status).toBe(401);
  expect((await client.login('admin', 'qingshan-2026')).status).toBe(200);

  // Nothing is set up yet: 新媒体月报 says there are no platforms and takes the admin to where they are added.
  await page.goto(`${app.host.url}/#/stats/pages/reach/index`);
  await expectText(page.locator('.js-empty:visible'), '还没有单位登记宣传平台');
  await page.locator('.taro-navigation-bar-home:visible').waitFor(); // opened by itself, it offers the way home
  await screenshot(page, 'reach-no-platforms');
  await page.locator('.js-reach-add-platforms:visible').click();
  await page.locator('.js-new-unit:visible').waitFor();
});
