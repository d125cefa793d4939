// purgeExpiredLeads on the in-memory context: which leads go (rejected or merged, decided before the township's
// period), what stays of them, the audit line and the deleted files; a second run finds nothing.
import { purgeExpiredLeads, PURGED_TITLE } from '../../cloudfunctions/core/leads/retention';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import { leadRecord, memoryContext, TOWNSHIP } from './memoryContext';

function setup(retentionDays = 180) {
  const ctx = memoryContext();
  ctx.store.townships.set('t1', { ...TOWNSHIP, retentionDays });
  // The memory clock starts at 2026-03-01 and moves a minute per call.
  let n = 0;
  const lead = (status: LeadRecord['status'], decidedAt: string, extra: Partial<LeadRecord> = {}): LeadRecord => {
    const l = leadRecord(++n, {
      place: '村口',
      status,
      history: [{ at: decidedAt, by: 'e1', decision: 'reject', note: '不合适', from: 'submitted', to: status }],
      replies: [{ at: '2025-01-02T00:00:00.000Z', by: 'r1', text: '补充', photos: [`r1/reply${n}.jpg`] }],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: decidedAt,
      ...extra,
    });
    ctx.store.leads.set(l.id, l);
    return l;
  };
  return { ctx, lead };
}

test('only rejected and merged leads decided before the period lose their content and photos', async () => {
  const { ctx, lead } = setup();
  const old = lead('rejected', '2025-06-01T00:00:00.000Z');
  const merged = lead('merged', '2025-08-01T00:00:00.000Z');
  const recent = lead('rejected', '2026-01-15T00:00:00.000Z');
  const accepted = lead('accepted', '2025-02-01T00:00:00.000Z');
  expect(await purgeExpiredLeads(ctx)).toEqual({ leads: 2, photos: 4 });

  for (const original of [old, merged]) {
    const stored = ctx.store.leads.get(original.id)!;
    expect(stored).toMatchObject({
      title: PURGED_TITLE,
      body: '',
      place: null,
      photos: [],
      purgedAt: expect.any(String),
    });
    expect(stored.replies).toEqual([{ at: '2025-01-02T00:00:00.000Z', by: 'r1', text: '', photos: [] }]);
    // What the statistics count stays: status, unit, author, category, creation.
    expect(stored).toMatchObject({
      status: original.status,
      unitId: 'u1',
      authorId: 'r1',
      createdAt: original.createdAt,
    });
  }
  expect(ctx.store.leads.get(recent.id)!.title).toBe(recent.title);
  expect(ctx.store.leads.get(accepted.id)!.title).toBe(accepted.title);
  expect(ctx.store.removedFiles.sort()).toEqual(['r1/p1.jpg', 'r1/p2.jpg', 'r1/reply1.jpg', 'r1/reply2.jpg']);
  const purged = ctx.store.events.filter((e) => e.kind === 'purged').sort((a, b) => a.leadId.localeCompare(b.leadId));
  expect(purged).toEqual([
    expect.objectContaining({ leadId: old.id, by: 'system:retention', note: '超过保存期限（180天）删除内容和照片2张' }),
    expect.objectContaining({ leadId: merged.id, from: 'merged', to: 'merged' }),
  ]);
  expect(await purgeExpiredLeads(ctx)).toEqual({ leads: 0, photos: 0 });
});

test("the township's own period decides", async () => {
  const { ctx, lead } = setup(30);
  lead('rejected', '2026-01-15T00:00:00.000Z');
  expect((await purgeExpiredLeads(ctx)).leads).toBe(1);
});
