// The review flow over HTTP: decisions with reasons, replies, conflicts, and the queue's order and paging.
import { dataOf, errorOf, hasChinese } from '../support/http';
import { jpeg } from '../support/images';
import { leadPayload } from '../support/leads';
import { useTestHost } from '../support/host';

const env = useTestHost({ tokens: ['reporter1', 'editor', 'admin'] });
const { client, tokens } = env;

async function submit(overrides: Record<string, unknown> = {}) {
  return dataOf(await client.call(tokens.reporter1, 'leads', 'submit', leadPayload(overrides)));
}

test('accept: the editor decides, the reporter sees who and when', async () => {
  const lead = await submit();
  const reviewed = dataOf(await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }));
  expect(reviewed.status).toBe('accepted');
  const seen = dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id }));
  expect(seen.status).toBe('accepted');
  expect(seen.history).toEqual([
    { at: expect.any(String), by: 'a_editor', byName: '李晓梅', decision: 'accept', note: null },
  ]);
});

test('needs_info → the reporter replies → back in the queue → accept', async () => {
  const lead = await submit();
  const asked = dataOf(
    await client.call(tokens.editor, 'leads', 'review', {
      id: lead.id,
      decision: 'needs_info',
      note: '请补充参加人数',
    }),
  );
  expect(asked.status).toBe('needs_info');
  expect(dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id })).history[0]).toMatchObject({
    decision: 'needs_info',
    note: '请补充参加人数',
  });
  // Not in the default queue while waiting for the reporter.
  expect((await client.all(tokens.editor, 'leads', 'queue')).some((l) => l.id === lead.id)).toBe(false);

  const replied = dataOf(await client.call(tokens.reporter1, 'leads', 'reply', { id: lead.id, text: '共有45人参加' }));
  expect(replied.status).toBe('submitted');
  expect(replied.replies).toEqual([
    { at: expect.any(String), text: '共有45人参加', photos: [], moderation: { state: 'pass', reasons: [] } },
  ]);
  expect((await client.all(tokens.editor, 'leads', 'queue')).some((l) => l.id === lead.id)).toBe(true);

  const accepted = dataOf(await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }));
  expect(accepted.status).toBe('accepted');
  expect(accepted.history.map((h: { decision: string }) => h.decision)).toEqual(['needs_info', 'accept']);
});

test('reject carries the reason the reporter reads', async () => {
  const lead = await submit();
  dataOf(
    await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'reject', note: '内容与上周重复' }),
  );
  const seen = dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id }));
  expect(seen.status).toBe('rejected');
  expect(seen.history[0]).toMatchObject({ decision: 'reject', note: '内容与上周重复', byName: '李晓梅' });
});

test('replying to a lead that is not waiting for information → 409', async () => {
  const lead = await submit();
  const answer = await client.call(tokens.reporter1, 'leads', 'reply', { id: lead.id, text: '补充' });
  expect(answer.status).toBe(409);
  expect(errorOf(answer).code).toBe('CONFLICT');
});

test('merge into another lead of the township', async () => {
  const [target, duplicate] = [await submit(), await submit()];
  const merged = dataOf(
    await client.call(tokens.editor, 'leads', 'review', { id: duplicate.id, decision: 'merge', mergeInto: target.id }),
  );
  expect(merged).toMatchObject({ status: 'merged', mergedInto: target.id });
});

test('reviewing a lead someone already decided → 409 naming who decided', async () => {
  const lead = await submit();
  dataOf(await client.call(tokens.admin, 'leads', 'review', { id: lead.id, decision: 'accept' }));
  const answer = await client.call(tokens.editor, 'leads', 'review', {
    id: lead.id,
    decision: 'reject',
    note: '不采用',
  });
  expect(answer.status).toBe(409);
  const error = errorOf(answer);
  expect(error.code).toBe('CONFLICT');
  expect(error.message).toContain('王建国');
  expect(error.details).toMatchObject({ decidedBy: '王建国', status: 'accepted' });
  expect(dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id })).status).toBe('accepted');
});

test('two simultaneous decisions → exactly one succeeds, the other is 409', async () => {
  for (let round = 0; round < 3; round++) {
    const lead = await submit();
    const answers = await Promise.all([
      client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'accept' }),
      client.call(tokens.admin, 'leads', 'review', { id: lead.id, decision: 'reject', note: '重复线索' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200);
    const final = dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id }));
    expect(final.status).toBe(dataOf(winner!).status);
    expect(final.history).toHaveLength(1);
    expect(hasChinese(errorOf(answers.find((a) => a.status === 409)!).message)).toBe(true);
  }
});

