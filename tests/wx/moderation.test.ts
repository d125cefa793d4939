// Content security on WeChat: msgSecCheck and mediaCheckAsync v2 through the SDK double, and the wxa_media_check push
// arriving at the leads function — every verdict path, late pushes, pushes that never come, failing calls.
import { handleMediaCheckPush } from '../../cloudfunctions/adapters/wx/mediaPush';
import { wxMain, type WxHandler } from '../../cloudfunctions/adapters/wx/main';
import { WxModerator } from '../../cloudfunctions/adapters/wx/moderation';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import type { LeadView } from '../../cloudfunctions/core/leads/views';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { FakeCloud } from './fakeCloud';
import { mediaCheckPushEvent } from './fakeSecurity';
import { account, invite, seedBasics } from './fixtures';

const NOW = new Date('2024-05-01T02:00:00.000Z');
/** A photo the reporter's phone uploaded (the double's storage knows its uploader). */
const photo = (name: string) => cloud.clientUpload('o-rep', `uploads/o-rep/${name}`);

let cloud: FakeCloud;
let leads: WxHandler;

function as(openid: string | undefined) {
  return (event: Record<string, unknown>) => {
    cloud.context = openid ? { OPENID: openid } : {};
    return leads(event, {});
  };
}

async function data<T = LeadView>(p: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const res = await p;
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.data as T;
}

const events = () => cloud.db.all('lead_events').filter((e) => e.kind === 'moderation');

let n = 0;
const submit = (photos: string[], extra: Record<string, unknown> = {}) => ({
  action: 'submit',
  clientId: `3f2b1c9e-8d7a-4b6c-9e5f-${String(++n).padStart(12, '0')}`,
  title: '东村丰收节',
  body: '今天上午东村举办丰收节。',
  category: '文化活动',
  photos,
  ...extra,
});

beforeEach(async () => {
  cloud = new FakeCloud();
  seedBasics(cloud.db, [
    account({ id: 'ed1', name: '编辑甲', role: 'editor', openid: 'o-editor' }),
    account({ id: 'rep', name: '张三', role: 'reporter', unitId: 'u1', openid: 'o-rep' }),
  ]);
  await new WxStore(cloud.db).insertInvite(invite({ code: 'ABCD2345' }));
  let id = 0;
  leads = wxMain(FUNCTIONS.leads!, {
    loadSdk: () => cloud,
    clock: { now: () => NOW },
    newId: () => `id-${String(++id).padStart(4, '0')}-0123456789abcdef`,
    platformPush: handleMediaCheckPush,
  });
});

describe('msgSecCheck v2 at submit', () => {
  it('pass: sends version 2, the openid, the scene, title and body; the lead is clean', async () => {
    const lead = await data(as('o-rep')(submit([])));
    expect(cloud.security.textRequests).toEqual([
      { version: 2, openid: 'o-rep', scene: 3, content: '今天上午东村举办丰收节。', title: '东村丰收节' },
    ]);
    expect(lead.moderation).toEqual({ state: 'pass', reasons: [] });
    expect(events()).toEqual([]);
  });

  it.each([
    ['review', 20001, '微信内容安全：疑似时政'],
    ['risky', 20003, '微信内容安全：疑似辱骂'],
  ] as const)(
    '%s: the lead reaches the queue marked with the label in Chinese, and is logged',
    async (suggest, label, reason) => {
      cloud.security.text = () => ({ errCode: 0, result: { suggest, label } });
      const lead = await data(as('o-rep')(submit([])));
      const queue = await data<{ items: LeadView[] }>(as('o-editor')({ action: 'queue', moderation: 'flagged' }));
      expect(queue.items.map((l) => [l.id, l.moderation])).toEqual([[lead.id, { state: suggest, reasons: [reason] }]]);
      expect(events()).toEqual([
        expect.objectContaining({ leadId: lead.id, by: 'system:moderation', note: expect.stringContaining(reason) }),
      ]);
    },
  );

  it('a failing call (errcode or network) keeps the lead, marked for review with the reason', async () => {
    cloud.security.text = () => ({ errCode: -1, errMsg: 'system error' });
    const a = await data(as('o-rep')(submit([])));
    cloud.security.text = () => {
      throw new Error('ESOCKETTIMEDOUT');
    };
    const b = await data(as('o-rep')(submit([])));
    expect(cloud.db.all('leads')).toHaveLength(2);
    const desk = await data<{ items: LeadView[] }>(as('o-editor')({ action: 'queue', moderation: 'review' }));
    expect(desk.items.map((l) => [l.id, l.moderation.reasons])).toEqual([
      [a.id, ['平台内容安全检查未完成（错误码 -1），请人工审核']],
      [b.id, ['平台内容安全检查未完成（调用失败），请人工审核']],
    ]);
  });
});

