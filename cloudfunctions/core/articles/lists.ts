// articles.get and articles.list (newest first, filters, and highlights still unpublished after N days).
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, type PageView } from '../cursor';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import { findVisibleArticle } from './access';
import { presentArticle, presentArticles } from './present';
import type { ListArticlesInput } from './schemas';
import type { ArticleView } from './views';

const DAY = 86_400_000;

export async function getArticle(ctx: Context, caller: AccountRecord, input: { id: string }): Promise<ArticleView> {
  return presentArticle(ctx, await findVisibleArticle(ctx, caller, input.id));
}

export async function listArticles(
  ctx: Context,
  caller: AccountRecord,
  input: ListArticlesInput,
): Promise<PageView<ArticleView>> {
  const days = input.unpublishedHighlightsOlderThanDays;
  const text = input.q?.trim();
  const result = await ctx.articles.listArticles({
    townshipId: caller.townshipId,
    // "Still unpublished" means drafts, whatever status filter came with it.
    status: days !== undefined ? 'draft' : input.status,
    kind: input.kind,
    text: text ? text : undefined,
    highlightLeadCreatedBefore:
      days !== undefined ? new Date(ctx.clock.now().getTime() - days * DAY).toISOString() : undefined,
    after: decodeCursor(input.cursor, 2),
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
  });
  return { items: await presentArticles(ctx, caller.townshipId, result.items), nextCursor: encodeCursor(result.next) };
}
