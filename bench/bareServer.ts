// The floor for `npm run bench`'s throughput: bare Fastify + better-sqlite3 on the host's own database file (same
// schema, indexes and triggers; WAL, synchronous=FULL), inserting the row leads.submit inserts and reading the first
// queue page by its index, with nothing else: no token, no validation, no audit line, no JavaScript presentation.
// The queue floor answers the contract's shape (DESIGN 4.3 items: names, units, history names, articles with their
// publications, timeliness, moderation) built by SQLite in one query, 20 items and a cursor as the host does: the
// old floor (`/bare/rows`, kept for reference) sent 21 raw rows without names or articles, which the host must read.
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
const rows = db.prepare(
  `SELECT * FROM leads WHERE township_id = 't_demo' AND status = 'submitted'
   ORDER BY urgent DESC, created_at ASC, id ASC LIMIT 21`,
);
const PAGE = 20;
const HOURS = '* 240) / 10.0';
const shaped = db
  .prepare(
    `SELECT json_object(
       'id', l.id, 'clientId', l.client_id, 'status', l.status, 'title', l.title, 'body', l.body,
       'category', l.category, 'occurredAt', l.occurred_at, 'place', l.place,
       'urgent', json(iif(l.urgent, 'true', 'false')),
       'unitId', l.unit_id, 'unitName', u.name, 'authorId', l.author_id, 'authorName', coalesce(acc.name, ''),
       'photos', (SELECT json_group_array(json_object('fileID', p.value, 'url', '')) FROM json_each(l.photos) p),
       'createdAt', l.created_at, 'updatedAt', l.updated_at,
       'history', (SELECT json_group_array(json_object('at', h.value ->> 'at', 'by', h.value ->> 'by',
           'byName', coalesce((SELECT name FROM accounts WHERE id = h.value ->> 'by'), ''),
           'decision', h.value ->> 'decision', 'note', h.value ->> 'note')) FROM json_each(l.history) h),
       'replies', json(l.replies),
       'articles', (SELECT json_group_array(json_object('id', a.id, 'title', a.title, 'kind', a.kind,
           'status', a.status, 'publications', (SELECT json_group_array(json_object('outlet', pb.outlet,
             'level', pb.level, 'publishedAt', pb.published_at, 'url', pb.url)) FROM publications pb
             WHERE pb.article_id = a.id)))
           FROM article_leads al JOIN articles a ON a.id = al.article_id WHERE al.lead_id = l.id),
       'mergedInto', l.merged_into, 'highlightSection', l.highlight_section, 'version', l.version,
       'timeliness', json_object(
         'hoursToDecision', round((julianday(l.history ->> '$[0].at') - julianday(l.created_at)) ${HOURS},
         'hoursToFirstPublication', (SELECT round((julianday(min(pb.published_at)) + 1 - julianday(l.created_at))
           ${HOURS} FROM article_leads al JOIN publications pb ON pb.article_id = al.article_id
           WHERE al.lead_id = l.id)),
       'moderation', json_object('state', l.moderation_state, 'reasons', json('[]'))
     ), l.urgent, l.created_at, l.id
     FROM leads l LEFT JOIN accounts acc ON acc.id = l.author_id LEFT JOIN units u ON u.id = l.unit_id
    WHERE l.township_id = 't_demo' AND l.status = 'submitted'
    ORDER BY l.urgent DESC, l.created_at ASC, l.id ASC LIMIT ${PAGE + 1}`,
  )
  .raw();

/** The page as the host sends it: the items' JSON from SQLite, the cursor from the last item's sort key. */
function shapedPage(): string {
  const found = shaped.all() as [string, number, string, string][];
  const items = found.slice(0, PAGE);
  const last = items[items.length - 1];
  const next =
    found.length > PAGE && last ? Buffer.from(JSON.stringify([last[1], last[2], last[3]])).toString('base64url') : null;
  return `{"ok":true,"data":{"items":[${items.map((i) => i[0]).join(',')}],"nextCursor":${JSON.stringify(next)}}}`;
}

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
app.post('/bare/queue', async (_request, reply) => reply.type('application/json').send(shapedPage()));
app.post('/bare/rows', async () => ({ ok: true, data: { items: rows.all() } }));
app.listen({ port: 0, host: '127.0.0.1' }).then(() => {
  const address = app.server.address();
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
});
