// Finding an article the caller may see, and the checks on what an article may carry (credits, photos).
import { invalid, notFound } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ArticleRecord } from './records';
import { everyPhotoOf, type LeadRecord } from '../leads/records';

const NOT_FOUND = '没有找到这篇稿件，可能已被删除或您无权查看';

/** A reporter sees only articles citing one of their own leads; anyone else's is NOT_FOUND, never 403. */
export async function findVisibleArticle(ctx: Context, caller: AccountRecord, id: string): Promise<ArticleRecord> {
  const article = await ctx.articles.getArticle(caller.townshipId, id);
  if (!article) throw notFound(NOT_FOUND);
  if (caller.role === 'reporter') {
    const leads = await ctx.leads.getLeads(caller.townshipId, article.leadIds);
    if (!leads.some((l) => l.authorId === caller.id)) throw notFound(NOT_FOUND);
  }
  return article;
}

/** Credited people must be accounts of the caller's township. */
export async function assertCredits(ctx: Context, caller: AccountRecord, credits: string[]): Promise<void> {
  const found = await Promise.all(credits.map((id) => ctx.accounts.getAccount(id)));
  if (found.some((a) => !a || a.townshipId !== caller.townshipId)) {
    throw invalid('署名里有不存在的人员，请重新选择', { field: 'credits' });
  }
}

/** Every photo of the cited leads and their replies: an editor may reuse the reporters' pictures. */
export function leadPhotos(leads: LeadRecord[]): Set<string> {
  return new Set(leads.flatMap((l) => everyPhotoOf(l)));
}

/** Photos must come from the cited leads, be already on the article, or be the caller's own uploads. */
export async function assertArticlePhotos(
  ctx: Context,
  caller: AccountRecord,
  photos: string[],
  allowed: Set<string>,
): Promise<void> {
  const uploads = photos.filter((p) => !allowed.has(p));
  if (!(await ctx.files.ownedBy(uploads, caller))) {
    throw invalid('照片无效：只能使用线索里的照片或您本人上传的照片', { field: 'photos' });
  }
}
