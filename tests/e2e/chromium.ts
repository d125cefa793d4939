// Finds and launches Debian's Chromium for the end-to-end tests (Playwright cannot download its own browser here).
// Playwright gives every launch a fresh temporary profile of its own.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `没有找到 Chromium（查找过：${candidates.join(', ')}）。请安装：apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。`,
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'e2e');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Let the H5 router's page-slide animation and any toast settle, so the picture shows the page at rest.
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
