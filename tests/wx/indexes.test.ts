// The declared indexes serve the queries the functions really make: every filter and sort field of every query,
// recorded on the double while the actions and the statistics run, lies in one index of its collection.
import { toDoc } from '../../cloudfunctions/adapters/wx/documents';
import { DATABASE } from '../../cloudfunctions/adapters/wx/collections';
import { wxMain } from '../../cloudfunctions/adapters/wx/main';
import { wxStatsStore } from '../../cloudfunctions/adapters/wx/stats/store';
import { FUNCTIONS } from '../../cloudfunctions/functions/index';
import { handleMediaCheckPush } from '../../cloudfunctions/adapters/wx/mediaPush';
import { handleRetentionTimer } from '../../cloudfunctions/adapters/wx/timer';
import { RETENTION_TRIGGER } from '../../cloudfunctions/core/leads/retention';
import { mediaCheckPushEvent } from './fakeSecurity';
import { sampleWorld } from '../stats/world';
import type { FakeDb } from './fakeDb';
import { FakeCloud } from './fakeCloud';
import { account } from './fixtures';
import { world } from './roundTrips';
import { loadWxWorld } from './stats/wxWorld';

/** Key lookups, the locked view's own filter, and free-text search (a regex over title and body: no index helps). */
const NOT_INDEXED = new Set(['_id', '_openid', 'title', 'body']);

function uncovered(db: FakeDb): string[] {
  const problems = new Set<string>();
  for (const shape of db.queryShapes) {
    const fields = [...new Set([...shape.fields, ...shape.sort])].filter((f) => !NOT_INDEXED.has(f));
    if (fields.length === 0 || shape.byKey) continue;
    const indexes = DATABASE.find((c) => c.name === shape.collection)?.indexes ?? [];
    const served = indexes.some((i) => fields.every((f) => i.keys.some(([k]) => k === f)));
    if (!served) problems.add(`${shape.collection}: ${fields.join(', ')}`);
  }
  return [...problems].sort();
}

it('covers every query of the lead, account and article actions', async () => {
  const w = world();
  const ids = await w.submit(3);
  const invite = await w.call('o-admin', 'accounts', { action: 'invite', unitId: 'u1', role: 'reporter' });
  await w.call('o-new', 'accounts', { action: 'bind', code: invite.data.code, name: '新人', phone: '13800001111' });
  await w.call('o-admin', 'accounts', { action: 'list', role: 'reporter' });
  await w.call('o-rep', 'leads', { action: 'mine' });
  await w.call('o-editor', 'leads', { action: 'queue' });
  await w.call('o-editor', 'leads', { action: 'queue', text: '丰收' });
  await w.call('o-editor', 'leads', { action: 'counts' });
  await w.call('o-editor', 'leads', { action: 'twins', id: ids[0] });
  await w.call('o-editor', 'leads', { action: 'review', id: ids[0], decision: 'accept' });
  const article = await w.call('o-editor', 'articles', {
    action: 'create',
    title: '稿件',
    kind: 'news',
    leadIds: [ids[0]],
  });
  await w.call('o-editor', 'articles', { action: 'list' });
  await w.call('o-editor', 'leads', { action: 'queue', moderation: 'flagged' });
  await w.call('o-editor', 'leads', { action: 'counts', moderation: 'pending' });
  await w.call('o-editor', 'leads', { action: 'review', id: ids[1], decision: 'reject', note: '不合适' });
  // The platform's own events: a media verdict, and the retention timer (no user OPENID on either).
  const platform = wxMain(FUNCTIONS.leads!, {
    loadSdk: () => w.cloud,
    clock: { now: () => new Date('2025-06-01T00:00:00.000Z') },
    platformPush: (event, ctx) => handleMediaCheckPush(event, ctx) ?? handleRetentionTimer(event, ctx),
  });
  w.cloud.context = {};
  expect(await platform(mediaCheckPushEvent('trace-x', 'pass'), {})).toMatchObject({ ok: true });
  expect(await platform({ Type: 'Timer', TriggerName: RETENTION_TRIGGER }, {})).toMatchObject({
    ok: true,
    data: { leads: 1 },
  });
  await w.call('o-editor', 'articles', {
    action: 'addPublication',
    articleId: article.data.id,
    outlet: '县融媒',
    level: 'county',
    publishedAt: '2024-05-01',
  });
  expect(w.cloud.db.queryShapes.length).toBeGreaterThan(30);
  expect(uncovered(w.cloud.db)).toEqual([]);
});

it('covers every query of the statistics', async () => {
  const cloud = new FakeCloud();
  loadWxWorld(cloud.db, sampleWorld());
  const editor = account({ id: 'x_editor', name: '编辑', role: 'editor', openid: 'o-editor' });
  cloud.db.table('accounts').set('x_editor', toDoc(editor));
  cloud.context = { OPENID: 'o-editor' };
  const options = {
    stats: wxStatsStore,
    loadSdk: () => cloud,
    clock: { now: () => new Date('2026-03-10T04:00:00.000Z') },
  };
  const stats = wxMain(FUNCTIONS.stats!, options);
  const period = { from: '2026-01-01', to: '2026-02-28' };
  for (const event of [
    { action: 'summary', ...period },
    { action: 'ranking', ...period, by: 'reporter', limit: 3 },
    { action: 'ranking', ...period, by: 'unit', limit: 3 },
    { action: 'alerts', ...period },
    { action: 'export', ...period, format: 'xlsx' },
  ]) {
    expect(await stats(event, {})).toMatchObject({ ok: true });
  }
  expect(uncovered(cloud.db)).toEqual([]);
});
