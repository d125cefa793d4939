import { dispatch } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { account, memoryContext } from './memoryContext';

const reporter = account('r1', 'reporter');
const reporter2 = account('r2', 'reporter', { unitId: 'u2' });
const editor = account('e1', 'editor', { name: '李编辑' });
const editor2 = account('e2', 'editor', { name: '张编辑' });

function setup() {
  const ctx = memoryContext();
  for (const a of [reporter, reporter2, editor, editor2]) ctx.store.accounts.set(a.id, a);
  const call = async (who: typeof reporter, fn: 'leads' | 'accounts', event: Record<string, unknown>) =>
    dispatch(FUNCTIONS[fn]!, event, { account: who, openid: null }, ctx);
  return { ctx, call };
}

let n = 0;
const newClientId = () => `7f1c6a5e-1b2c-4d3e-8f90-${String(++n).padStart(12, '0')}`;
const leadPayload = (extra: Record<string, unknown> = {}) => ({
  action: 'submit',
  clientId: newClientId(),
  title: '东山村便民桥通车',
  body: '今天上午，东山村便民桥正式通车，村民出行更方便。',
  category: '民生服务',
  photos: ['r1/a.jpg'],
  ...extra,
});

async function submitted(call: ReturnType<typeof setup>['call'], extra: Record<string, unknown> = {}) {
  const res = await call(reporter, 'leads', leadPayload(extra));
  if (!res.ok) throw new Error(res.error.message);
  return res.data as { id: string; status: string; clientId: string };
}

