// articles.save: title, kind, body, credits and photos of an existing article (its leads stay as cited).
import { conflict } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ArticleRecord } from './records';
import { assertArticlePhotos, assertCredits, findVisibleArticle, leadPhotos } from './access';
import { presentArticle } from './present';
import { checkArticleText } from '../moderation/content';
import type { SaveArticleInput } from './schemas';
import type { ArticleView } from './views';

/** Saves a changed article, or answers CONFLICT when someone saved it since it was read. */
export async function saveArticleOrConflict(
  ctx: Context,
  before: ArticleRecord,
  after: ArticleRecord,
): Promise<ArticleRecord> {
  if (await ctx.articles.saveArticle(after, before.version)) return { ...after, version: before.version + 1 };
  throw conflict('这篇稿件刚被其他人修改过，请刷新后再改');
}

export async function saveArticle(ctx: Context, caller: AccountRecord, input: SaveArticleInput): Promise<ArticleView> {
  const article = await findVisibleArticle(ctx, caller, input.id);
  if (input.credits) await assertCredits(ctx, caller, input.credits);
  if (input.photos) {
    const leads = await ctx.leads.getLeads(caller.townshipId, article.leadIds);
    await assertArticlePhotos(ctx, caller, input.photos, new Set([...leadPhotos(leads), ...article.photos]));
  }
  const title = input.title ?? article.title;
  const body = input.body ?? article.body;
  // Checked only when the words changed: saving credits or photos does not ask the platform again.
  const words = title !== article.title || body !== article.body;
  const moderation = words ? await checkArticleText(ctx, caller, title, body) : article.moderation;
  const saved = await saveArticleOrConflict(ctx, article, {
    ...article,
    title,
    kind: input.kind ?? article.kind,
    body,
    ...(moderation ? { moderation } : {}),
    credits: input.credits ?? article.credits,
    photos: input.photos ?? article.photos,
    updatedAt: ctx.clock.now().toISOString(),
  });
  return presentArticle(ctx, saved);
}
