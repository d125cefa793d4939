// Moderation on the local host over HTTP: the admin's word list in 镇设置 flags text, the queue filters on it, the
// editor clears it, every verdict and override is a line of the audit log; photos vetted on upload pass.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { jpeg } from '../support/images';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['admin', 'editor', 'reporter1'] });
const { client, tokens } = env;

const moderationLog = (leadId: string) =>
  env.host.query<{ by: string; note: string }>(
    "SELECT by, note FROM lead_events WHERE lead_id = ? AND kind = 'moderation' ORDER BY seq",
    leadId,
  );

const setWords = async (words: string[]) =>
  dataOf(await client.call(tokens.admin, 'accounts', 'saveTownship', { moderationWords: words }));

test('the word list is empty by default, only admins see and change it, and bad lists are refused in Chinese', async () => {
  expect(dataOf(await client.call(tokens.admin, 'accounts', 'me', {})).moderationWords).toEqual([]);
  expect(dataOf(await client.call(tokens.reporter1, 'accounts', 'me', {}))).not.toHaveProperty('moderationWords');
  expect(dataOf(await client.call(tokens.editor, 'accounts', 'me', {}))).not.toHaveProperty('moderationWords');
  const denied = await client.call(tokens.editor, 'accounts', 'saveTownship', { moderationWords: ['赌博'] });
  expect([denied.status, errorOf(denied).code]).toEqual([403, 'PERMISSION_DENIED']);
  for (const bad of [[''], ['重复', '重复'], ['太长'.repeat(11)], 'not a list']) {
    const answer = await client.call(tokens.admin, 'accounts', 'saveTownship', { moderationWords: bad });
    expect([answer.status, errorOf(answer).code, hasChinese(errorOf(answer).message)]).toEqual([
      400,
      'INVALID_ARGUMENT',
      true,
    ]);
  }
  expect(dataOf(await client.call(tokens.admin, 'accounts', 'me', {})).moderationWords).toEqual([]);
});

test('a lead with a listed word reaches the queue marked with it, the flagged filter finds it, an editor clears it', async () => {
  expect((await setWords([' 赌博 ', 'Casino'])).moderationWords).toEqual(['赌博', 'Casino']);
  const flagged = dataOf(
    await client.call(
      tokens.reporter1,
      'leads',
      'submit',
      leadPayload({ title: '村里破获一起赌博案', body: '有人在村口开设casino。' }),
    ),
  );
  const clean = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  // The reporter learns the lead waits for a check, not which words caught it.
  expect(flagged.moderation).toEqual({ state: 'review', reasons: [] });
  expect(clean.moderation).toEqual({ state: 'pass', reasons: [] });

  const queue = await client.all(tokens.editor, 'leads', 'queue', { moderation: 'flagged' });
  expect(queue.map((l) => l.id)).toContain(flagged.id);
  expect(queue.map((l) => l.id)).not.toContain(clean.id);
  const marked = queue.find((l) => l.id === flagged.id);
  expect(marked.moderation).toEqual({ state: 'review', reasons: ['含敏感词“赌博”', '含敏感词“Casino”'] });
  const counts = dataOf(await client.call(tokens.editor, 'leads', 'counts', { moderation: 'flagged' }));
  expect(counts.submitted).toBe(queue.length);

  const cleared = dataOf(
    await client.call(tokens.editor, 'leads', 'moderate', {
      id: flagged.id,
      decision: 'clear',
      version: marked.version,
    }),
  );
  expect(cleared.moderation).toEqual({ state: 'pass', reasons: [] });
  expect((await client.all(tokens.editor, 'leads', 'queue', { moderation: 'flagged' })).map((l) => l.id)).not.toContain(
    flagged.id,
  );
  expect(moderationLog(flagged.id)).toEqual([
    { by: 'system:moderation', note: '文字需人工审核：含敏感词“赌博”；含敏感词“Casino”' },
    { by: expect.any(String), note: '编辑放行文字' },
  ]);
  expect(moderationLog(clean.id)).toEqual([]);
  await setWords([]);
});

test('photos checked on upload pass; a reporter may not moderate; a bad decision changes nothing', async () => {
  const upload = dataOf(await client.upload(tokens.reporter1, await jpeg()));
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ photos: [upload.fileID] })));
  expect(lead.moderation).toEqual({ state: 'pass', reasons: [] });
  expect(lead.photos).toEqual([{ fileID: upload.fileID, url: expect.stringMatching(/^\/files\//) }]);

  const denied = await client.call(tokens.reporter1, 'leads', 'moderate', { id: lead.id, decision: 'clear' });
  expect([denied.status, errorOf(denied).code]).toEqual([403, 'PERMISSION_DENIED']);
  const text = await client.call(tokens.editor, 'leads', 'moderate', { id: lead.id, decision: 'keep_hidden' });
  expect([text.status, errorOf(text).code, hasChinese(errorOf(text).message)]).toEqual([400, 'INVALID_ARGUMENT', true]);
  const unknown = await client.call(tokens.editor, 'leads', 'moderate', {
    id: lead.id,
    photo: 'f_nope',
    decision: 'clear',
  });
  expect([unknown.status, errorOf(unknown).code]).toEqual([404, 'NOT_FOUND']);
  expect(moderationLog(lead.id)).toEqual([]);

  const hidden = dataOf(
    await client.call(tokens.editor, 'leads', 'moderate', {
      id: lead.id,
      photo: upload.fileID,
      decision: 'keep_hidden',
    }),
  );
  expect(hidden.photos[0].moderation).toMatchObject({ state: 'risky', reasons: ['编辑决定不公开'] });
  expect(dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id })).photos).toEqual([]);
});