describe('submitting a lead', () => {
  it('the same draft sent twice makes one lead', async () => {
    const { ctx, call } = setup();
    const payload = leadPayload();
    const first = await call(reporter, 'leads', payload);
    const again = await call(reporter, 'leads', { ...payload, title: `  ${payload.title} ` });
    expect(first.ok && again.ok).toBe(true);
    expect(first.ok && again.ok && first.data).toEqual(again.ok && again.data);
    expect(ctx.store.leads.size).toBe(1);
  });

  it('the same clientId with other content, or from someone else, is CONFLICT', async () => {
    const { ctx, call } = setup();
    const payload = leadPayload();
    await call(reporter, 'leads', payload);
    expect(await call(reporter, 'leads', { ...payload, body: '改过的内容' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    expect(await call(reporter, 'leads', { ...payload, photos: [] })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await call(reporter2, 'leads', { ...payload, photos: [] })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(ctx.store.leads.size).toBe(1);
  });

  it("another person's photo, a repeated photo or an unknown category is refused and nothing is written", async () => {
    const { ctx, call } = setup();
    expect(await call(reporter, 'leads', leadPayload({ photos: ['r2/b.jpg'] }))).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await call(reporter, 'leads', leadPayload({ photos: ['r1/a.jpg', 'r1/a.jpg'] }))).toMatchObject({
      error: { code: 'INVALID_ARGUMENT', message: '同一张照片不能重复添加' },
    });
    expect(await call(reporter, 'leads', leadPayload({ category: '娱乐八卦' }))).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(ctx.store.leads.size).toBe(0);
  });

  it('a lead records its author, unit and returns signed photo URLs', async () => {
    const { call } = setup();
    const res = await call(reporter, 'leads', leadPayload());
    expect(res).toMatchObject({
      ok: true,
      data: { status: 'submitted', authorId: 'r1', unitId: 'u1', unitName: '东山村', photos: [{ fileID: 'r1/a.jpg' }] },
    });
    expect(res.ok && (res.data as { photos: { url: string }[] }).photos[0]!.url).toMatch(/^\/files\/.+\?exp=.+&sig=/);
  });
});

describe('reviewing', () => {
  it('a reporter cannot see another reporter’s lead: NOT_FOUND, not PERMISSION_DENIED', async () => {
    const { call } = setup();
    const lead = await submitted(call);
    expect(await call(reporter2, 'leads', { action: 'get', id: lead.id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('accept records who, when and the note; the reporter reads it', async () => {
    const { call } = setup();
    const lead = await submitted(call);
    await call(editor, 'leads', { action: 'review', id: lead.id, decision: 'accept', note: '写得好' });
    const seen = await call(reporter, 'leads', { action: 'get', id: lead.id });
    expect(seen).toMatchObject({
      ok: true,
      data: { status: 'accepted', history: [{ by: 'e1', byName: '李编辑', decision: 'accept', note: '写得好' }] },
    });
  });

  it('a second decision is CONFLICT naming who decided first', async () => {
    const { call } = setup();
    const lead = await submitted(call);
    await call(editor, 'leads', { action: 'review', id: lead.id, decision: 'reject', note: '与上周重复' });
    const late = await call(editor2, 'leads', { action: 'review', id: lead.id, decision: 'accept' });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { decidedBy: '李编辑' } } });
    expect(!late.ok && late.error.message).toContain('李编辑');
  });

  it('two decisions at once: exactly one wins', async () => {
    const { call } = setup();
    const lead = await submitted(call);
    const results = await Promise.all([
      call(editor, 'leads', { action: 'review', id: lead.id, decision: 'accept' }),
      call(editor2, 'leads', { action: 'review', id: lead.id, decision: 'reject', note: '不合适' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(1);
  });

  it('needs_info → reply → back in the queue → accept', async () => {
    const { call } = setup();
    const lead = await submitted(call);
    await call(editor, 'leads', { action: 'review', id: lead.id, decision: 'needs_info', note: '请补充时间地点' });
    expect(await call(reporter2, 'leads', { action: 'reply', id: lead.id, text: '我来答' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const reply = await call(reporter, 'leads', { action: 'reply', id: lead.id, text: '11月3日上午，东山村村口' });
    expect(reply).toMatchObject({
      ok: true,
      data: { status: 'submitted', replies: [{ text: '11月3日上午，东山村村口' }] },
    });
    expect(await call(reporter, 'leads', { action: 'reply', id: lead.id, text: '再说一句' })).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    const queue = await call(editor, 'leads', { action: 'queue' });
    expect(queue.ok && (queue.data as { items: { id: string }[] }).items.map((l) => l.id)).toEqual([lead.id]);
  });

  it('merge needs a live target other than itself', async () => {
    const { call } = setup();
    const a = await submitted(call);
    const b = await submitted(call);
    expect(
      await call(editor, 'leads', { action: 'review', id: a.id, decision: 'merge', mergeInto: a.id }),
    ).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(
      await call(editor, 'leads', { action: 'review', id: a.id, decision: 'merge', mergeInto: 'nope' }),
    ).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await call(editor, 'leads', { action: 'review', id: a.id, decision: 'merge', mergeInto: b.id }),
    ).toMatchObject({
      ok: true,
      data: { status: 'merged', mergedInto: b.id },
    });
    expect(
      await call(editor, 'leads', { action: 'review', id: b.id, decision: 'merge', mergeInto: a.id }),
    ).toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });
});

describe('lists', () => {
  it('the queue puts urgent leads first, then the oldest, and the cursor visits each once', async () => {
    const { call } = setup();
    const made: { id: string }[] = [];
    for (let i = 0; i < 7; i++) made.push(await submitted(call, { urgent: i % 3 === 0 }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(editor, 'leads', { action: 'queue', limit: 2, ...(cursor ? { cursor } : {}) });
      if (!res.ok) throw new Error(res.error.message);
      const page = res.data as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    const urgent = [0, 3, 6].map((i) => made[i]!.id);
    const normal = [1, 2, 4, 5].map((i) => made[i]!.id);
    expect(seen).toEqual([...urgent, ...normal]);
  });

  it('my leads are newest first and only mine; a forged cursor is INVALID_ARGUMENT', async () => {
    const { call } = setup();
    const a = await submitted(call);
    const b = await submitted(call);
    await call(reporter2, 'leads', leadPayload({ photos: [] }));
    const mine = await call(reporter, 'leads', { action: 'mine' });
    expect(mine.ok && (mine.data as { items: { id: string }[] }).items.map((l) => l.id)).toEqual([b.id, a.id]);
    expect(await call(reporter, 'leads', { action: 'mine', cursor: 'bm90IGpzb24' })).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    });
  });
});
