// npm run test:faults — 20 reporters, each with the app's real outbox, send FAULTS_LEADS leads (default 500) with
// 1–3 photos to the local host while it is SIGKILLed at three random moments and restarted on the same DATA_DIR.
// Afterwards: exactly one lead per clientId, every photo on disk and decodable, no orphan file, integrity_check ok.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { DEMO_PASSWORD, DEMO_TOWNSHIP, DEMO_UNITS } from '../../cloudfunctions/adapters/local/demo/people';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { scryptPasswords } from '../../cloudfunctions/shared/passwords';
import { bundleHost, HostProcess } from './hostProcess';
import { freePort } from '../support/freePort';
import { Client } from '../support/http';
import { inFlight, Reporter } from './reporter';
import { verify } from './verify';

const LEADS = Number(process.env.FAULTS_LEADS ?? 500);
const REPORTERS = 20;
const KILLS = 3;
// A bound on a stuck run, not a timing assertion: on a quiet 2-core machine the run takes about 60 s, but a lead
// that met the last kill may sit out a full backoff (up to 60 s) and a loaded machine stretches everything.
// A stuck run prints each waiting lead's state and the requests still unanswered (FAULTS_DEADLINE_MS shortens it).
const DEADLINE_MS = Number(process.env.FAULTS_DEADLINE_MS ?? 360_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const usernameOf = (n: number) => `fault${String(n).padStart(2, '0')}`;

/** A township with REPORTERS reporter accounts, written before the host first starts (the host runs with DEMO=0). */
async function seedPeople(dataDir: string): Promise<void> {
  const store = LocalStore.open(dataDir);
  try {
    store.insertTownship(DEMO_TOWNSHIP);
    DEMO_UNITS.forEach((u, i) => store.insertUnit(u, i));
    const passwordHash = await scryptPasswords.hashPassword(DEMO_PASSWORD);
    for (let n = 1; n <= REPORTERS; n++) {
      await store.insertAccount({
        id: `a_${usernameOf(n)}`,
        townshipId: DEMO_TOWNSHIP.id,
        unitId: DEMO_UNITS[n % DEMO_UNITS.length]!.id,
        role: 'reporter',
        name: `通讯员${n}`,
        phone: null,
        username: usernameOf(n),
        passwordHash,
        openid: null,
        active: true,
        createdAt: new Date().toISOString(),
      });
    }
  } finally {
    store.close();
  }
}

/** A small photo of its own colour, so every stored file is a distinct, checkable JPEG. */
const photo = () =>
  sharp({ create: { width: 160, height: 120, channels: 3, background: `#${crypto.randomBytes(3).toString('hex')}` } })
    .jpeg()
    .toBuffer();

async function main(): Promise<number> {
  const started = Date.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-faults-'));
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);
  await seedPeople(dataDir);
  const host = new HostProcess(await bundleHost(root), dataDir, await freePort());
  await host.start();
  const reporters: Reporter[] = [];
  try {
    const client = new Client(host.url);
    for (let n = 1; n <= REPORTERS; n++) reporters.push(new Reporter(host.url, await client.token(usernameOf(n))));

    // The kills land when the server has acknowledged these many leads: random moments spread over the run.
    const killAt = Array.from({ length: KILLS }, () => Math.floor(LEADS * (0.1 + 0.8 * Math.random()))).sort(
      (a, b) => a - b,
    );
    const acknowledged = () =>
      reporters.reduce((n, r) => n + r.outbox.list().filter((i) => i.state === 'submitted').length, 0);
    const pending = () => reporters.reduce((n, r) => n + r.pending(), 0);

    const sending = (async () => {
      for (let i = 0; i < LEADS; i++) {
        const photos = await Promise.all(Array.from({ length: 1 + (i % 3) }, photo));
        reporters[i % REPORTERS]!.send(crypto.randomUUID(), `断电测试线索${i + 1}`, photos);
        if (i % REPORTERS === REPORTERS - 1) await sleep(20 + Math.random() * 80);
      }
    })();

    let kills = 0;
    const downtimes: number[] = [];
    while (Date.now() - started < DEADLINE_MS) {
      await sleep(25);
      if (kills < KILLS && acknowledged() >= killAt[kills]!) {
        await host.kill();
        kills += 1;
        const down = Date.now();
        await sleep(Math.random() * 500);
        await host.start();
        downtimes.push(Date.now() - down);
        console.log(
          `faults: SIGKILL ${kills} at ${killAt[kills - 1]} acknowledged, back after ${Date.now() - down} ms`,
        );
      }
      const failed = reporters.flatMap((r) => r.failed());
      if (failed.length > 0) throw new Error(`leads given up by the outbox: ${failed.slice(0, 5).join('; ')}`);
      if (kills === KILLS && pending() === 0 && acknowledged() === LEADS) break;
    }
    await sending;
    if (pending() > 0 || kills < KILLS) {
      const stuck = reporters.flatMap((r) => r.outbox.list().filter((i) => i.state !== 'submitted'));
      const now = Date.now();
      const states = stuck
        .slice(0, 5)
        .map(
          (i) =>
            `${i.clientId} ${i.state}, ${i.attempts} attempts, ${i.photos.filter((p) => p.fileID).length}/${i.photoCount} photos stored, ` +
            `next attempt in ${i.nextAttemptAt - now} ms, last change ${now - i.updatedAt} ms ago, reason ${i.reason ?? '-'}`,
        );
      const waiting = [...inFlight.values()].map((r) => `${r.url} for ${now - r.since} ms`);
      throw new Error(
        `deadline: ${pending()} leads still pending after ${kills} kills: ${states.join('; ')}; ` +
          `${waiting.length} requests unanswered${waiting.length ? `: ${waiting.slice(0, 5).join('; ')}` : ''}`,
      );
    }
    const sendSeconds = (Date.now() - started) / 1000;
    reporters.forEach((r) => r.stop());
    await host.stop();

    const expected = new Map(reporters.flatMap((r) => [...r.expected]));
    const { checks, counts } = await verify(dataDir, { leads: expected });
    for (const c of checks) console.log(`faults: ${c.ok ? 'ok  ' : 'FAIL'} ${c.name} (${c.detail})`);
    const failedChecks = checks.filter((c) => !c.ok).length;
    console.log(
      `faults: ${counts.leads} leads, ${counts.photos} photos, ${counts.files} files ` +
        `from ${REPORTERS} reporters through ${kills} SIGKILLs in ${sendSeconds.toFixed(1)} s (total ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`faults: ${checks.length - failedChecks} passed, ${failedChecks} failed`);
    return failedChecks === 0 ? 0 : 1;
  } finally {
    reporters.forEach((r) => r.stop());
    await host.kill();
    host.removeStatic();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('faults: 0 passed, 1 failed —', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
