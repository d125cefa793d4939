// The floor for `npm run bench`'s throughput: bare Fastify + better-sqlite3 on the host's own database file (same
// schema, indexes and triggers; WAL, synchronous=FULL), inserting the row leads.submit inserts and reading the first
// queue page by its index, with nothing else: no token, no validation, no audit line, no presentation.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const dataDir = process.argv[2]!;
const db = new Database(path.join(dataDir, 'xiangxun.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

const insert = db.prepare(
  `INSERT INTO leads (id, township_id, unit_id, author_id, client_id, title, body, category, occurred_at, place, photos,
     urgent, status, history, replies, merged_into, highlight_section, created_at, updated_at, version)
   VALUES (@id, 't_demo', 'u_qingshi', 'a_reporter1', @clientId, @title, @body, @category, NULL, NULL, '[]', 0,
     'submitted', '[]', '[]', NULL, NULL, @at, @at, 1)`,
);
const queue = db.prepare(
  `SELECT * FROM leads WHERE township_id = 't_demo' AND status = 'submitted'
   ORDER BY urgent DESC, created_at ASC, id ASC LIMIT 21`,
);

const app = Fastify({ logger: false });
app.post('/bare/submit', async (request) => {
  const body = request.body as { clientId: string; title: string; body: string; category: string };
  const id = randomUUID().replace(/-/g, '');
  insert.run({
    id,
    clientId: body.clientId,
    title: body.title,
    body: body.body,
    category: body.category,
    at: new Date().toISOString(),
  });
  return { ok: true, data: { id } };
});
app.post('/bare/queue', async () => ({ ok: true, data: { items: queue.all() } }));
app.listen({ port: 0, host: '127.0.0.1' }).then(() => {
  const address = app.server.address();
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
});
