// Articles over HTTP: written from accepted leads, published, and traced both ways between leads and outlets.
import { dataOf, errorOf } from '../support/http';
import { jpeg } from '../support/images';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const { client, tokens } = useTestHost({ tokens: ['reporter1', 'reporter2', 'editor'] });

async function acceptedLead(token: string, overrides: Record<string, unknown> = {}) {
  const lead = dataOf(await client.call(token, 'leads', 'submit', leadPayload(overrides)));
  return dataOf(await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }));
}

test('an article from two leads is prefilled from them and uses both', async () => {
  const photo = dataOf(await client.upload(tokens.reporter1, await jpeg()));
  const a = await acceptedLead(tokens.reporter1, { body: '第一段：便民桥修好了。', photos: [photo.fileID] });
  const b = await acceptedLead(tokens.reporter2, { body: '第二段：村民点赞。' });
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', {
      title: '两村联动修好便民桥',
      kind: 'feature',
      leadIds: [a.id, b.id],
    }),
  );
  expect(article).toMatchObject({
    title: '两村联动修好便民桥',
    kind: 'feature',
    status: 'draft',
    body: '第一段：便民桥修好了。\n\n第二段：村民点赞。',
    createdBy: 'a_editor',
    createdByName: '李晓梅',
    publications: [],
  });
  expect(article.photos).toEqual([{ fileID: photo.fileID, url: expect.stringMatching(/^\/files\/.+\?exp=\d+&sig=/) }]);
  expect(article.credits.map((c: { name: string }) => c.name)).toEqual(['张伟', '刘芳']);
  expect(article.leads.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([
    [a.id, 'used'],
    [b.id, 'used'],
  ]);
  for (const id of [a.id, b.id])
    expect(dataOf(await client.call(tokens.editor, 'leads', 'get', { id })).status).toBe('used');
});

test('a lead still waiting for review cannot be cited, and nothing changes', async () => {
  const ok = await acceptedLead(tokens.reporter1);
  const pending = dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload()));
  const answer = await client.call(tokens.editor, 'articles', 'create', {
    title: '不该成稿',
    kind: 'news',
    leadIds: [ok.id, pending.id],
  });
  expect(answer.status).toBe(409);
  expect(errorOf(answer).code).toBe('CONFLICT');
  expect(dataOf(await client.call(tokens.editor, 'leads', 'get', { id: ok.id })).status).toBe('accepted');
  const list = await client.all(tokens.editor, 'articles', 'list', { q: '不该成稿' });
  expect(list).toEqual([]);
});

test('the body is stored exactly as written, markup and all', async () => {
  const lead = await acceptedLead(tokens.reporter1);
  const body = '  <script>alert(1)</script>\n<a href="javascript:alert(2)" onclick="x()">点我</a>  ';
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', {
      title: '原样保存',
      kind: 'news',
      leadIds: [lead.id],
      body,
    }),
  );
  expect(article.body).toBe(body);
  expect(dataOf(await client.call(tokens.editor, 'articles', 'get', { id: article.id })).body).toBe(body);
});

describe('publications and provenance', () => {
  let article: { id: string };
  let leadId: string;

  // Each test on an article of its own: none relies on what another one published.
  beforeEach(async () => {
    const lead = await acceptedLead(tokens.reporter1);
    leadId = lead.id;
    article = dataOf(
      await client.call(tokens.editor, 'articles', 'create', {
        title: '省报刊发的稿件',
        kind: 'news',
        leadIds: [lead.id],
      }),
    );
  });

  test('a publication with a proof makes the article published, and the reporter sees where it ran', async () => {
    const proof = dataOf(await client.upload(tokens.editor, await jpeg()));
    const published = dataOf(
      await client.call(tokens.editor, 'articles', 'addPublication', {
        articleId: article.id,
        outlet: '省日报',
        level: 'provincial',
        publishedAt: '2026-03-02',
        url: 'https://example.cn/a/1',
        proofFileID: proof.fileID,
      }),
    );
    expect(published.status).toBe('published');
    expect(published.publications).toEqual([
      {
        id: expect.any(String),
        outlet: '省日报',
        level: 'provincial',
        publishedAt: '2026-03-02',
        url: 'https://example.cn/a/1',
        proof: { fileID: proof.fileID, url: expect.stringContaining('sig=') },
      },
    ]);
    const seen = dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: leadId }));
    expect(seen.articles).toEqual([
      expect.objectContaining({
        id: article.id,
        status: 'published',
        publications: [
          { outlet: '省日报', level: 'provincial', publishedAt: '2026-03-02', url: 'https://example.cn/a/1' },
        ],
      }),
    ]);
    expect(seen.timeliness.hoursToFirstPublication).toEqual(expect.any(Number));
    // And from the article back to the lead and its reporter.
    const read = dataOf(await client.call(tokens.reporter1, 'articles', 'get', { id: article.id }));
    expect(read.leads).toEqual([expect.objectContaining({ id: leadId, authorName: '张伟', unitName: '青石村' })]);
  });

  test('links must be http(s) and proofs the caller’s own upload', async () => {
    const base = { articleId: article.id, outlet: '县融媒体中心', level: 'county', publishedAt: '2026-03-03' };
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.cn/x', 'https://exa mple.cn']) {
      const answer = await client.call(tokens.editor, 'articles', 'addPublication', { ...base, url });
      expect([answer.status, errorOf(answer).code]).toEqual([400, 'INVALID_ARGUMENT']);
    }
    const theirs = dataOf(await client.upload(tokens.reporter2, await jpeg()));
    const answer = await client.call(tokens.editor, 'articles', 'addPublication', {
      ...base,
      proofFileID: theirs.fileID,
    });
    expect([answer.status, errorOf(answer).code]).toEqual([400, 'INVALID_ARGUMENT']);
    expect(dataOf(await client.call(tokens.editor, 'articles', 'get', { id: article.id })).publications).toHaveLength(
      0,
    );
  });

  test('a publication can be edited, and removing the last one makes the article a draft again', async () => {
    const proof = dataOf(await client.upload(tokens.editor, await jpeg()));
    const first = { articleId: article.id, outlet: '省日报', level: 'provincial', publishedAt: '2026-03-02' };
    const before = dataOf(
      await client.call(tokens.editor, 'articles', 'addPublication', { ...first, proofFileID: proof.fileID }),
    );
    const pub = before.publications[0];
    const edited = dataOf(
      await client.call(tokens.editor, 'articles', 'addPublication', {
        articleId: article.id,
        publicationId: pub.id,
        outlet: '省日报（客户端）',
        level: 'provincial',
        publishedAt: '2026-03-04',
        proofFileID: pub.proof.fileID,
      }),
    );
    expect(edited.publications).toEqual([
      expect.objectContaining({ id: pub.id, outlet: '省日报（客户端）', url: null }),
    ]);
    const removed = dataOf(
      await client.call(tokens.editor, 'articles', 'removePublication', {
        articleId: article.id,
        publicationId: pub.id,
      }),
    );
    expect(removed).toMatchObject({ status: 'draft', publications: [] });
    const again = await client.call(tokens.editor, 'articles', 'removePublication', {
      articleId: article.id,
      publicationId: pub.id,
    });
    expect(again.status).toBe(404);
  });
});

