// Articles, the leads they cite (in order) and their publications, as rows; and the summaries lead views show.
import type { ArticleSummary, ArticleRecord, PublicationRecord, PublicationSummary } from '../../core/articles/records';
import type { ArticleKind, PublicationLevel } from '../../core/vocabulary';
import type { Db } from './db';
import { insertSql } from './rows';
import { placeholders } from './where';

export interface ArticleRow {
  id: string;
  township_id: string;
  title: string;
  kind: string;
  body: string;
  status: string;
  photos: string;
  credits: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  moderation: string | null;
}

export interface PublicationRow {
  id: string;
  article_id: string;
  township_id: string;
  outlet: string;
  level: string;
  published_at: string;
  url: string | null;
  proof_file_id: string | null;
  created_by: string;
  created_at: string;
}

const articleToRow = (a: ArticleRecord): ArticleRow => ({
  id: a.id,
  township_id: a.townshipId,
  title: a.title,
  kind: a.kind,
  body: a.body,
  status: a.status,
  photos: JSON.stringify(a.photos),
  credits: JSON.stringify(a.credits),
  created_by: a.createdBy,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  version: a.version,
  moderation: a.moderation ? JSON.stringify(a.moderation) : null,
});

export const articleFromRow = (r: ArticleRow, leadIds: string[]): ArticleRecord => ({
  id: r.id,
  townshipId: r.township_id,
  title: r.title,
  kind: r.kind as ArticleKind,
  body: r.body,
  status: r.status as ArticleRecord['status'],
  photos: JSON.parse(r.photos) as string[],
  credits: JSON.parse(r.credits) as string[],
  leadIds,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  ...(r.moderation ? { moderation: JSON.parse(r.moderation) as ArticleRecord['moderation'] } : {}),
});

export const publicationFromRow = (r: PublicationRow): PublicationRecord => ({
  id: r.id,
  articleId: r.article_id,
  townshipId: r.township_id,
  outlet: r.outlet,
  level: r.level as PublicationLevel,
  publishedAt: r.published_at,
  url: r.url,
  proofFileID: r.proof_file_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export function insertArticleRow(db: Db, a: ArticleRecord): void {
  const row = articleToRow(a);
  db.prepare(insertSql('articles', row)).run(row);
  const link = db.prepare('INSERT OR IGNORE INTO article_leads (article_id, lead_id, position) VALUES (?, ?, ?)');
  a.leadIds.forEach((leadId, i) => link.run(a.id, leadId, i));
}

/** Compare-and-set on version, like leads. */
export function updateArticleRow(db: Db, a: ArticleRecord, expectedVersion: number): boolean {
  const row = articleToRow({ ...a, version: expectedVersion + 1 });
  const info = db
    .prepare(
      `UPDATE articles SET title = @title, kind = @kind, body = @body, status = @status, photos = @photos,
         credits = @credits, updated_at = @updated_at, version = @version, moderation = @moderation
       WHERE id = @id AND township_id = @township_id AND version = @expected`,
    )
    .run({ ...row, expected: expectedVersion });
  return info.changes === 1;
}

/** Inserts a publication, or replaces the one with the same id. */
export function upsertPublicationRow(db: Db, p: PublicationRecord): void {
  const row: PublicationRow = {
    id: p.id,
    article_id: p.articleId,
    township_id: p.townshipId,
    outlet: p.outlet,
    level: p.level,
    published_at: p.publishedAt,
    url: p.url,
    proof_file_id: p.proofFileID,
    created_by: p.createdBy,
    created_at: p.createdAt,
  };
  db.prepare(
    insertSql(
      'publications',
      row,
      'ON CONFLICT(id) DO UPDATE SET outlet = excluded.outlet, level = excluded.level, published_at = excluded.published_at, url = excluded.url, proof_file_id = excluded.proof_file_id',
    ),
  ).run(row);
}

/** The cited lead ids of each article, in citation order. */
export function leadIdsOf(db: Db, articleIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT article_id, lead_id FROM article_leads WHERE article_id IN (${placeholders(articleIds.length)}) ORDER BY article_id, position, lead_id`,
    )
    .all(...articleIds) as { article_id: string; lead_id: string }[];
  rows.forEach((r) => out.get(r.article_id)?.push(r.lead_id));
  return out;
}

export function publicationsOf(db: Db, townshipId: string, articleIds: string[]): PublicationRecord[] {
  if (articleIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM publications WHERE township_id = ? AND article_id IN (${placeholders(articleIds.length)})
        ORDER BY published_at ASC, created_at ASC, id ASC`,
    )
    .all(townshipId, ...articleIds) as PublicationRow[];
  return rows.map(publicationFromRow);
}

/**
 * The articles citing any of `count` leads (township, then the lead ids), newest first. CROSS JOIN keeps SQLite from
 * walking all the township's articles by date and probing each against the page (11 % of a queue page under load):
 * it starts from the page's leads, and sorts only the few articles found.
 */
export const articlesOfLeadsSql = (count: number) =>
  `SELECT al.lead_id, a.id, a.title, a.kind, a.status
     FROM article_leads al CROSS JOIN articles a ON a.id = al.article_id
    WHERE a.township_id = ? AND al.lead_id IN (${placeholders(count)})
    ORDER BY a.created_at DESC, a.id DESC`;

/** Summaries of the articles citing each lead, with their publications, in two queries whatever the lead count. */
export function articlesForLeads(db: Db, townshipId: string, leadIds: string[]): Map<string, ArticleSummary[]> {
  const result = new Map<string, ArticleSummary[]>();
  const ids = [...new Set(leadIds)];
  if (ids.length === 0) return result;
  const links = db.prepare(articlesOfLeadsSql(ids.length)).all(townshipId, ...ids) as {
    lead_id: string;
    id: string;
    title: string;
    kind: ArticleKind;
    status: 'draft' | 'published';
  }[];
  if (links.length === 0) return result;

  const pubsByArticle = new Map<string, PublicationSummary[]>();
  for (const p of publicationsOf(db, townshipId, [...new Set(links.map((l) => l.id))])) {
    const list = pubsByArticle.get(p.articleId) ?? [];
    list.push({ outlet: p.outlet, level: p.level, publishedAt: p.publishedAt, url: p.url });
    pubsByArticle.set(p.articleId, list);
  }
  for (const l of links) {
    const list = result.get(l.lead_id) ?? [];
    list.push({
      id: l.id,
      title: l.title,
      kind: l.kind,
      status: l.status,
      publications: pubsByArticle.get(l.id) ?? [],
    });
    result.set(l.lead_id, list);
  }
  return result;
}
