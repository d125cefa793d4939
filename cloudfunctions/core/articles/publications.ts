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

/** The caller's article with its publications; a named publication must be one of them. */
async function articleAndPublication(ctx: Context, caller: AccountRecord, articleId: string, publicationId?: string) {
  const article = await findVisibleArticle(ctx, caller, articleId);
  const existing = await ctx.articles.publicationsOf(caller.townshipId, [article.id]);
  const named = publicationId ? existing.find((p) => p.id === publicationId) : undefined;
  if (publicationId && !named) throw notFound('没有找到这条刊发记录，可能已被删除');
  return { article, existing, named };
}

/** The article as saved, or CONFLICT when someone else saved it first. */
async function presentSaved(ctx: Context, after: ArticleRecord, readVersion: number, saved: boolean) {
  if (!saved) throw conflict(STALE);
  return presentArticle(ctx, { ...after, version: readVersion + 1 });
}

export async function addPublication(
  ctx: Context,
  caller: AccountRecord,
  input: AddPublicationInput,
): Promise<ArticleView> {
  const { article, named: replaced } = await articleAndPublication(ctx, caller, input.articleId, input.publicationId);
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
  const saved = await ctx.articles.savePublication(after, article.version, publication);
  return presentSaved(ctx, after, article.version, saved);
}

export async function removePublication(
  ctx: Context,
  caller: AccountRecord,
  input: RemovePublicationInput,
): Promise<ArticleView> {
  const { article, existing } = await articleAndPublication(ctx, caller, input.articleId, input.publicationId);
  const after: ArticleRecord = {
    ...article,
    status: existing.length > 1 ? 'published' : 'draft',
    updatedAt: ctx.clock.now().toISOString(),
  };
  const saved = await ctx.articles.removePublication(after, article.version, input.publicationId);
  return presentSaved(ctx, after, article.version, saved);
}
