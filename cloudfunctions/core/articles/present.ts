// Gathers what article views need (leads, names, units, publications, signed URLs) in one round per kind.
import { PASSED } from '../moderation/verdicts';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ArticleRecord, PublicationRecord } from './records';
import type { LeadRecord } from '../leads/records';
import type { PhotoView } from '../photos';
import type { ArticleView } from './views';

const photo = (fileID: string, urls: Map<string, string>): PhotoView => ({ fileID, url: urls.get(fileID) ?? '' });

export async function presentArticles(
  ctx: Context,
  townshipId: string,
  articles: ArticleRecord[],
): Promise<ArticleView[]> {
  if (articles.length === 0) return [];
  const [leads, publications, units] = await Promise.all([
    ctx.leads.getLeads(townshipId, [...new Set(articles.flatMap((a) => a.leadIds))]),
    ctx.articles.publicationsOf(
      townshipId,
      articles.map((a) => a.id),
    ),
    ctx.townships.listUnits(townshipId),
  ]);
  const leadById = new Map(leads.map((l) => [l.id, l]));
  const people = new Set<string>();
  articles.forEach((a) => [a.createdBy, ...a.credits].forEach((id) => people.add(id)));
  leads.forEach((l) => people.add(l.authorId));
  const files = new Set<string>(articles.flatMap((a) => a.photos));
  publications.forEach((p) => p.proofFileID && files.add(p.proofFileID));
  const [accounts, urls] = await Promise.all([accountsById(ctx, [...people]), ctx.files.signedUrls([...files])]);
  const unitName = (unitId: string | null) => (unitId ? (units.find((u) => u.id === unitId)?.name ?? null) : null);
  const pubsByArticle = new Map<string, PublicationRecord[]>();
  publications.forEach((p) => pubsByArticle.set(p.articleId, [...(pubsByArticle.get(p.articleId) ?? []), p]));

  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    kind: a.kind,
    status: a.status,
    body: a.body,
    photos: a.photos.map((f) => photo(f, urls)),
    leads: a.leadIds
      .map((id) => leadById.get(id))
      .filter((l): l is LeadRecord => Boolean(l))
      .map((l) => ({
        id: l.id,
        title: l.title,
        status: l.status,
        authorId: l.authorId,
        authorName: accounts.get(l.authorId)?.name ?? '',
        unitName: unitName(l.unitId),
        highlightSection: l.highlightSection,
      })),
    credits: a.credits.map((id) => ({
      id,
      name: accounts.get(id)?.name ?? '',
      unitName: unitName(accounts.get(id)?.unitId ?? null),
    })),
    publications: (pubsByArticle.get(a.id) ?? []).map((p) => ({
      id: p.id,
      outlet: p.outlet,
      level: p.level,
      publishedAt: p.publishedAt,
      url: p.url,
      proof: p.proofFileID ? photo(p.proofFileID, urls) : null,
    })),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    createdBy: a.createdBy,
    createdByName: accounts.get(a.createdBy)?.name ?? '',
    moderation: a.moderation ?? PASSED,
  }));
}

export async function presentArticle(ctx: Context, article: ArticleRecord): Promise<ArticleView> {
  const [view] = await presentArticles(ctx, article.townshipId, [article]);
  return view as ArticleView;
}

/** Credits are few (≤ 20 per article, ≤ 50 articles per page): read whole accounts for their units. */
async function accountsById(ctx: Context, ids: string[]): Promise<Map<string, AccountRecord>> {
  const found = await Promise.all(ids.map((id) => ctx.accounts.getAccount(id)));
  return new Map(found.filter((a): a is AccountRecord => Boolean(a)).map((a) => [a.id, a]));
}
