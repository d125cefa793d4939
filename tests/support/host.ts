// Starts the real local host on a fresh temporary DATA_DIR (port 0) for one suite, and cleans up after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../../cloudfunctions/host/server';
import { loadKeys, type HostKeys } from '../../cloudfunctions/host/secret';
import type { Clock } from '../../cloudfunctions/core/ports';
import { runningClockFrom } from './clock';

export interface TestHost extends RunningHost {
  dataDir: string;
  /** The host's clock: a fixed date unless the test passed its own (see support/clock.ts). */
  clock: Clock;
  /** The host's signing keys, read the way the host reads them, for forging expired tokens and URLs. */
  keys(): HostKeys;
  /** Stops the host but keeps DATA_DIR, then starts a new host on it. */
  restart(options?: Partial<HostOptions>): Promise<TestHost>;
  /** Stops the host and deletes DATA_DIR. */
  destroy(): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-test-'));
}

/** A static folder with a tiny index.html, so tests never depend on a real H5 build. */
export function makeStaticDir(dataDir: string): string {
  const dir = path.join(dataDir, '..', `${path.basename(dataDir)}-static`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>乡讯</title><div id="app"></div>');
  return dir;
}

export async function startTestHost(
  options: Partial<HostOptions> = {},
  ownStaticDir = options.staticDir === undefined,
): Promise<TestHost> {
  const dataDir = options.dataDir ?? makeDataDir();
  const staticDir = options.staticDir ?? makeStaticDir(dataDir);
  const clock = options.clock ?? runningClockFrom();
  const running = await startHost({ port: 0, demo: true, log: false, ...options, clock, dataDir, staticDir });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await running.close();
  };
  const host: TestHost = {
    ...running,
    close,
    dataDir,
    clock,
    keys: () => loadKeys(dataDir, options.tokenSecret ?? process.env.TOKEN_SECRET),
    restart: async (more = {}) => {
      await close();
      return startTestHost({ clock, ...options, ...more, dataDir, staticDir }, ownStaticDir);
    },
    destroy: async () => {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      // A static folder passed in (the real dist/h5 in e2e) belongs to the caller and stays.
      if (ownStaticDir) fs.rmSync(staticDir, { recursive: true, force: true });
    },
  };
  return host;
}
