// A person's data on request (PIPL Art. 45, 47; DESIGN 4.5): accounts.exportPersonalData and erasePersonalData.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { shanghaiDay, TEST_EPOCH } from '../support/clock';
import { jpeg } from '../support/images';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['admin', 'editor', 'reporter1', 'reporter2'] });
const { client, tokens } = env;

/** The demo spans the twelve months before the hosts' fixed date: this period holds all of it. */
const year = { from: shanghaiDay(TEST_EPOCH, -400), to: shanghaiDay(TEST_EPOCH, 1) };

async function idOf(token: string): Promise<string> {
  return dataOf(await client.call(token, 'accounts', 'me')).id as string;
}

/** The statistics that must not move, as text; the one name that may change is written out of it. */
async function figures(names: string[]): Promise<string> {
  const summary = dataOf(await client.call(tokens.editor, 'stats', 'summary', year));
  const byReporter = await client.all(tokens.editor, 'stats', 'ranking', { ...year, by: 'reporter' });
  const byUnit = await client.all(tokens.editor, 'stats', 'ranking', { ...year, by: 'unit' });
  let text = JSON.stringify({ figures: summary.figures, text: summary.text, byReporter, byUnit });
  for (const name of names) text = text.split(name).join('〈姓名〉');
  return text;
}

test('a reporter exports their own data: full account, leads with signed photo URLs, history, replies', async () => {
  const photo = dataOf(await client.upload(tokens.reporter2, await jpeg()));
  const lead = dataOf(await client.call(tokens.reporter2, 'leads', 'submit', leadPayload({ photos: [photo.fileID] })));
  const id = await idOf(tokens.reporter2);
  const answer = await client.call(tokens.reporter2, 'accounts', 'exportPersonalData', { accountId: id });
  expect(answer.status).toBe(200);
  const data = dataOf(answer);
  expect(data.account.id).toBe(id);
  expect(data.account.phone).toMatch(/^1\d{10}$/);
  const exported = data.leads.find((l: { id: string }) => l.id === lead.id);
  expect(exported.photos).toHaveLength(1);
  expect((await fetch(env.host.url + exported.photos[0].url)).status).toBe(200);
  expect(Array.isArray(exported.history)).toBe(true);
  expect(Array.isArray(exported.replies)).toBe(true);
  expect(Array.isArray(data.credits)).toBe(true);
  expect(Array.isArray(data.activities)).toBe(true);
});

test('the admin exports anyone of the township; a reporter or editor asking for someone else → 404', async () => {
  const reporter2 = await idOf(tokens.reporter2);
  const admin = dataOf(await client.call(tokens.admin, 'accounts', 'exportPersonalData', { accountId: reporter2 }));
  expect(admin.account.id).toBe(reporter2);
  expect(admin.leads.length).toBeGreaterThan(0);
  // The demo year credits every reporter and has them attend trainings (activities of kind 业务培训): both lists
  // name only them.
  expect(admin.credits.length).toBeGreaterThan(0);
  expect(admin.activities.some((a: { kind: string }) => a.kind === '业务培训')).toBe(true);
  for (const credit of admin.credits) {
    const article = dataOf(await client.call(tokens.editor, 'articles', 'get', { id: credit.articleId }));
    expect(JSON.stringify(article.credits ?? article)).toContain(reporter2);
  }
  for (const token of [tokens.reporter1, tokens.editor]) {
    const answer = await client.call(token, 'accounts', 'exportPersonalData', { accountId: reporter2 });
    expect(answer.status).toBe(404);
    expect(errorOf(answer).code).toBe('NOT_FOUND');
    expect(hasChinese(errorOf(answer).message)).toBe(true);
  }
  const bad = await client.call(tokens.admin, 'accounts', 'exportPersonalData', { accountId: 3 });
  expect(bad.status).toBe(400);
});

test('only the admin erases; a reporter or editor → 403, an unknown account → 404, oneself → 409', async () => {
  const reporter2 = await idOf(tokens.reporter2);
  for (const token of [tokens.reporter2, tokens.editor]) {
    expect((await client.call(token, 'accounts', 'erasePersonalData', { accountId: reporter2 })).status).toBe(403);
  }
  const unknown = await client.call(tokens.admin, 'accounts', 'erasePersonalData', { accountId: 'nobody-here' });
  expect(unknown.status).toBe(404);
  const adminId = await idOf(tokens.admin);
  const self = await client.call(tokens.admin, 'accounts', 'erasePersonalData', { accountId: adminId });
  expect(self.status).toBe(409);
  expect((await client.call(tokens.reporter2, 'accounts', 'me')).status).toBe(200);
});

test('erasing reporter1 keeps every statistic, ends their token and login, deletes photos, renames them', async () => {
  const me = dataOf(await client.call(tokens.reporter1, 'accounts', 'me'));
  const photo = dataOf(await client.upload(tokens.reporter1, await jpeg()));
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ photos: [photo.fileID] })));
  const photoUrl = env.host.url + lead.photos[0].url;
  expect((await fetch(photoUrl)).status).toBe(200);
  // An editor took the lead, and its photo, into an article.
  dataOf(await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }));
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '便民桥通车', kind: 'news', leadIds: [lead.id] }),
  );
  expect(article.photos.map((p: { fileID: string }) => p.fileID)).toEqual([photo.fileID]);
  const before = await figures([me.name, '已注销通讯员']);
  // reporter1 is in the demo year's figures, so the comparison below covers their counts.
  expect(before).toContain('〈姓名〉');

  const erased = await client.call(tokens.admin, 'accounts', 'erasePersonalData', { accountId: me.id });
  expect(erased.status).toBe(200);
  expect(dataOf(erased).photosDeleted).toBeGreaterThanOrEqual(1);

  expect(await figures([me.name, '已注销通讯员'])).toBe(before);
  const ranking = await client.all(tokens.editor, 'stats', 'ranking', { ...year, by: 'reporter' });
  expect(JSON.stringify(ranking)).not.toContain(me.name);
  expect(JSON.stringify(ranking)).toContain('已注销通讯员');

  expect((await client.call(tokens.reporter1, 'accounts', 'me')).status).toBe(401);
  expect((await client.login('reporter1')).status).toBe(401);
  expect((await fetch(photoUrl)).status).toBe(404);

  const left = dataOf(await client.call(tokens.admin, 'accounts', 'exportPersonalData', { accountId: me.id }));
  expect(left.account).toMatchObject({ name: '已注销通讯员', phone: null, username: null, active: false });
  const kept = left.leads.find((l: { id: string }) => l.id === lead.id);
  expect(kept.title).toBe(lead.title);
  const view = dataOf(await client.call(tokens.editor, 'leads', 'get', { id: lead.id }));
  expect(JSON.stringify(view)).not.toContain(me.name);
  // Nothing points at the deleted photo any more: no broken picture in the lead or the article.
  expect(view.photos).toEqual([]);
  expect(JSON.stringify(view)).not.toContain(photo.fileID);
  const after = dataOf(await client.call(tokens.editor, 'articles', 'get', { id: article.id }));
  expect(after.photos).toEqual([]);
  expect(after.title).toBe('便民桥通车');
  // The lead's audit log says what went, and who took it.
  const logged = env.host.query<{ kind: string; by: string; note: string }>(
    'SELECT kind, by, note FROM lead_events WHERE lead_id = ? ORDER BY seq',
    lead.id,
  );
  expect(logged.at(-1)).toEqual({ kind: 'purged', by: await idOf(tokens.admin), note: '通讯员注销账号，删除照片1张' });
});