test('a reporter reads only articles citing their own leads', async () => {
  const mine = await acceptedLead(tokens.reporter1);
  const theirs = await acceptedLead(tokens.reporter2);
  const a = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '张伟的稿件', kind: 'news', leadIds: [mine.id] }),
  );
  const b = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '刘芳的稿件', kind: 'news', leadIds: [theirs.id] }),
  );
  expect(dataOf(await client.call(tokens.reporter1, 'articles', 'get', { id: a.id })).title).toBe('张伟的稿件');
  const hidden = await client.call(tokens.reporter1, 'articles', 'get', { id: b.id });
  expect([hidden.status, errorOf(hidden).code]).toEqual([404, 'NOT_FOUND']);
  expect((await client.call(tokens.reporter1, 'articles', 'list', {})).status).toBe(403);
  expect(
    (await client.call(tokens.reporter1, 'articles', 'create', { title: 'x', kind: 'news', leadIds: [mine.id] }))
      .status,
  ).toBe(403);
});

test('save edits title, body and credits; photos must come from the leads or the editor', async () => {
  const lead = await acceptedLead(tokens.reporter1);
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '初稿', kind: 'news', leadIds: [lead.id] }),
  );
  const saved = dataOf(
    await client.call(tokens.editor, 'articles', 'save', {
      id: article.id,
      title: '定稿',
      body: '新的正文',
      credits: ['a_reporter1', 'a_reporter2'],
    }),
  );
  expect(saved).toMatchObject({ title: '定稿', body: '新的正文', kind: 'news' });
  expect(saved.credits.map((c: { id: string }) => c.id)).toEqual(['a_reporter1', 'a_reporter2']);
  const stranger = dataOf(await client.upload(tokens.reporter2, await jpeg()));
  expect(
    (await client.call(tokens.editor, 'articles', 'save', { id: article.id, photos: [stranger.fileID] })).status,
  ).toBe(400);
  expect((await client.call(tokens.editor, 'articles', 'save', { id: article.id, credits: ['nobody'] })).status).toBe(
    400,
  );
});

test('the list is newest first, pages without repeats, and filters by kind, status and words', async () => {
  const lead = await acceptedLead(tokens.reporter1);
  const created = [];
  for (const kind of ['commentary', 'photo', 'commentary']) {
    created.push(
      dataOf(
        await client.call(tokens.editor, 'articles', 'create', { title: `列表检索${kind}`, kind, leadIds: [lead.id] }),
      ),
    );
  }
  const found = await client.all(tokens.editor, 'articles', 'list', { q: '列表检索' }, 2);
  expect(found.map((a) => a.id)).toEqual(created.map((a) => a.id).reverse());
  const commentary = await client.all(tokens.editor, 'articles', 'list', { q: '列表检索', kind: 'commentary' });
  expect(commentary).toHaveLength(2);
  expect(await client.all(tokens.editor, 'articles', 'list', { q: '列表检索', status: 'published' })).toEqual([]);
});

test('highlights still unpublished after N days', async () => {
  const lead = await acceptedLead(tokens.reporter1);
  dataOf(await client.call(tokens.editor, 'leads', 'highlight', { id: lead.id, section: '对外宣传' }));
  const article = dataOf(
    await client.call(tokens.editor, 'articles', 'create', { title: '亮点待刊发', kind: 'news', leadIds: [lead.id] }),
  );
  const waiting = await client.all(tokens.editor, 'articles', 'list', { unpublishedHighlightsOlderThanDays: 0 });
  expect(waiting.map((a) => a.id)).toContain(article.id);
  expect(
    waiting.every(
      (a) => a.status === 'draft' && a.leads.some((l: { highlightSection: string | null }) => l.highlightSection),
    ),
  ).toBe(true);
  const older = await client.all(tokens.editor, 'articles', 'list', { unpublishedHighlightsOlderThanDays: 30 });
  expect(older.map((a) => a.id)).not.toContain(article.id);
});
