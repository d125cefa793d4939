// For scripts outside jest (benchmarks, README screenshots): the host on a throwaway demo database plus Chromium,
// handed to `work` and torn down afterwards whatever happens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHost, type HostOptions, type RunningHost } from '../../cloudfunctions/host/server';
import { launchChromium } from './chromium';

export async function withDemoHostAndBrowser<T>(
  work: (host: RunningHost, browser: Browser) => Promise<T>,
  options: Partial<HostOptions> = {},
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiangxun-demo-'));
  const host = await startHost({ dataDir, port: 0, demo: true, log: false, ...options });
  try {
    const browser = await launchChromium();
    try {
      return await work(host, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs a script's main and exits 1 with its error. */
export function runScript(main: () => Promise<unknown>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
