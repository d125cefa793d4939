// What a verdict does, on the in-memory context with a scripted moderator: every path of DESIGN 4.5's moderation.
import { dispatch } from '../../cloudfunctions/core/runtime';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { applyMediaVerdict } from '../../cloudfunctions/core/moderation/mediaVerdict';
import { CHECK_FAILED } from '../../cloudfunctions/core/moderation/content';
import type { LeadView } from '../../cloudfunctions/core/leads/views';
import { account, memoryContext } from './memoryContext';

const reporter = account('r1', 'reporter', { openid: 'o-r1' });
const editor = account('e1', 'editor');

function setup() {
  const ctx = memoryContext();
  for (const a of [reporter, editor]) ctx.store.accounts.set(a.id, a);
  const call = async (who: typeof reporter, event: Record<string, unknown>) => {
    const res = await dispatch(FUNCTIONS.leads!, event, { account: who, openid: null }, ctx);
    if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`);
    return res.data as LeadView;
  };
  const raw = (who: typeof reporter, event: Record<string, unknown>) =>
    dispatch(FUNCTIONS.leads!, event, { account: who, openid: null }, ctx);
  const queue = async (filter: Record<string, unknown>) => {
    const res = await dispatch(
      FUNCTIONS.leads!,
      { action: 'queue', ...filter },
      { account: editor, openid: null },
      ctx,
    );
    if (!res.ok) throw new Error(res.error.message);
    return (res.data as { items: LeadView[] }).items;
  };
  const moderationLog = (id: string) => ctx.store.events.filter((e) => e.leadId === id && e.kind === 'moderation');
  return { ctx, call, raw, queue, moderationLog };
}

let n = 0;
const submit = (photos: string[] = ['r1/a.jpg']) => ({
  action: 'submit',
  clientId: `7f1c6a5e-1b2c-4d3e-8f90-${String(++n).padStart(12, '0')}`,
  title: '东山村便民桥通车',
  body: '今天上午，东山村便民桥正式通车。',
  category: '民生服务',
  photos,
});

describe('verdicts at submission', () => {
  it('pass: the lead is clean, nothing is logged, the checks got the author and the scene', async () => {
    const { ctx, call, moderationLog } = setup();
    const lead = await call(reporter, submit());
    expect(lead.moderation).toEqual({ state: 'pass', reasons: [] });
    expect(lead.photos[0]).not.toHaveProperty('moderation');
    expect(moderationLog(lead.id)).toEqual([]);
    expect(ctx.moderator.textCalls[0]).toMatchObject({ openid: 'o-r1', scene: 'lead', title: '东山村便民桥通车' });
    expect(ctx.moderator.mediaCalls.map((c) => c.fileID)).toEqual(['r1/a.jpg']);
  });

  it('review: the lead still reaches the queue, marked with the reason, found by the flagged filter, and logged', async () => {
    const { ctx, call, queue, moderationLog } = setup();
    ctx.moderator.text = () => ({ state: 'review', reasons: ['含敏感词“桥”'] });
    const lead = await call(reporter, submit());
    ctx.moderator.text = () => ({ state: 'pass', reasons: [] });
    const clean = await call(reporter, submit());
    expect((await queue({})).map((l) => l.id)).toEqual([lead.id, clean.id]);
    const flagged = await queue({ moderation: 'flagged' });
    expect(flagged.map((l) => l.id)).toEqual([lead.id]);
    expect(flagged[0]!.moderation).toEqual({ state: 'review', reasons: ['含敏感词“桥”'] });
    expect(await queue({ moderation: 'risky' })).toEqual([]);
    expect(moderationLog(lead.id)).toEqual([
      expect.objectContaining({
        by: 'system:moderation',
        note: '文字需人工审核：含敏感词“桥”',
        from: 'submitted',
        to: 'submitted',
      }),
    ]);
  });

  it('risky photo: hidden from the reporter, shown to editors with the reason until an editor clears it', async () => {
    const { ctx, call, moderationLog } = setup();
    ctx.moderator.media = (c) =>
      c.fileID === 'r1/b.jpg'
        ? { state: 'risky', reasons: ['微信内容安全：疑似色情'] }
        : { state: 'pass', reasons: [] };
    const lead = await call(reporter, submit(['r1/a.jpg', 'r1/b.jpg']));
    expect(lead.photos.map((p) => p.fileID)).toEqual(['r1/a.jpg']);
    expect(lead.moderation).toEqual({ state: 'risky', reasons: [] });
    const mine = await call(reporter, { action: 'get', id: lead.id });
    expect(mine.photos.map((p) => p.fileID)).toEqual(['r1/a.jpg']);
    const desk = await call(editor, { action: 'get', id: lead.id });
    expect(desk.photos[1]).toMatchObject({
      fileID: 'r1/b.jpg',
      moderation: { state: 'risky', reasons: ['微信内容安全：疑似色情'] },
    });
    expect(desk.moderation).toEqual({ state: 'risky', reasons: ['微信内容安全：疑似色情'] });

    const cleared = await call(editor, {
      action: 'moderate',
      id: lead.id,
      photo: 'r1/b.jpg',
      decision: 'clear',
      version: desk.version,
    });
    expect(cleared.moderation).toEqual({ state: 'pass', reasons: [] });
    expect((await call(reporter, { action: 'get', id: lead.id })).photos.map((p) => p.fileID)).toEqual([
      'r1/a.jpg',
      'r1/b.jpg',
    ]);
    expect(moderationLog(lead.id).map((e) => [e.by, e.note, e.ref])).toEqual([
      ['system:moderation', '照片 r1/b.jpg 有风险：微信内容安全：疑似色情', null],
      ['e1', '编辑放行照片 r1/b.jpg', 'r1/b.jpg'],
    ]);
  });

  it('an editor may keep a photo hidden; it stays risky, and a stale version is CONFLICT', async () => {
    const { call, raw } = setup();
    const lead = await call(reporter, submit());
    const kept = await call(editor, { action: 'moderate', id: lead.id, photo: 'r1/a.jpg', decision: 'keep_hidden' });
    expect(kept.photos[0]!.moderation).toMatchObject({ state: 'risky', reasons: ['编辑决定不公开'] });
    expect((await call(reporter, { action: 'get', id: lead.id })).photos).toEqual([]);
    expect(
      await raw(editor, { action: 'moderate', id: lead.id, decision: 'clear', version: lead.version }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await raw(editor, { action: 'moderate', id: lead.id, decision: 'keep_hidden' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(
      await raw(editor, { action: 'moderate', id: lead.id, photo: 'r1/zzz.jpg', decision: 'clear' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await raw(reporter, { action: 'moderate', id: lead.id, photo: 'r1/a.jpg', decision: 'clear' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });

  it('a check that throws loses nothing: the lead is stored and marked for review', async () => {
    const { ctx, call } = setup();
    ctx.moderator.text = () => {
      throw new Error('network down');
    };
    const lead = await call(reporter, submit());
    expect(ctx.store.leads.size).toBe(1);
    expect((await call(editor, { action: 'get', id: lead.id })).moderation).toEqual({
      state: 'review',
      reasons: [CHECK_FAILED],
    });
  });
});

describe('a media verdict that comes later', () => {
  function pendingSetup() {
    const s = setup();
    let trace = 0;
    s.ctx.moderator.media = () => ({ pending: true, traceId: `trace-${++trace}` });
    return s;
  }

  it('pending: the reporter sees the lead waiting and not the photo; editors see it with the time it was sent', async () => {
    const { call, queue } = pendingSetup();
    const lead = await call(reporter, submit());
    expect(lead.moderation.state).toBe('pending');
    expect(lead.photos).toEqual([]);
    const desk = await call(editor, { action: 'get', id: lead.id });
    expect(desk.photos[0]!.moderation).toEqual({
      state: 'pending',
      reasons: ['图片正在等待平台审核结果'],
      since: expect.any(String),
    });
    expect((await queue({ moderation: 'pending' })).map((l) => l.id)).toEqual([lead.id]);
  });

  it('late callback: the verdict lands on its photo, is logged, and a passed photo becomes visible', async () => {
    const { ctx, call, queue, moderationLog } = pendingSetup();
    const lead = await call(reporter, submit(['r1/a.jpg', 'r1/b.jpg']));
    expect(await applyMediaVerdict(ctx, 'trace-1', { state: 'pass', reasons: [] })).toBe('applied');
    expect(await applyMediaVerdict(ctx, 'trace-2', { state: 'risky', reasons: ['微信内容安全：疑似时政'] })).toBe(
      'applied',
    );
    const seen = await call(reporter, { action: 'get', id: lead.id });
    expect(seen.photos.map((p) => p.fileID)).toEqual(['r1/a.jpg']);
    expect(seen.moderation.state).toBe('risky');
    expect((await queue({ moderation: 'pending' })).length).toBe(0);
    expect((await queue({ moderation: 'risky' })).map((l) => l.id)).toEqual([lead.id]);
    expect(moderationLog(lead.id).map((e) => e.note)).toEqual([
      expect.stringContaining('审核中'),
      '照片 r1/a.jpg 平台审核通过',
      '照片 r1/b.jpg 平台审核有风险：微信内容安全：疑似时政',
    ]);
  });

  it('a callback after an editor decided changes nothing but is logged; an unknown trace is ignored', async () => {
    const { ctx, call, moderationLog } = pendingSetup();
    const lead = await call(reporter, submit());
    await call(editor, { action: 'moderate', id: lead.id, photo: 'r1/a.jpg', decision: 'clear' });
    expect(await applyMediaVerdict(ctx, 'trace-1', { state: 'risky', reasons: ['微信内容安全：疑似广告'] })).toBe(
      'already_decided',
    );
    expect((await call(reporter, { action: 'get', id: lead.id })).photos.map((p) => p.fileID)).toEqual(['r1/a.jpg']);
    expect(moderationLog(lead.id).at(-1)!.note).toContain('迟到，已由编辑处理，未改变');
    expect(await applyMediaVerdict(ctx, 'trace-unknown', { state: 'pass', reasons: [] })).toBe('unknown_trace');
  });

  it('a callback that never comes leaves the photo pending for editors only, dated from the submission', async () => {
    const { call } = pendingSetup();
    const lead = await call(reporter, submit());
    const first = await call(editor, { action: 'get', id: lead.id });
    // Later (the memory clock moves a minute per call) nothing has changed: the photo's age grows from `since`.
    for (let i = 0; i < 5; i++) await call(editor, { action: 'get', id: lead.id });
    const later = await call(editor, { action: 'get', id: lead.id });
    expect(later.photos[0]!.moderation).toEqual(first.photos[0]!.moderation);
    expect(later.version).toBe(first.version);
    expect(later.moderation.state).toBe('pending');
    expect((await call(reporter, { action: 'get', id: lead.id })).photos).toEqual([]);
  });
});

describe('replies', () => {
  it("a reply's text and photos are checked too; the reply carries its own verdict", async () => {
    const { ctx, call } = setup();
    const lead = await call(reporter, submit([]));
    await call(editor, { action: 'review', id: lead.id, decision: 'needs_info', note: '请补充人数' });
    ctx.moderator.text = (c) =>
      c.scene === 'reply' ? { state: 'review', reasons: ['含敏感词“人数”'] } : { state: 'pass', reasons: [] };
    ctx.moderator.media = () => ({ pending: true, traceId: 'trace-reply' });
    const replied = await call(reporter, { action: 'reply', id: lead.id, text: '人数为45人', photos: ['r1/c.jpg'] });
    expect(replied.replies[0]).toMatchObject({ photos: [], moderation: { state: 'review', reasons: [] } });
    const desk = await call(editor, { action: 'get', id: lead.id });
    expect(desk.replies[0]!.moderation).toEqual({
      state: 'review',
      reasons: ['含敏感词“人数”', '图片正在等待平台审核结果'],
    });
    expect(await applyMediaVerdict(ctx, 'trace-reply', { state: 'pass', reasons: [] })).toBe('applied');
    expect((await call(reporter, { action: 'get', id: lead.id })).replies[0]!.photos.map((p) => p.fileID)).toEqual([
      'r1/c.jpg',
    ]);
  });
});

describe('articles', () => {
  it('title and body are checked at create and when they change; a risky photo is not taken by default', async () => {
    const { ctx, call } = setup();
    ctx.moderator.media = (c) =>
      c.fileID === 'r1/b.jpg'
        ? { state: 'risky', reasons: ['微信内容安全：疑似低俗'] }
        : { state: 'pass', reasons: [] };
    const lead = await call(reporter, submit(['r1/a.jpg', 'r1/b.jpg']));
    await call(editor, { action: 'review', id: lead.id, decision: 'accept' });
    ctx.moderator.text = (c) =>
      c.scene === 'article' && c.body.includes('赌')
        ? { state: 'review', reasons: ['含敏感词“赌”'] }
        : { state: 'pass', reasons: [] };
    const articles = async (event: Record<string, unknown>) => {
      const res = await dispatch(FUNCTIONS.articles!, event, { account: editor, openid: null }, ctx);
      if (!res.ok) throw new Error(res.error.message);
      return res.data as { id: string; moderation: unknown; photos: { fileID: string }[] };
    };
    const created = await articles({ action: 'create', title: '便民桥通车', kind: 'news', leadIds: [lead.id] });
    expect(created.moderation).toEqual({ state: 'pass', reasons: [] });
    expect(created.photos.map((p) => p.fileID)).toEqual(['r1/a.jpg']);

    const flagged = await articles({ action: 'save', id: created.id, body: '村里有人聚众赌博' });
    expect(flagged.moderation).toEqual({ state: 'review', reasons: ['含敏感词“赌”'] });
    const calls = ctx.moderator.textCalls.length;
    const credited = await articles({ action: 'save', id: created.id, credits: ['r1'] });
    expect(ctx.moderator.textCalls.length).toBe(calls);
    expect(credited.moderation).toEqual({ state: 'review', reasons: ['含敏感词“赌”'] });
  });
});