describe('mediaCheckAsync v2 and the wxa_media_check push', () => {
  it('sends each photo as a temporary URL; the photo is pending, hidden from the reporter, and the trace stored', async () => {
    const lead = await data(as('o-rep')(submit([photo('a.jpg'), photo('b.jpg')])));
    expect(cloud.security.mediaRequests).toEqual([
      {
        version: 2,
        openid: 'o-rep',
        scene: 3,
        media_url: expect.stringMatching(/^https:\/\/.+uploads\/o-rep\/a\.jpg\?sign=/),
        media_type: 2,
      },
      { version: 2, openid: 'o-rep', scene: 3, media_url: expect.stringMatching(/b\.jpg\?sign=/), media_type: 2 },
    ]);
    expect(lead).toMatchObject({ photos: [], moderation: { state: 'pending', reasons: [] } });
    const stored = cloud.db.all('leads')[0]!.moderation as { photos: { traceId: string }[] };
    expect(stored.photos.map((p) => p.traceId)).toEqual(['trace-1', 'trace-2']);
    const desk = await data(as('o-editor')({ action: 'get', id: lead.id }));
    expect(desk.photos.map((p) => p.moderation?.state)).toEqual(['pending', 'pending']);
    expect(desk.photos[0]!.moderation!.since).toBe(NOW.toISOString());
  });

  it('late push: pass makes the photo visible, risky keeps it from the reporter; each verdict is logged', async () => {
    const lead = await data(as('o-rep')(submit([photo('a.jpg'), photo('b.jpg')])));
    expect(await as(undefined)(mediaCheckPushEvent('trace-1', 'pass'))).toEqual({
      ok: true,
      data: { outcome: 'applied' },
    });
    expect(await as(undefined)(mediaCheckPushEvent('trace-2', 'risky', 20002))).toEqual({
      ok: true,
      data: { outcome: 'applied' },
    });
    const seen = await data(as('o-rep')({ action: 'get', id: lead.id }));
    expect(seen.photos.map((p) => p.fileID)).toEqual([photo('a.jpg')]);
    const desk = await data(as('o-editor')({ action: 'get', id: lead.id }));
    expect(desk.moderation).toEqual({ state: 'risky', reasons: ['微信内容安全：疑似色情'] });
    expect(events().map((e) => e.note)).toEqual([
      expect.stringContaining('审核中'),
      `照片 ${photo('a.jpg')} 平台审核通过`,
      `照片 ${photo('b.jpg')} 平台审核有风险：微信内容安全：疑似色情`,
    ]);
    const cleared = await data(
      as('o-editor')({ action: 'moderate', id: lead.id, photo: photo('b.jpg'), decision: 'clear' }),
    );
    expect(cleared.moderation.state).toBe('pass');
    expect(events().at(-1)).toMatchObject({ by: 'ed1', note: `编辑放行照片 ${photo('b.jpg')}` });
  });

  it('a push after an editor decided is logged and changes nothing; an unknown trace matches nothing', async () => {
    const lead = await data(as('o-rep')(submit([photo('a.jpg')])));
    await data(as('o-editor')({ action: 'moderate', id: lead.id, photo: photo('a.jpg'), decision: 'keep_hidden' }));
    expect(await as(undefined)(mediaCheckPushEvent('trace-1', 'pass'))).toEqual({
      ok: true,
      data: { outcome: 'already_decided' },
    });
    expect((await data(as('o-rep')({ action: 'get', id: lead.id }))).photos).toEqual([]);
    expect(await as(undefined)(mediaCheckPushEvent('trace-x', 'pass'))).toEqual({
      ok: true,
      data: { outcome: 'unknown_trace' },
    });
  });

  it('a push that never comes leaves the photo pending, for editors only, with the time it was sent', async () => {
    const lead = await data(as('o-rep')(submit([photo('a.jpg')])));
    const desk = await data(as('o-editor')({ action: 'get', id: lead.id }));
    expect(desk.photos[0]!.moderation).toEqual({
      state: 'pending',
      reasons: ['图片正在等待平台审核结果'],
      since: NOW.toISOString(),
    });
    expect((await data(as('o-rep')({ action: 'get', id: lead.id }))).photos).toEqual([]);
    const pending = await data<{ items: LeadView[] }>(as('o-editor')({ action: 'queue', moderation: 'pending' }));
    expect(pending.items.map((l) => l.id)).toEqual([lead.id]);
  });

  it('a push with an error code sends the photo to review; a failing media call does the same at once', async () => {
    await data(as('o-rep')(submit([photo('a.jpg')])));
    await as(undefined)(mediaCheckPushEvent('trace-1', 'pass', 100, -1));
    cloud.security.media = () => ({ errCode: 45009, errMsg: 'reach max api daily quota limit' });
    const second = await data(as('o-rep')(submit([photo('b.jpg')])));
    const desk = await data<{ items: LeadView[] }>(as('o-editor')({ action: 'queue', moderation: 'review' }));
    expect(desk.items.map((l) => l.moderation.reasons)).toEqual([
      ['平台图片审核失败（错误码 -1），请人工审核'],
      ['平台内容安全检查未完成（错误码 45009），请人工审核'],
    ]);
    expect((await data(as('o-rep')({ action: 'get', id: second.id }))).photos).toHaveLength(1);
  });

  it('a mini-program user cannot forge a push: with an OPENID the event is an ordinary (invalid) call', async () => {
    const lead = await data(as('o-rep')(submit([photo('a.jpg')])));
    const forged = await as('o-rep')(mediaCheckPushEvent('trace-1', 'pass'));
    expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await data(as('o-rep')({ action: 'get', id: lead.id }))).photos).toEqual([]);
  });
});

describe('WxModerator without what it needs', () => {
  it('an account without an openid, or an SDK without cloud calls, is sent to review instead of failing', async () => {
    const moderator = new WxModerator(cloud);
    expect(await moderator.checkText({ townshipId: 't1', openid: null, scene: 'article', body: '正文' })).toEqual({
      state: 'review',
      reasons: ['平台内容安全检查未完成（账号未绑定微信），请人工审核'],
    });
    const bare = new WxModerator({ getTempFileURL: cloud.getTempFileURL.bind(cloud) });
    expect(await bare.checkMedia({ townshipId: 't1', openid: 'o-rep', fileID: photo('a.jpg') })).toMatchObject({
      state: 'review',
    });
  });
});
