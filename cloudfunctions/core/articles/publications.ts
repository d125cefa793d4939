// articles.addPublication and removePublication: where an article ran; any publication makes it `published`.
import { conflict, invalid, notFound } from '../errors';
import type { Context } from '../ports';
import { provenance } from '../provenance';
import type { AccountRecord } from '../accounts/records';
import type { ArticleRecord, PublicationRecord } from './records';
import { findVisibleArticle } from './access';
import { presentArticle } from './present';
import type { AddPublicationInput, RemovePublicationInput } from './schemas';
import type { ArticleView } from './views';

const STALE = '这篇稿件刚被其他人修改过，请刷新后再试';

export async function addPublication(
  ctx: Context,
  caller: AccountRecord,
  input: AddPublicationInput,
): Promise<ArticleView> {
  const article = await findVisibleArticle(ctx, caller, input.articleId);
  const existing = await ctx.articles.publicationsOf(caller.townshipId, [article.id]);
  const replaced = input.publicationId ? existing.find((p) => p.id === input.publicationId) : undefined;
  if (input.publicationId && !replaced) throw notFound('没有找到这条刊发记录，可能已被删除');
  const proofFileID = input.proofFileID ?? null;
  // A proof kept from the record being edited stays valid; a new one must be the caller's own upload.
  if (proofFileID && proofFileID !== replaced?.proofFileID && !(await ctx.files.ownedBy([proofFileID], caller))) {
    throw invalid('刊发截图无效：只能使用您本人上传的图片，请重新上传', { field: 'proofFileID' });
  }
  const at = ctx.clock.now().toISOString();
  const publication: PublicationRecord = {
    ...provenance(ctx, caller, replaced, at),
    articleId: article.id,
    outlet: input.outlet,
    level: input.level,
    publishedAt: input.publishedAt,
    url: input.url ?? null,
    proofFileID,
  };
  const after: ArticleRecord = { ...article, status: 'published', updatedAt: at };
  if (!(await ctx.articles.savePublication(after, article.version, publication))) throw conflict(STALE);
  return presentArticle(ctx, { ...after, version: article.version + 1 });
}

export async function removePublication(
  ctx: Context,
  caller: AccountRecord,
  input: RemovePublicationInput,
): Promise<ArticleView> {
  const article = await findVisibleArticle(ctx, caller, input.articleId);
  const existing = await ctx.articles.publicationsOf(caller.townshipId, [article.id]);
  if (!existing.some((p) => p.id === input.publicationId)) throw notFound('没有找到这条刊发记录，可能已被删除');
  const after: ArticleRecord = {
    ...article,
    status: existing.length > 1 ? 'published' : 'draft',
    updatedAt: ctx.clock.now().toISOString(),
  };
  if (!(await ctx.articles.removePublication(after, article.version, input.publicationId))) throw conflict(STALE);
  return presentArticle(ctx, { ...after, version: article.version + 1 });
}
