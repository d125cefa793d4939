// The built H5 app on a real host with a fresh demo database, and a browser to drive it: one per e2e suite.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { DEFAULT_STATIC_DIR, type HostOptions } from '../../cloudfunctions/host/server';
import { startTestHost, type TestHost } from '../support/host';
import { launchChromium } from './chromium';
import { eventually } from '../support/eventually';

export interface H5App {
  readonly host: TestHost;
  readonly browser: Browser;
  /** A fresh browser context (its own storage, like another phone) with one page. */
  open(options?: BrowserContextOptions): Promise<Page>;
  /** Logs in through the login page with the demo password and waits for the home page. */
  login(page: Page, username: string): Promise<void>;
  /** Stops the host and starts it again on the same data (and port, when the suite fixed one). */
  restartHost(): Promise<TestHost>;
}

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };

/** Registers beforeAll/afterAll that start the host on dist/h5 and Chromium, and stop both. */
export function useH5App(hostOptions: Partial<HostOptions> | (() => Promise<Partial<HostOptions>>) = {}): H5App {
  let host: TestHost | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(join(DEFAULT_STATIC_DIR, 'index.html'))) {
      throw new Error('没有找到 H5 构建（dist/h5/index.html）：请先运行 npm run build:h5');
    }
    const more = typeof hostOptions === 'function' ? await hostOptions() : hostOptions;
    // The host runs on the tests' own date (support/clock.ts), not the calendar's: on the first of a month the
    // demo's queue is not the queue of the fifteenth, and a suite must not pass on one day and fail on the next.
    host = await startTestHost({ staticDir: DEFAULT_STATIC_DIR, ...more });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.destroy();
  });

  const app: H5App = {
    get host() {
      if (!host) throw new Error('the host is not started yet (use it inside a test)');
      return host;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet (use it inside a test)');
      return browser;
    },
    async open(options = PHONE) {
      const context = await app.browser.newContext({ locale: 'zh-CN', ...options });
      // The page's clock starts at the host's instant and runs on from there at real speed (timers fire as usual),
      // so its "today", its 刚刚 and its period defaults are the host's.
      await context.clock.install({ time: app.host.clock.now() });
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error('page error:', err.message));
      return page;
    },
    async restartHost() {
      host = await app.host.restart();
      return host;
    },
    async login(page, username) {
      await page.goto(`${app.host.url}/`);
      await answerPrivacyGuide(page, 'agree');
      await typeInto(page.locator('input.js-username:visible'), username);
      await typeInto(page.locator('input.js-password:visible'), 'demo1234');
      await page.locator('.js-login:visible').click();
      // Landed: the home page shows 退出登录 for every role (a test then goes on from a settled page).
      await page.locator('.js-logout:visible').waitFor();
    },
  };
  return app;
}

/**
 * A device that has not answered the privacy guide sees it before the login form: answers it when it shows (and
 * does nothing on a device that already answered).
 */
export async function answerPrivacyGuide(page: Page, answer: 'agree' | 'decline'): Promise<void> {
  await page.locator('input.js-username:visible, .js-privacy:visible').first().waitFor();
  const guide = page.locator(`.js-privacy-${answer}:visible`);
  if ((await guide.count()) > 0) await guide.click();
}

/** Waits up to 15 s for the first element of `locator` to contain `text`, then asserts it. */
export async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  const seen = await eventually(
    async () => (await locator.first().textContent({ timeout: 15_000 })) ?? '',
    (s) => s.includes(text),
  );
  expect(seen).toContain(text);
}

/**
 * A tap at the element's centre. Playwright's actionability check takes Taro's pull-to-refresh wrapper for an
 * overlay (the element under the point is the button itself), so the tap goes through the mouse, as a finger's would.
 */
export async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Types into a field once the Taro components around it have rendered. Taro's H5 components (taro-view-core …) are
 * web components that render a moment after React mounts them and move their children as they do: text a robot
 * types within that moment goes to a detached input and React puts the field back to empty (measured: 7 of 20 fills
 * made at once after 登记刊发 opened its form were lost, none of 20 made after this wait). A person cannot type that
 * fast; the tests wait as a person would.
 */
export async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.evaluate(async (el) => {
    const rendering: Promise<unknown>[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) {
      const ready = (n as Element & { componentOnReady?: () => Promise<unknown> }).componentOnReady;
      if (ready) rendering.push(ready.call(n));
    }
    await Promise.all(rendering);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  });
  await locator.fill(text);
}
