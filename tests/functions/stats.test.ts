// The summary over HTTP on the demo year: roles, figures that agree with the ledgers, and exports behind signed URLs.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { shanghaiDay, TEST_EPOCH } from '../support/clock';
import { exportDone } from '../support/exports';
import { jpeg } from '../support/images';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['editor', 'reporter1'] });
const { client, tokens } = env;

/** The demo spans the twelve months before the hosts' fixed date: this period holds all of it. */
const year = { from: shanghaiDay(TEST_EPOCH, -400), to: shanghaiDay(TEST_EPOCH, 1) };

test('a reporter may not read the statistics (403), an editor may', async () => {
  const denied = await client.call(tokens.reporter1, 'stats', 'summary', year);
  expect(denied.status).toBe(403);
  expect(hasChinese(errorOf(denied).message)).toBe(true);
  expect((await client.call(tokens.editor, 'stats', 'summary', year)).status).toBe(200);
});

test('a period that ends before it starts is refused with a Chinese message', async () => {
  const answer = await client.call(tokens.editor, 'stats', 'summary', { from: '2026-05-01', to: '2026-04-01' });
  expect(answer.status).toBe(400);
  expect(errorOf(answer).message).toBe('开始日期不能晚于结束日期');
});

test('the demo summary agrees with the queue counts and states each level in its text', async () => {
  const { figures, text } = dataOf(await client.call(tokens.editor, 'stats', 'summary', year));
  const counts = dataOf(await client.call(tokens.editor, 'leads', 'counts', {}));
  const allLeads = Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0);
  expect(figures.leadsSubmitted).toBe(allLeads);
  expect(figures.leadsAccepted).toBe(counts.accepted + counts.used);
  const levels = figures.publicationsByLevel as Record<string, number>;
  expect(Object.keys(levels).sort()).toEqual(['county', 'municipal', 'national', 'newmedia', 'own', 'provincial']);
  expect(figures.trainings).toBe(3);
  expect(figures.trainingAttendees).toBeGreaterThan(0);
  expect(text).toContain(`省级媒体`);
  expect(text).toMatch(new RegExp(`省级媒体[^0-9]*${levels.provincial}篇`));
});

test('a Word export is served only through its signed URL, as an attachment', async () => {
  const result = await exportDone(client, tokens.editor, { ...year, format: 'docx' });
  const signed = await fetch(env.host.url + result.url);
  expect(signed.status).toBe(200);
  expect(signed.headers.get('content-disposition')).toMatch(/^attachment/);
  expect(
    Buffer.from(await signed.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  const unsigned = await fetch(env.host.url + String(result.url).split('?')[0]);
  expect(unsigned.status).toBe(403);
});

test('a photo is served inline under a readable name with an RFC 6266 filename*', async () => {
  const photo = dataOf(await client.upload(tokens.reporter1, await jpeg()));
  const lead = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload({ photos: [photo.fileID] })));
  const served = await fetch(env.host.url + lead.photos[0].url);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-disposition')).toMatch(
    /^inline; filename="f_[0-9a-f]+\.jpg"; filename\*=UTF-8''%E4%B9%A1%E8%AE%AF/,
  );
});

test('an export can never be attached to a lead as a photo', async () => {
  const result = dataOf(await client.call(tokens.editor, 'stats', 'export', { ...year, format: 'xlsx' }));
  const fileID = result.fileID as string;
  expect(fileID).toMatch(/\.xlsx$/);
  const answer = await client.call(tokens.editor, 'leads', 'submit', {
    clientId: '5b7d8c1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f',
    title: '导出文件不是照片',
    body: '试图把导出的台账当作照片附上。',
    category: '其他',
    photos: [fileID],
  });
  expect(answer.status).toBe(400);
});
