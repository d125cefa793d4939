// The ArticleStore half of the cloud store: articles keep `leadIds` in the document, publications have their own.
import { articleCursorKey, type ArticleQuery, type LeadCitation } from '../../core/articles/ports';
import { pageOf, type Page } from '../../core/cursor';
import type { ArticleRecord, ArticleSummary, PublicationRecord } from '../../core/articles/records';
import { chunks } from '../../core/chunks';
import { COLLECTIONS as C, fetchAll, fromDoc, toDoc, updateData } from './documents';
import { cappedLimit, textRegExp } from './leadQuery';
import type { Condition, Database, Transaction } from './sdk';
import { txVersionMatches, txWriteLead } from './transactions';

const IN_CHUNK = 100;
/** Highlight leads looked at for "still unpublished": far more than a township marks in a year. */
const MAX_HIGHLIGHTS = 1000;

/** The cited leads' compare-and-set, their audit lines and the article in one transaction (all or nothing). */
export function insertArticle(db: Database, article: ArticleRecord, citations: LeadCitation[]): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    for (const c of citations) if (!(await txVersionMatches(tx, C.leads, c.lead, c.expectedVersion))) return false;
    for (const c of citations) await txWriteLead(tx, c.lead, c.expectedVersion, c.event);
    await tx.collection(C.articles).add({ data: toDoc(article) });
    return true;
  });
}

export async function getArticle(db: Database, townshipId: string, id: string): Promise<ArticleRecord | null> {
  const { data } = await db.collection(C.articles).where({ _id: id, townshipId }).limit(1).get();
  return data[0] ? fromDoc<ArticleRecord>(data[0]) : null;
}

export async function saveArticle(db: Database, article: ArticleRecord, expectedVersion: number): Promise<boolean> {
  const result = await db
    .collection(C.articles)
    .where({ _id: article.id, townshipId: article.townshipId, version: expectedVersion })
    .update({ data: { ...updateData(article), version: expectedVersion + 1 } });
  return result.stats.updated === 1;
}

async function unpublishedHighlightIds(db: Database, townshipId: string, before: string): Promise<string[]> {
  const _ = db.command;
  const docs = await fetchAll(db, C.leads, { townshipId, highlightSection: _.neq(null), createdAt: _.lt(before) });
  return docs.slice(0, MAX_HIGHLIGHTS).map((d) => d._id);
}

const newestFirst = (a: ArticleRecord, b: ArticleRecord) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** `credits` is an array field: equality matches an element, as the credits index expects. */
export async function creditsOf(db: Database, townshipId: string, accountId: string): Promise<ArticleRecord[]> {
  const docs = await fetchAll(db, C.articles, { townshipId, credits: accountId });
  return docs.map((d) => fromDoc<ArticleRecord>(d)).sort(newestFirst);
}

export async function listArticles(db: Database, query: ArticleQuery): Promise<Page<ArticleRecord>> {
  const _ = db.command;
  const base: Record<string, unknown> = { townshipId: query.townshipId };
  if (query.status) base.status = query.status;
  if (query.kind) base.kind = query.kind;
  const parts: Condition[] = [base];
  if (query.text) {
    const re = textRegExp(db, query.text);
    parts.push(_.or([{ title: re }, { body: re }]));
  }
  if (query.highlightLeadCreatedBefore) {
    const ids = await unpublishedHighlightIds(db, query.townshipId, query.highlightLeadCreatedBefore);
    if (ids.length === 0) return { items: [], next: null };
    parts.push({ leadIds: _.in(ids) });
  }
  if (query.after) {
    const [createdAt, id] = query.after;
    parts.push(_.or([{ createdAt: _.lt(createdAt) }, { createdAt, _id: _.lt(String(id)) }]));
  }
  const limit = cappedLimit(query.limit);
  const { data } = await db
    .collection(C.articles)
    .where(parts.length === 1 ? base : _.and(parts))
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit + 1)
    .get();
  return pageOf(data, limit, (kept) => kept.map((d) => fromDoc<ArticleRecord>(d)), articleCursorKey);
}

export async function publicationsOf(
  db: Database,
  townshipId: string,
  articleIds: string[],
): Promise<PublicationRecord[]> {
  const all: PublicationRecord[] = [];
  for (const part of chunks([...new Set(articleIds)], IN_CHUNK)) {
    const docs = await fetchAll(db, C.publications, { townshipId, articleId: db.command.in(part) });
    all.push(...docs.map((d) => fromDoc<PublicationRecord>(d)));
  }
  return all.sort(
    (a, b) =>
      a.publishedAt.localeCompare(b.publishedAt) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** The article's compare-and-set and the publication change in one transaction: a stale caller changes nothing. */
function withArticle(
  db: Database,
  article: ArticleRecord,
  expectedVersion: number,
  change: (tx: Transaction) => Promise<unknown>,
) {
  return db.runTransaction(async (tx) => {
    if (!(await txVersionMatches(tx, C.articles, article, expectedVersion))) return false;
    await tx
      .collection(C.articles)
      .doc(article.id)
      .update({ data: { ...updateData(article), version: expectedVersion + 1 } });
    await change(tx);
    return true;
  });
}

export function savePublication(
  db: Database,
  article: ArticleRecord,
  expectedVersion: number,
  p: PublicationRecord,
): Promise<boolean> {
  return withArticle(db, article, expectedVersion, (tx) =>
    tx
      .collection(C.publications)
      .doc(p.id)
      .set({ data: updateData(p) }),
  );
}

export function removePublication(
  db: Database,
  article: ArticleRecord,
  expectedVersion: number,
  publicationId: string,
): Promise<boolean> {
  return withArticle(db, article, expectedVersion, (tx) => tx.collection(C.publications).doc(publicationId).remove());
}

/** Summaries of the articles citing each lead (newest first, as the local store answers), with their publications. */
export async function articlesForLeads(
  db: Database,
  townshipId: string,
  leadIds: string[],
): Promise<Map<string, ArticleSummary[]>> {
  const result = new Map<string, ArticleSummary[]>();
  const wanted = new Set(leadIds);
  if (wanted.size === 0) return result;
  const found = new Map<string, ArticleRecord>();
  for (const part of chunks([...wanted], IN_CHUNK)) {
    const docs = await fetchAll(db, C.articles, { townshipId, leadIds: db.command.in(part) });
    for (const doc of docs) found.set(doc._id, fromDoc<ArticleRecord>(doc));
  }
  const pubs = await publicationsOf(db, townshipId, [...found.keys()]);
  const ordered = [...found.values()].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
  for (const article of ordered) {
    const summary: ArticleSummary = {
      id: article.id,
      title: article.title,
      kind: article.kind,
      status: article.status,
      publications: pubs
        .filter((p) => p.articleId === article.id)
        .map((p) => ({ outlet: p.outlet, level: p.level, publishedAt: p.publishedAt, url: p.url ?? null })),
    };
    for (const leadId of article.leadIds) {
      if (wanted.has(leadId)) result.set(leadId, [...(result.get(leadId) ?? []), summary]);
    }
  }
  return result;
}
