// Article services on the in-memory store: prefilling, the photo rules, and a lead edited while it is being cited.
import { createArticle } from '../../cloudfunctions/core/articles/create';
import { AppError } from '../../cloudfunctions/core/errors';
import type { LeadRecord } from '../../cloudfunctions/core/leads/records';
import { account, leadRecord, memoryContext } from './memoryContext';

const reporter = account('r1', 'reporter');
const editor = account('e1', 'editor');

function setup() {
  const ctx = memoryContext();
  for (const a of [reporter, editor]) ctx.store.accounts.set(a.id, a);
  let n = 0;
  const accepted = (extra: Partial<LeadRecord> = {}): LeadRecord => {
    const lead = leadRecord(++n, extra);
    ctx.store.leads.set(lead.id, lead);
    return lead;
  };
  return { ctx, accepted };
}

it('photos may come from the cited leads or the editor, never from someone else', async () => {
  const { ctx, accepted } = setup();
  const lead = accepted();
  const view = await createArticle(ctx, editor, {
    title: '稿',
    kind: 'photo',
    leadIds: [lead.id],
    photos: ['r1/p1.jpg', 'e1/own.jpg'],
  });
  expect(view.photos.map((p) => p.fileID)).toEqual(['r1/p1.jpg', 'e1/own.jpg']);
  const other = accepted();
  await expect(
    createArticle(ctx, editor, { title: '稿', kind: 'photo', leadIds: [other.id], photos: ['r2/x.jpg'] }),
  ).rejects.toMatchObject({
    code: 'INVALID_ARGUMENT',
  });
  expect(ctx.store.leads.get(other.id)!.status).toBe('accepted');
});

it('a lead edited between reading and citing is read again and still cited once', async () => {
  const { ctx, accepted } = setup();
  const lead = accepted();
  const insert = ctx.store.insertArticle.bind(ctx.store);
  let raced = false;
  ctx.store.insertArticle = async (article, citations) => {
    if (!raced) {
      raced = true; // another editor marks the lead a highlight just before our citation lands
      const stored = ctx.store.leads.get(lead.id)!;
      ctx.store.leads.set(lead.id, { ...stored, highlightSection: '对外宣传', version: stored.version + 1 });
    }
    return insert(article, citations);
  };
  const view = await createArticle(ctx, editor, { title: '稿', kind: 'news', leadIds: [lead.id] });
  expect(view.leads).toEqual([expect.objectContaining({ id: lead.id, status: 'used', highlightSection: '对外宣传' })]);
  expect(ctx.store.articles.size).toBe(1);
  expect(ctx.store.events.filter((e) => e.kind === 'cited')).toHaveLength(1);
});

it('gives up with CONFLICT when the lead keeps changing', async () => {
  const { ctx, accepted } = setup();
  const lead = accepted();
  ctx.store.insertArticle = async () => false;
  const err = await createArticle(ctx, editor, { title: '稿', kind: 'news', leadIds: [lead.id] }).catch(
    (e: AppError) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('CONFLICT');
});

it('a merged or rejected lead cannot be cited; missing leads are NOT_FOUND', async () => {
  const { ctx, accepted } = setup();
  for (const status of ['merged', 'rejected', 'needs_info', 'submitted'] as const) {
    const lead = accepted({ status });
    await expect(createArticle(ctx, editor, { title: '稿', kind: 'news', leadIds: [lead.id] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  }
  await expect(createArticle(ctx, editor, { title: '稿', kind: 'news', leadIds: ['nope'] })).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
});