describe('the queue', () => {
  test('urgent first, then oldest first; the cursor visits every item exactly once', async () => {
    const mine = [
      await submit(),
      await submit({ urgent: true }),
      await submit(),
      await submit({ urgent: true }),
      await submit(),
    ];
    const items = await client.all(tokens.editor, 'leads', 'queue', {}, 3);
    const ids = items.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items.every((l) => l.status === 'submitted')).toBe(true);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      const ordered =
        Number(a.urgent) > Number(b.urgent) ||
        (a.urgent === b.urgent && (a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id)));
      expect(ordered).toBe(true);
    }
    // Our five appear, urgent ones before the others, each group in submission order.
    const positions = mine.map((l) => ids.indexOf(l.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    const [p0, p1, p2, p3, p4] = positions as [number, number, number, number, number];
    expect(p1).toBeLessThan(p3);
    expect(p3).toBeLessThan(p0);
    expect(p0).toBeLessThan(p2);
    expect(p2).toBeLessThan(p4);
  });

  test('the last page has nextCursor null and pages hold at most `limit` items', async () => {
    const first = dataOf(await client.call(tokens.editor, 'leads', 'queue', { limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(typeof first.nextCursor).toBe('string');
    const all = await client.all(tokens.editor, 'leads', 'queue', {}, 50);
    const exact = dataOf(await client.call(tokens.editor, 'leads', 'queue', { limit: all.length }));
    expect(exact.items).toHaveLength(all.length);
    expect(exact.nextCursor).toBeNull();
  });

  test('filters by status: the demo year has decided leads of every kind', async () => {
    for (const status of ['accepted', 'needs_info', 'rejected', 'merged', 'used']) {
      const page = dataOf(await client.call(tokens.editor, 'leads', 'queue', { status, limit: 5 }));
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((l: { status: string }) => l.status === status)).toBe(true);
    }
  });

  test('a used demo lead shows the articles and publications it ran in', async () => {
    const page = dataOf(await client.call(tokens.editor, 'leads', 'queue', { status: 'used', limit: 50 }));
    const withPublication = page.items.find((l: { articles: { publications: unknown[] }[] }) =>
      l.articles.some((a) => a.publications.length > 0),
    );
    expect(withPublication).toBeDefined();
    expect(withPublication.articles[0]).toMatchObject({
      id: expect.any(String),
      title: expect.any(String),
      kind: expect.stringMatching(/^(news|feature|profile|photo|commentary)$/),
      status: expect.stringMatching(/^(draft|published)$/),
    });
    expect(withPublication.articles.flatMap((a: { publications: unknown[] }) => a.publications)[0]).toMatchObject({
      outlet: expect.any(String),
      level: expect.stringMatching(/^(national|provincial|municipal|county|own|newmedia)$/),
      publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});

test('a reply may bring photos of the reporter’s own, served through signed URLs; another’s photo is refused', async () => {
  const lead = await submit();
  dataOf(
    await client.call(tokens.editor, 'leads', 'review', {
      id: lead.id,
      decision: 'needs_info',
      note: '请补一张现场照片',
    }),
  );
  const own = dataOf(await client.upload(tokens.reporter1, await jpeg())).fileID as string;
  const others = dataOf(await client.upload(tokens.editor, await jpeg())).fileID as string;
  const refused = await client.call(tokens.reporter1, 'leads', 'reply', {
    id: lead.id,
    text: '现场照片',
    photos: [others],
  });
  expect(refused.status).toBe(400);
  expect(dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id })).status).toBe('needs_info');

  const replied = dataOf(
    await client.call(tokens.reporter1, 'leads', 'reply', { id: lead.id, text: '现场照片', photos: [own] }),
  );
  expect(replied.replies[0].photos).toEqual([
    { fileID: own, url: expect.stringMatching(/^\/files\/.+\?exp=\d+&sig=/) },
  ]);
  expect((await fetch(env.host.url + replied.replies[0].photos[0].url)).status).toBe(200);
});

describe('a decision carries the version the editor saw (DESIGN 4.3)', () => {
  test('the reply lands, then a reject with the old version → 409 and the reply stays open', async () => {
    const lead = await submit();
    const asked = dataOf(
      await client.call(tokens.editor, 'leads', 'review', { id: lead.id, decision: 'needs_info', note: '请补充时间' }),
    );
    expect(typeof asked.version).toBe('number');
    // The editor looks at the lead waiting for the reporter…
    const seen = dataOf(await client.call(tokens.editor, 'leads', 'get', { id: lead.id }));
    // …the reporter's answer lands…
    dataOf(await client.call(tokens.reporter1, 'leads', 'reply', { id: lead.id, text: '周六上午九点' }));
    // …and the rejection decided on the old view is refused.
    const late = await client.call(tokens.editor, 'leads', 'review', {
      id: lead.id,
      decision: 'reject',
      note: '一直没有回复',
      version: seen.version,
    });
    expect(late.status).toBe(409);
    expect(errorOf(late).code).toBe('CONFLICT');
    expect(hasChinese(errorOf(late).message)).toBe(true);
    const now = dataOf(await client.call(tokens.reporter1, 'leads', 'get', { id: lead.id }));
    expect(now.status).toBe('submitted');
    expect(now.replies).toHaveLength(1);
    // With the version just read, the decision goes through.
    const decided = await client.call(tokens.editor, 'leads', 'review', {
      id: lead.id,
      decision: 'accept',
      version: now.version,
    });
    expect(dataOf(decided).status).toBe('accepted');
  });

  test('reviewMany takes each lead’s version: a changed lead fails alone', async () => {
    const [a, b] = [await submit(), await submit()];
    // b is asked for more and answered: back in the queue, but not as the editor saw it.
    dataOf(
      await client.call(tokens.editor, 'leads', 'review', { id: b.id, decision: 'needs_info', note: '几位村民参加？' }),
    );
    dataOf(await client.call(tokens.reporter1, 'leads', 'reply', { id: b.id, text: '二十多位' }));
    const result = dataOf(
      await client.call(tokens.editor, 'leads', 'reviewMany', {
        ids: [a.id, b.id],
        decision: 'accept',
        versions: { [a.id]: a.version, [b.id]: b.version },
      }),
    );
    expect(result.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
    expect(result.results[1].error.code).toBe('CONFLICT');
  });

  test('a version that is not a whole number → 400', async () => {
    const lead = await submit();
    const answer = await client.call(tokens.editor, 'leads', 'review', {
      id: lead.id,
      decision: 'accept',
      version: 'x',
    });
    expect(answer.status).toBe(400);
  });
});
