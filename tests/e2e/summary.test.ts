// End to end on the built H5 app: the editor's dashboard shows the server's figures and draws its charts, the
// summary draft states the provincial figure, and the Word export downloads a real .docx.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { demoYear } from '../../cloudfunctions/adapters/local/demo';
import { periodLabel, periodQuery, type Period } from '@/stats/lib/period';
import { parseShown } from '@/stats/lib/format';
import { TEST_EPOCH } from '../support/clock';
import { Client, dataOf } from '../support/http';
import { screenshot } from './chromium';
import { useH5App, typeInto } from './h5App';
import { eventually } from '../support/eventually';

jest.setTimeout(180_000);

const app = useH5App();
// The demo's own twelve months, seeded from the host's clock (it starts at the tests' date): the dashboard is opened
// on the demo's period, as a link with a period would open it.
const demo = demoYear(TEST_EPOCH);
const period: Period = { kind: 'custom', from: demo.from, to: demo.to };

async function editorPage(width: number, height: number, deviceScaleFactor = 2): Promise<Page> {
  const page = await app.open({ viewport: { width, height }, deviceScaleFactor, acceptDownloads: true });
  await app.login(page, 'editor');
  await page.locator('.js-queue-link:visible').waitFor();
  await page.goto(`${app.host.url}/#/stats/pages/dashboard/index?${periodQuery(period)}`);
  await page.locator('.js-dashboard-ready:visible').waitFor({ timeout: 30_000 });
  return page;
}

/** Non-transparent pixels on the chart's canvas, once ECharts' entry animation has had time to finish. */
async function paintedPixels(page: Page, card: string): Promise<number> {
  const canvas = page.locator(`.js-chart-${card}:visible canvas`).first();
  await canvas.waitFor();
  await page.waitForTimeout(1500);
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

it('the dashboard shows the figures of stats.summary for the same period, and draws its charts', async () => {
  const client = new Client(app.host.url);
  const token = await client.token('editor');
  const summary = dataOf(await client.call(token, 'stats', 'summary', { from: period.from, to: period.to }));
  const f = summary.figures;
  expect(f.leadsSubmitted).toBeGreaterThan(0);

  const page = await editorPage(390, 844);
  const shown = async (name: string) =>
    parseShown((await page.locator(`.js-figure-${name}:visible .js-figure-value`).textContent()) ?? '');
  const expected: Record<string, number> = {
    leadsSubmitted: f.leadsSubmitted,
    leadsAccepted: f.leadsAccepted,
    adoptionRate: f.adoptionRate,
    publicationsTotal: f.publicationsTotal,
    'publications-national': f.publicationsByLevel.national,
    'publications-provincial': f.publicationsByLevel.provincial,
    'publications-municipal': f.publicationsByLevel.municipal,
    'publications-county': f.publicationsByLevel.county,
    profiles: f.articlesByKind.profile,
    activeReporters: f.activeReporters,
    trainings: f.trainings,
    unitsWithoutPlatform: f.unitsWithoutPlatform.count,
  };
  for (const [name, value] of Object.entries(expected)) {
    expect([name, await shown(name)]).toEqual([name, value]);
  }
  expect(await page.locator('.js-period-label:visible').textContent()).toBe(periodLabel(period));

  // The monthly chart really drew: a canvas of 350 × 240 CSS pixels at 2× has ~336,000 pixels; bars and axes cover thousands.
  expect(await paintedPixels(page, 'months')).toBeGreaterThan(5000);
  expect(await paintedPixels(page, 'levels')).toBeGreaterThan(5000);
  await screenshot(page, 'summary-1-dashboard-phone');

  // A PC screen tall enough to show the figures and the charts together (Taro scrolls inside the page, not the window).
  const desk = await editorPage(1280, 1600, 1);
  expect(await paintedPixels(desk, 'units')).toBeGreaterThan(5000);
  await screenshot(desk, 'summary-2-dashboard-desk');
  await desk.context().close();
  await page.context().close();
});

it('the summary draft states the provincial figure, and 导出Word downloads a .docx', async () => {
  const page = await editorPage(1280, 900);
  await page.locator('.js-nav-summary:visible').click();
  const draft = page.locator('textarea.js-draft:visible');
  await draft.waitFor();
  expect(
    await eventually(
      () => draft.inputValue(),
      (t) => t.includes('省级媒体'),
    ),
  ).toContain('省级媒体');
  await screenshot(page, 'summary-3-draft');

  await page.locator('.js-export-docx:visible').click();
  const link = page.locator('.js-download-docx:visible');
  await link.waitFor({ timeout: 60_000 });
  // The signed link must serve the file (a 403/404 would only show up as a "canceled" download).
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/files\/.+\?exp=\d+&sig=/);
  expect((await fetch(`${app.host.url}${href}`)).status).toBe(200);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await screenshot(page, 'summary-4-exported');
  await page.context().close();
});

it('an edit to the summary is saved by itself (已保存) and is there after a reload', async () => {
  const page = await editorPage(1280, 900);
  await page.locator('.js-nav-summary:visible').click();
  const plans = page.locator('.js-section-plans:visible textarea');
  await plans.waitFor();
  const mark = `（五）浏览器里写下的新思路${Date.now()}。`;
  await typeInto(plans, `${await plans.inputValue()}\n${mark}`);
  const state = page.locator('.js-save-state:visible');
  await page.waitForFunction(() => document.querySelector('.js-save-state')?.textContent === '已保存', undefined, {
    timeout: 15_000,
  });
  expect(await state.textContent()).toBe('已保存');
  await page.reload();
  await plans.waitFor();
  expect(
    await eventually(
      () => plans.inputValue(),
      (t) => t.includes(mark),
    ),
  ).toContain(mark);
  await screenshot(page, 'summary-5-saved');
  await page.context().close();
});

it('what is typed in one part while another part is being regenerated is kept', async () => {
  const page = await editorPage(1280, 900);
  await page.locator('.js-nav-summary:visible').click();
  const problems = page.locator('.js-section-problems:visible textarea');
  await problems.waitFor();
  // The regenerated part is held back until the editor has typed elsewhere (a slow network, made certain).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/fn/stats', async (route) => {
    if ((route.request().postDataJSON() as { regenerate?: string } | null)?.regenerate) await held;
    await route.continue();
  });
  const plans = page.locator('.js-section-plans:visible textarea');
  const old = `（五）待重新起草的旧思路${Date.now()}。`;
  await typeInto(plans, `${await plans.inputValue()}\n${old}`);
  await page.locator('.js-regenerate-plans:visible').click();
  await page.locator('.taro-modal__content:visible').getByText('重新生成', { exact: true }).last().click();
  const mark = `（四）重新生成时写下的问题${Date.now()}。`;
  await typeInto(problems, `${await problems.inputValue()}\n${mark}`);
  const regenerated = page.waitForResponse((r) => Boolean(r.request().postDataJSON()?.regenerate));
  release();
  await regenerated;
  // The button is enabled again once the answer is in the document (one render with it).
  await page.locator('.js-regenerate-plans:visible:not(.xx-btn--disabled)').waitFor();
  expect(await problems.inputValue()).toContain(mark);
  // …and the regenerated part did arrive: the old text of 工作思路 is replaced by the server's draft.
  expect(await plans.inputValue()).not.toContain(old);
  expect(await plans.inputValue()).toMatch(/^\S/);
  await page.context().close();
});
