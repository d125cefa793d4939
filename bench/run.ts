// `npm run bench`: latencies of the local host over HTTP on a demo database grown to 20,000 pending leads,
// against the same list read by one hand-written SQL query. Prints figures and ratios; exits 1 over budget.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startHost } from '../cloudfunctions/host/server';
import { DEMO_TOWNSHIP_ID } from '../cloudfunctions/adapters/local/demo/people';
import { addPendingLeads } from './bulkLeads';
import { formatRow, measure } from './measure';

const EXTRA_LEADS = Number(process.env.BENCH_LEADS ?? 20_000);
/** p95 budgets in ms on this machine class (2 cores), stated in docs/benchmarks.md. */
const BUDGET = { login: 150, submit: 15, get: 10, queue: 15, mine: 15, review: 15, upload: 150 };

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'xiangxun-bench-'));
  const host = await startHost({ dataDir, port: 0, demo: true, log: false, staticDir: join(dataDir, 'none') });
  const failures: string[] = [];
  try {
    const t0 = Date.now();
    await addPendingLeads(dataDir, EXTRA_LEADS, new Date());
    console.log(`database: demo township + ${EXTRA_LEADS} pending leads (added in ${Date.now() - t0} ms)\n`);

    const post = async (path: string, body: unknown, token?: string) => {
      const res = await fetch(host.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { ok: boolean; data?: any; error?: { message: string } };
      if (!json.ok) throw new Error(`${path}: ${json.error?.message}`);
      return json.data;
    };
    const login = async (username: string) =>
      (await post('/api/login', { username, password: 'demo1234' })).token as string;
    const [reporter, editor] = [await login('reporter1'), await login('editor')];
    const submitted: string[] = [];
    // Gaussian noise compresses worse than any real photo: an upper bound for a phone's 1600 px JPEG.
    const photo = await sharp({
      create: {
        width: 1600,
        height: 1200,
        channels: 3,
        background: '#3a7',
        noise: { type: 'gaussian', mean: 128, sigma: 20 },
      },
    })
      .jpeg({ quality: 70 })
      .toBuffer();

    const rows = [
      [await measure('POST /api/login (scrypt)', 20, () => login('editor')), BUDGET.login],
      [
        await measure('leads.submit', 200, async (i) => {
          const lead = await post(
            '/api/fn/leads',
            { action: 'submit', clientId: randomUUID(), title: `测速线索${i}`, body: '内容', category: '其他' },
            reporter,
          );
          if (i >= 0) submitted.push(lead.id);
        }),
        BUDGET.submit,
      ],
      [
        await measure('leads.get', 300, (i) =>
          post('/api/fn/leads', { action: 'get', id: submitted[Math.abs(i) % submitted.length] }, reporter),
        ),
        BUDGET.get,
      ],
      [
        await measure(`leads.queue, 20 of ${EXTRA_LEADS}+ pending`, 200, () =>
          post('/api/fn/leads', { action: 'queue' }, editor),
        ),
        BUDGET.queue,
      ],
      [
        await measure('leads.mine, first page of 20', 200, () => post('/api/fn/leads', { action: 'mine' }, reporter)),
        BUDGET.mine,
      ],
      [
        await measure('leads.review accept', 150, (i) =>
          i >= 0
            ? post('/api/fn/leads', { action: 'review', id: submitted[i], decision: 'accept' }, editor)
            : post('/api/fn/leads', { action: 'queue', limit: 1 }, editor),
        ),
        BUDGET.review,
      ],
      [
        await measure(`POST /api/files, 1600×1200 JPEG ${(photo.length / 1024).toFixed(0)} KB`, 30, async () => {
          const form = new FormData();
          form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'p.jpg');
          const res = await fetch(`${host.url}/api/files`, {
            method: 'POST',
            headers: { authorization: `Bearer ${reporter}` },
            body: form,
          });
          if (!res.ok) throw new Error(`upload ${res.status}`);
          await res.arrayBuffer();
        }),
        BUDGET.upload,
      ],
    ] as const;
    for (const [summary, budget] of rows) {
      console.log(formatRow(summary, budget));
      if (summary.p95 > budget) failures.push(`${summary.name}: p95 ${summary.p95.toFixed(1)} ms > ${budget} ms`);
    }

    // The same first queue page, read by one hand-written SQL query on the same file: the floor to compare with.
    const db = new Database(join(dataDir, 'xiangxun.db'), { readonly: true });
    const sql = db.prepare(
      `SELECT * FROM leads WHERE township_id = ? AND status = 'submitted' ORDER BY urgent DESC, created_at ASC, id ASC LIMIT 21`,
    );
    const raw = await measure('raw SQL: first queue page', 200, () => sql.all(DEMO_TOWNSHIP_ID));
    db.close();
    const queueRow = rows[3][0];
    console.log(formatRow(raw));
    console.log(`\nratio leads.queue over HTTP / raw SQL (p50): ${(queueRow.p50 / raw.p50).toFixed(1)}×`);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`\nover budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nall latencies within budget');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
