// Throughput against the stack's own floor: 50 connections on leads.submit and on the first leads.queue page through
// the host, side by side with a bare Fastify + better-sqlite3 route doing the same insert or indexed read on the same
// schema. Host and floor each run in a child process of their own; autocannon loads them from this one.
// Budget (docs/benchmarks.md): host req/s ≥ 0.5× the floor's and host p99 ≤ 2× the floor's. Exits 1 over budget.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { LocalStore } from '../cloudfunctions/adapters/local/store';
import { seedDemoIfEmpty } from '../cloudfunctions/adapters/local/demo';
import { bundleHost, HostProcess } from '../tests/faults/hostProcess';
import { freePort } from '../tests/support/freePort';
import { Client } from '../tests/support/http';
import { addPendingLeads } from './bulkLeads';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PENDING = Number(process.env.BENCH_LEADS ?? 20_000);
const MIN_RATIO = 0.5;
const MAX_P99_RATIO = 2;
/** `BENCH_ROUTES=queue` (or `submit`) loads one pair only; `BENCH_CPU_PROF=dir` writes the host's --cpu-prof there. */
const ROUTES = (process.env.BENCH_ROUTES ?? 'submit,queue').split(',');
const CPU_PROF = process.env.BENCH_CPU_PROF;

async function prepared(dir: string): Promise<void> {
  const store = LocalStore.open(dir);
  await seedDemoIfEmpty(store, new Date());
  store.close();
  await addPendingLeads(dir, PENDING, new Date());
}

function startBare(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'bareServer.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') });
    });
  });
}

const lead = () => ({
  clientId: randomUUID(),
  title: '压测线索：村里修好了便民桥',
  body: '今天上午便民桥完成维修。',
  category: '党建引领',
});

function load(url: string, body: () => object, headers: Record<string, string> = {}): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
      },
    ],
  });
}

/** Bytes per response, headers included: a page's JSON size against the floor's. */
const bytesEach = (r: Result) => Math.round(r.throughput.total / Math.max(1, r.requests.total));

const row = (name: string, r: Result) =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms` +
  `  p99 ${String(r.latency.p99).padStart(4)} ms  ${String(bytesEach(r)).padStart(6)} B/response` +
  `  errors ${r.errors + r.non2xx + r.timeouts}`;

async function main(): Promise<number> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-throughput-'));
  const hostDir = path.join(root, 'host');
  const bareDir = path.join(root, 'bare');
  await prepared(hostDir);
  await prepared(bareDir);
  const profile = CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : [];
  const host = new HostProcess(await bundleHost(root), hostDir, await freePort(), true, profile);
  await host.start();
  const bare = await startBare(bareDir);
  const failures: string[] = [];
  try {
    const client = new Client(host.url);
    const reporter = await client.token('reporter1');
    const editor = await client.token('editor');
    const pairs: [string, Result, Result][] = [];
    let reference: Result | null = null;
    if (ROUTES.includes('submit')) {
      const hostSubmit = await load(`${host.url}/api/fn/leads`, () => ({ ...lead(), action: 'submit' }), {
        authorization: `Bearer ${reporter}`,
      });
      const bareSubmit = await load(`${bare.url}/bare/submit`, lead);
      pairs.push(['leads.submit', hostSubmit, bareSubmit]);
    }
    if (ROUTES.includes('queue')) {
      const hostQueue = await load(`${host.url}/api/fn/leads`, () => ({ action: 'queue' }), {
        authorization: `Bearer ${editor}`,
      });
      const bareQueue = await load(`${bare.url}/bare/queue`, () => ({}));
      pairs.push(['leads.queue first page', hostQueue, bareQueue]);
      reference = await load(`${bare.url}/bare/rows`, () => ({}));
    }

    console.log(`throughput: ${CONNECTIONS} connections, ${SECONDS} s each, ${PENDING} pending leads\n`);
    for (const [name, h, b] of pairs) {
      console.log(row(`${name} (host)`, h));
      console.log(row(`${name} (bare floor)`, b));
      const ratio = h.requests.average / b.requests.average;
      const p99 = h.latency.p99 / Math.max(1, b.latency.p99);
      console.log(
        `  → ${ratio.toFixed(2)}× the floor's req/s (budget ≥ ${MIN_RATIO}),` +
          ` p99 ${p99.toFixed(2)}× (budget ≤ ${MAX_P99_RATIO})\n`,
      );
      if (ratio < MIN_RATIO) failures.push(`${name}: ${ratio.toFixed(2)}× req/s < ${MIN_RATIO}×`);
      if (p99 > MAX_P99_RATIO) failures.push(`${name}: p99 ${p99.toFixed(2)}× > ${MAX_P99_RATIO}×`);
      if (h.errors + h.non2xx + h.timeouts > 0)
        failures.push(`${name}: ${h.errors + h.non2xx + h.timeouts} failed requests`);
    }
    // The earlier floor: 21 raw rows as objects, no names or articles; for comparison, not budgeted.
    if (reference) console.log(row('queue raw rows (old floor, reference)', reference));
  } finally {
    bare.stop();
    await host.stop();
    host.removeStatic();
    fs.rmSync(root, { recursive: true, force: true });
  }
  if (failures.length) console.error(`over budget:\n  ${failures.join('\n  ')}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
