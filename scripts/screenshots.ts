// `npm run screenshots`: starts the host on a temporary demo database and photographs the main screens of the
// H5 build for the README (docs/screenshots/). Needs `npm run build:h5` first and Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runScript, withDemoHostAndBrowser } from '../tests/e2e/demoSession';
import { answerPrivacyGuide } from '../tests/e2e/h5App';

const OUT = join(__dirname, '..', 'docs', 'screenshots');

async function phone(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 1.5,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(url);
  await answerPrivacyGuide(page, 'agree');
  await page.locator('input.js-username:visible').fill(username);
  await page.locator('input.js-password:visible').fill('demo1234');
  await page.locator('.js-login:visible').click();
  return page;
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  await withDemoHostAndBrowser(async (host, browser) => {
    const login = await (
      await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1.5 })
    ).newPage();
    await login.goto(host.url);
    await shoot(login, 'login');

    const reporter = await phone(browser, host.url, 'reporter1');
    await reporter.locator('.js-new-lead:visible').waitFor();
    await shoot(reporter, 'reporter-home');
    await reporter.locator('.js-mine-link:visible').click();
    await reporter.locator('.js-lead-item:visible').first().waitFor();
    await shoot(reporter, 'reporter-mine');
    await reporter.locator('.js-lead-item:visible').first().click();
    await shoot(reporter, 'reporter-lead');

    const editor = await phone(browser, host.url, 'editor');
    await editor.locator('.js-queue-link:visible').click();
    await editor.locator('.js-queue-item:visible').first().waitFor();
    await shoot(editor, 'editor-queue');
    await editor.locator('.js-queue-item:visible').first().click();
    await editor.locator('.js-accept:visible').waitFor();
    await shoot(editor, 'editor-review');
  });
}

runScript(main);
