// The article half of the in-memory store used by domain tests.
import {
  articleCursorKey,
  type ArticleQuery,
  type ArticleStore,
  type LeadCitation,
} from '../../cloudfunctions/core/articles/ports';
import type { LeadEvent, LeadRecord } from '../../cloudfunctions/core/leads/records';
import { pageOf, type Page } from '../../cloudfunctions/core/cursor';
import type { ArticleRecord, PublicationRecord } from '../../cloudfunctions/core/articles/records';

export abstract class MemoryArticleStore implements ArticleStore {
  articles = new Map<string, ArticleRecord>();
  publications = new Map<string, PublicationRecord>();

  abstract saveLead(lead: LeadRecord, expectedVersion: number, event: LeadEvent): Promise<boolean>;
  abstract getLeads(townshipId: string, ids: string[]): Promise<LeadRecord[]>;
  abstract getLead(townshipId: string, id: string): Promise<LeadRecord | null>;

  private async citationsCurrent(citations: LeadCitation[]): Promise<boolean> {
    for (const c of citations) {
      if ((await this.getLead(c.lead.townshipId, c.lead.id))?.version !== c.expectedVersion) return false;
    }
    return true;
  }

  async insertArticle(article: ArticleRecord, citations: LeadCitation[]) {
    // All or nothing, as the adapters' transactions (tests/contract): check every citation before writing any.
    if (!(await this.citationsCurrent(citations))) return false;
    for (const c of citations) await this.saveLead(c.lead, c.expectedVersion, c.event);
    this.articles.set(article.id, structuredClone(article));
    return true;
  }
  async getArticle(townshipId: string, id: string) {
    const a = this.articles.get(id);
    return a && a.townshipId === townshipId ? structuredClone(a) : null;
  }
  async saveArticle(article: ArticleRecord, expectedVersion: number) {
    const stored = this.articles.get(article.id);
    if (!stored || stored.version !== expectedVersion || stored.townshipId !== article.townshipId) return false;
    this.articles.set(article.id, { ...structuredClone(article), version: expectedVersion + 1 });
    return true;
  }
  async creditsOf(townshipId: string, accountId: string) {
    return structuredClone(
      [...this.articles.values()]
        .filter((a) => a.townshipId === townshipId && a.credits.includes(accountId))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)),
    );
  }
  async listArticles(q: ArticleQuery): Promise<Page<ArticleRecord>> {
    const leads = new Map(
      (
        await this.getLeads(
          q.townshipId,
          [...this.articles.values()].flatMap((a) => a.leadIds),
        )
      ).map((l) => [l.id, l]),
    );
    const key = (a: ArticleRecord) => `${a.createdAt}|${a.id}`;
    const matching = [...this.articles.values()]
      .filter(
        (a) =>
          a.townshipId === q.townshipId &&
          (!q.status || a.status === q.status) &&
          (!q.kind || a.kind === q.kind) &&
          (!q.text || a.title.includes(q.text) || a.body.includes(q.text)) &&
          (!q.highlightLeadCreatedBefore ||
            a.leadIds.some((id) => {
              const l = leads.get(id);
              return l && l.highlightSection !== null && l.createdAt < q.highlightLeadCreatedBefore!;
            })) &&
          (!q.after || key(a) < `${q.after[0]}|${q.after[1]}`),
      )
      .sort((a, b) => (key(a) < key(b) ? 1 : -1));
    return pageOf(matching, q.limit, (kept) => kept.map((a) => structuredClone(a)), articleCursorKey);
  }
  async publicationsOf(townshipId: string, articleIds: string[]) {
    return [...this.publications.values()]
      .filter((p) => p.townshipId === townshipId && articleIds.includes(p.articleId))
      .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.createdAt.localeCompare(b.createdAt));
  }
  async savePublication(article: ArticleRecord, expectedVersion: number, p: PublicationRecord) {
    if (!(await this.saveArticle(article, expectedVersion))) return false;
    this.publications.set(p.id, structuredClone(p));
    return true;
  }
  async removePublication(article: ArticleRecord, expectedVersion: number, publicationId: string) {
    if (!(await this.saveArticle(article, expectedVersion))) return false;
    this.publications.delete(publicationId);
    return true;
  }
}
