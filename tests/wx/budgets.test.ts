// Inside the time limit: every action's round trips counted on the double against ROUND_TRIP_BUDGETS, bulk decisions
// in bounded parallel batches, and notifications that never hold up or fail the answer.
import { readFileSync } from 'fs';
import { join } from 'path';
import { wxMain } from '../../cloudfunctions/adapters/wx/main';
import { subscriptionNotifier } from '../../cloudfunctions/adapters/wx/notifier';
import { WxStore } from '../../cloudfunctions/adapters/wx/store';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { REVIEW_MANY_PEAK, ROUND_TRIP_BUDGETS } from './budgets';
import { account } from './fixtures';
import { world, type Fn, type World } from './roundTrips';

const counted: Record<string, number> = {};

async function measure(w: World, name: string, openid: string, fn: Fn, event: Record<string, unknown>) {
  const { result, calls } = await w.count(openid, fn, event);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  counted[name] = calls.length;
  return result;
}

it('keeps every action within its round-trip budget', async () => {
  const w = world();
  await measure(w, 'accounts.me', 'o-rep', 'accounts', { action: 'me' });
  const invite = await measure(w, 'accounts.invite', 'o-admin', 'accounts', {
    action: 'invite',
    unitId: 'u1',
    role: 'reporter',
  });
  await measure(w, 'accounts.bind', 'o-new', 'accounts', {
    action: 'bind',
    code: invite.data.code,
    name: '新人',
    phone: '13800001111',
  });
  await measure(w, 'accounts.list', 'o-admin', 'accounts', { action: 'list' });
  const ids = await w.submit(60);
  const draft = {
    action: 'submit',
    clientId: '10000000-0000-4000-8000-000000000001',
    title: '新线索',
    body: '村里举办了丰收节活动',
    category: '文化活动',
  };
  await measure(w, 'leads.submit', 'o-rep', 'leads', draft);
  await measure(w, 'leads.mine', 'o-rep', 'leads', { action: 'mine' });
  await measure(w, 'leads.get', 'o-rep', 'leads', { action: 'get', id: ids[0] });
  await measure(w, 'leads.queue', 'o-editor', 'leads', { action: 'queue' });
  await measure(w, 'leads.counts', 'o-editor', 'leads', { action: 'counts' });
  await measure(w, 'leads.review', 'o-editor', 'leads', { action: 'review', id: ids[0], decision: 'accept' });
  await measure(w, 'leads.review (merge)', 'o-editor', 'leads', {
    action: 'review',
    id: ids[59],
    decision: 'merge',
    mergeInto: ids[0],
  });
  await measure(w, 'leads.highlight', 'o-editor', 'leads', { action: 'highlight', id: ids[0], section: '对外宣传' });
  await measure(w, 'leads.reviewMany (50 leads)', 'o-editor', 'leads', {
    action: 'reviewMany',
    ids: ids.slice(1, 51),
    decision: 'accept',
  });
  const article = await measure(w, 'articles.create', 'o-editor', 'articles', {
    action: 'create',
    title: '稿件',
    kind: 'news',
    leadIds: [ids[0]],
  });
  await measure(w, 'articles.addPublication', 'o-editor', 'articles', {
    action: 'addPublication',
    articleId: article.data.id,
    outlet: '县融媒',
    level: 'county',
    publishedAt: '2024-05-01',
  });
  // The reporter's 61 leads take two pages; then the admin erases them (their photos: none here).
  await measure(w, 'accounts.exportPersonalData (61 leads)', 'o-rep', 'accounts', {
    action: 'exportPersonalData',
    accountId: 'r1',
  });
  await measure(w, 'accounts.erasePersonalData (61 leads)', 'o-admin', 'accounts', {
    action: 'erasePersonalData',
    accountId: 'r1',
  });

  expect(Object.keys(counted).sort()).toEqual(Object.keys(ROUND_TRIP_BUDGETS).sort());
  const over = Object.entries(counted).filter(([name, n]) => n > ROUND_TRIP_BUDGETS[name]!);
  expect(over).toEqual([]);
});

it('lists the same budgets in docs/wechat.md', () => {
  const doc = readFileSync(join(__dirname, '../../docs/wechat.md'), 'utf8');
  for (const [name, n] of Object.entries(ROUND_TRIP_BUDGETS)) expect(doc).toContain(`| ${name} | ${n} |`);
});

it('decides 50 leads in bounded parallel batches', async () => {
  const w = world();
  const ids = await w.submit(50);
  w.cloud.db.peakInFlight = 0;
  const res = await w.call('o-editor', 'leads', { action: 'reviewMany', ids, decision: 'accept' });
  expect(res.ok).toBe(true);
  expect(res.data.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
  expect(res.data.results.map((r: { id: string }) => r.id)).toEqual(ids);
  expect(w.cloud.db.peakInFlight).toBeGreaterThan(1);
  expect(w.cloud.db.peakInFlight).toBeLessThanOrEqual(REVIEW_MANY_PEAK);
});

describe('notifications after the answer', () => {
  function notifying(w: World, send: (touser: string) => Promise<unknown>) {
    const cloud = Object.assign(w.cloud, {
      openapi: { subscribeMessage: { send: (o: { touser: string }) => send(o.touser) } },
    });
    const notifier = () =>
      subscriptionNotifier(cloud, {
        store: new WxStore(cloud.db),
        templateId: 'tpl-d',
        newLeadTemplateId: 'tpl-n',
        log: () => undefined,
      });
    return wxMain(FUNCTIONS.leads!, {
      loadSdk: () => cloud,
      notifier,
      clock: { now: () => new Date('2024-05-01T02:00:00.000Z') },
    });
  }

  it('sends one message per decided lead, in parallel, and records failures without failing the action', async () => {
    const w = world();
    const ids = await w.submit(12);
    let inFlight = 0;
    let peak = 0;
    const sent: string[] = [];
    const leads = notifying(w, async (touser) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      sent.push(touser);
      if (sent.length % 3 === 0) throw Object.assign(new Error('用户未订阅'), { errCode: 43101 });
    });
    w.cloud.context = { OPENID: 'o-editor' };
    const res = (await leads({ action: 'reviewMany', ids, decision: 'accept' })) as {
      ok: boolean;
      data: { results: { ok: boolean }[] };
    };
    expect(res.ok).toBe(true);
    expect(res.data.results.every((r) => r.ok)).toBe(true);
    expect(sent).toHaveLength(12);
    expect(peak).toBeGreaterThan(1);
    expect(w.cloud.db.all('subscriptionFailures')).toHaveLength(4);
  });

  it('answers a submit even when every message fails', async () => {
    const w = world();
    w.cloud.db.table('accounts').set('ed2', { ...account({ id: 'ed2', role: 'editor', openid: 'o-ed2' }), _id: 'ed2' });
    const leads = notifying(w, () => Promise.reject(new Error('网络错误')));
    w.cloud.context = { OPENID: 'o-rep' };
    const res = await leads({
      action: 'submit',
      clientId: '20000000-0000-4000-8000-000000000001',
      title: '线索',
      body: '村里举办了丰收节活动',
      category: '文化活动',
    });
    expect(res).toMatchObject({ ok: true, data: { status: 'submitted' } });
    expect(w.cloud.db.all('subscriptionFailures').length).toBeGreaterThanOrEqual(2);
  });
});
