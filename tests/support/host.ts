// Starts the real local host on a fresh temporary DATA_DIR (port 0) for one suite, and cleans up after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../cloudfunctions/adapters/local/db';
import { startHost, type HostOptions, type RunningHost } from '../../cloudfunctions/host/server';
import { loadKeys, type HostKeys } from '../../cloudfunctions/host/secret';
import type { Clock } from '../../cloudfunctions/core/ports';
import { runningClockFrom } from './clock';
import { Client } from './http';

export interface TestHost extends RunningHost {
  dataDir: string;
  /** The host's clock: a fixed date unless the test passed its own (see support/clock.ts). */
  clock: Clock;
  /** The host's signing keys, read the way the host reads them, for forging expired tokens and URLs. */
  keys(): HostKeys;
  /** Rows of a query on the host's database, opened read-only beside the host (for what no action shows). */
  query<T>(sql: string, ...params: unknown[]): T[];
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
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>乡讯</title><div id="app"></div>',
  );
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
    query: <T>(sql: string, ...params: unknown[]) => {
      const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
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

export interface HostSuite<User extends string> {
  /** The running host (only inside tests and hooks: it starts in beforeAll). */
  readonly host: TestHost;
  /** A client of the suite's host, usable in code written before the host starts. */
  readonly client: Client;
  /** One login token per username asked for, taken in beforeAll. */
  readonly tokens: Readonly<Record<User, string>>;
  /** Restarts the host on the same DATA_DIR; `host` and `client` follow it, the tokens stay valid. */
  restart(options?: Partial<HostOptions>): Promise<TestHost>;
}

/**
 * The usual suite setup: a host of its own started in beforeAll (with `options`), a client, the demo accounts' tokens,
 * and the host destroyed in afterAll. `tokens` is typed by the usernames, so a misspelt one fails the type check.
 */
export function useTestHost<const User extends string = never>(
  options: Partial<HostOptions> & { tokens?: readonly User[] } = {},
): HostSuite<User> {
  const { tokens: usernames = [], ...hostOptions } = options;
  let host: TestHost | undefined;
  const tokens = {} as Record<User, string>;
  const started = (): TestHost => {
    if (!host) throw new Error('the test host starts in beforeAll: use it inside a test or a hook');
    return host;
  };
  const client = new Client(() => started().url);
  beforeAll(async () => {
    host = await startTestHost(hostOptions);
    const taken = await Promise.all(usernames.map((username) => client.token(username)));
    usernames.forEach((username, i) => (tokens[username] = taken[i]));
  });
  afterAll(() => host?.destroy());
  return {
    get host() {
      return started();
    },
    client,
    tokens,
    restart: async (more) => (host = await started().restart(more)),
  };
}
