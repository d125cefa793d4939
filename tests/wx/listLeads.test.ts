// listLeads: both orders of ports.ts, filters, the 50-per-call cap, and cursors that visit every lead exactly once.
import { leadCondition } from '../../cloudfunctions/adapters/wx/leadQuery';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import { decodeCursor, encodeCursor } from '../../cloudfunctions/core/cursor';
import type { LeadOrder, LeadQuery } from '../../cloudfunctions/core/leads/ports';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import { FakeDb } from './fakeDb';
import { lead } from './fixtures';

let db: FakeDb;
let store: WxStore;
let stored: LeadRecord[];

/** 67 leads in t1 with many equal createdAt values (ties must be broken by id), mixed urgency, statuses and authors. */
beforeAll(async () => {
  db = new FakeDb();
  store = new WxStore(db);
  const statuses = ['submitted', 'submitted', 'accepted', 'needs_info'] as const;
  const drafts: LeadRecord[] = [];
  for (let i = 0; i < 67; i++) {
    drafts.push(
      lead({
        createdAt: `2024-03-${String(1 + (i % 9)).padStart(2, '0')}T08:00:00.000Z`,
        urgent: i % 5 === 0,
        status: statuses[i % 4],
        authorId: i % 3 === 0 ? 'r2' : 'r1',
        unitId: i % 2 === 0 ? 'u1' : 'u2',
        category: i % 7 === 0 ? '安全生产' : '文化活动',
      }),
    );
  }
  for (let i = 0; i < 6; i++) drafts.push(lead({ townshipId: 't2', urgent: true }));
  stored = [];
  for (const d of drafts) stored.push((await store.insertLead(d)).lead);
});

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const ORDERS: Record<LeadOrder, (a: LeadRecord, b: LeadRecord) => number> = {
  newest: (a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id),
  queue: (a, b) => Number(b.urgent) - Number(a.urgent) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id),
};

/** Follows cursors as a client does: each `next` goes through the core's opaque encoding and back. */
async function walk(query: Omit<LeadQuery, 'after'>): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await store.listLeads({ ...query, after: decodeCursor(cursor, query.order === 'newest' ? 2 : 3) });
    pages += 1;
    expect(page.items.length).toBeLessThanOrEqual(Math.min(query.limit, 50));
    ids.push(...page.items.map((l) => l.id));
    cursor = encodeCursor(page.next);
  } while (cursor && pages < 200);
  return { ids, pages };
}

describe.each(['newest', 'queue'] as LeadOrder[])('listLeads order %s', (order) => {
  it.each([1, 7, 20, 50])('visits every lead of the township exactly once with pages of %i', async (limit) => {
    const expected = stored
      .filter((l) => l.townshipId === 't1')
      .sort(ORDERS[order])
      .map((l) => l.id);
    const { ids, pages } = await walk({ townshipId: 't1', order, limit });
    expect(ids).toEqual(expected);
    // limit + 1 is read per call, so a last full page already knows it is the last: no empty page follows.
    expect(pages).toBe(Math.ceil(expected.length / limit));
  });

  it('applies author, status, unit and category filters across pages', async () => {
    const query = {
      townshipId: 't1',
      order,
      limit: 4,
      authorId: 'r1',
      statuses: ['submitted', 'needs_info'] as LeadRecord['status'][],
      unitId: 'u2',
      category: '文化活动',
    };
    const expected = stored
      .filter(
        (l) =>
          l.townshipId === 't1' &&
          l.authorId === 'r1' &&
          ['submitted', 'needs_info'].includes(l.status) &&
          l.unitId === 'u2' &&
          l.category === '文化活动',
      )
      .sort(ORDERS[order])
      .map((l) => l.id);
    expect(expected.length).toBeGreaterThan(4);
    expect((await walk(query)).ids).toEqual(expected);
  });

  it('answers at most 50 leads per call, whatever limit is asked', async () => {
    const page = await store.listLeads({ townshipId: 't1', order, limit: 500 });
    expect(page.items).toHaveLength(50);
    expect(page.next).not.toBeNull();
    expect(db.reads[db.reads.length - 1]![1]).toBeLessThanOrEqual(51);
  });
});

it('puts urgent leads first in the queue, and the last page has no next cursor', async () => {
  const page = await store.listLeads({ townshipId: 't1', order: 'queue', limit: 50 });
  const firstCalm = page.items.findIndex((l) => !l.urgent);
  expect(page.items.slice(firstCalm).every((l) => !l.urgent)).toBe(true);
  expect(page.items[0]!.urgent).toBe(true);
  const last = await store.listLeads({ townshipId: 't2', order: 'queue', limit: 50 });
  expect(last.items).toHaveLength(6);
  expect(last.next).toBeNull();
});

it('spells the cursor as an or of tuple comparisons on the sort fields', () => {
  const cond = leadCondition(db, { townshipId: 't1', order: 'queue', after: [1, '2024-03-01', 'x'], limit: 5 });
  expect(JSON.stringify(cond)).toContain('"op":"or"');
  expect(JSON.stringify(cond)).toContain('"urgent":false');
});
