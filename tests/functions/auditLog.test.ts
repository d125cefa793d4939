// The lead audit log: every change leaves a line, and nothing — no function, not even raw SQL — can rewrite one.
import { DB_FILE } from '../../cloudfunctions/adapters/local/db';
import { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { dataOf } from '../support/http';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';
import Database from 'better-sqlite3';
import path from 'node:path';

const env = useTestHost({ tokens: ['reporter1', 'editor', 'admin'] });
const { client, tokens } = env;

/** A second connection to the host's database file, as an intruder with shell access would open it. */
function rawDb() {
  return new Database(path.join(env.host.dataDir, DB_FILE));
}

function eventsOf(leadId: string) {
  const db = rawDb();
  try {
    return db
      .prepare(
        'SELECT kind, decision, by, from_status, to_status, note, ref FROM lead_events WHERE lead_id = ? ORDER BY seq',
      )
      .all(leadId);
  } finally {
    db.close();
  }
}

test('every decision, reply, highlight and citation is logged with who, from → to and the note', async () => {
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'needs_info', note: '请补充人数' });
  await client.call(tokens.reporter1, 'leads', 'reply', { id: lead.id, text: '约60人' });
  await client.call(tokens.admin, 'leads', 'review', { id: lead.id, decision: 'accept' });
  await client.call(tokens.editor, 'leads', 'highlight', { id: lead.id, section: '队伍建设' });
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '审计稿', kind: 'news', leadIds: [lead.id] }),
  );
  expect(eventsOf(lead.id)).toEqual([
    {
      kind: 'submitted',
      decision: null,
      by: 'a_reporter1',
      from_status: 'submitted',
      to_status: 'submitted',
      note: null,
      ref: null,
    },
    {
      kind: 'decision',
      decision: 'needs_info',
      by: 'a_editor',
      from_status: 'submitted',
      to_status: 'needs_info',
      note: '请补充人数',
      ref: null,
    },
    {
      kind: 'reply',
      decision: null,
      by: 'a_reporter1',
      from_status: 'needs_info',
      to_status: 'submitted',
      note: '约60人',
      ref: null,
    },
    {
      kind: 'decision',
      decision: 'accept',
      by: 'a_admin',
      from_status: 'submitted',
      to_status: 'accepted',
      note: null,
      ref: null,
    },
    {
      kind: 'highlight',
      decision: null,
      by: 'a_editor',
      from_status: 'accepted',
      to_status: 'accepted',
      note: '队伍建设',
      ref: null,
    },
    {
      kind: 'cited',
      decision: null,
      by: 'a_editor',
      from_status: 'accepted',
      to_status: 'used',
      note: '审计稿',
      ref: article.id,
    },
  ]);
});

test('the loser of two simultaneous decisions leaves no line', async () => {
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  const answers = await Promise.all([
    client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }),
    client.call(tokens.admin, 'leads', 'review', { id: lead.id, decision: 'reject', note: '重复' }),
  ]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  expect(eventsOf(lead.id).filter((e) => (e as { kind: string }).kind === 'decision')).toHaveLength(1);
});

test('no function or action offers a way to edit or delete the log', () => {
  const actions = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`));
  expect(actions.filter((a) => /event|audit|history|log/i.test(a))).toEqual([]);
});

test('the database itself refuses UPDATE and DELETE on the log', async () => {
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'reject', note: '不符合要求' });
  const before = eventsOf(lead.id);
  const db = rawDb();
  try {
    expect(() => db.prepare("UPDATE lead_events SET note = '改过的' WHERE lead_id = ?").run(lead.id)).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM lead_events WHERE lead_id = ?').run(lead.id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM lead_events').run()).toThrow(/append-only/);
  } finally {
    db.close();
  }
  expect(eventsOf(lead.id)).toEqual(before);
});

test('the store reads the log back through its port', async () => {
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' });
  const store = LocalStore.open(env.host.dataDir);
  try {
    const events = await store.leadEvents('t_demo', lead.id);
    expect(events.map((e) => [e.kind, e.from, e.to])).toEqual([
      ['submitted', 'submitted', 'submitted'],
      ['decision', 'submitted', 'accepted'],
    ]);
    expect(await store.leadEvents('t_other', lead.id)).toEqual([]);
  } finally {
    store.close();
  }
});
