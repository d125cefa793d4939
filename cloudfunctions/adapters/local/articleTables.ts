// Articles, the leads they cite and their publications: what a lead view shows under "where it ran".
// The core has no article records yet, so the shapes written here live in the adapter (the demo seeds them).
import type { ArticleSummary, PublicationSummary } from '../../core/records';
import type { ArticleKind, PublicationLevel } from '../../core/vocabulary';
import type { Db } from './db';
import { insertSql } from './rows';

export interface StoredArticle {
  id: string;
  townshipId: string;
  title: string;
  kind: ArticleKind;
  body: string;
  status: 'draft' | 'published';
  credits: string[];
  leadIds: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPublication {
  id: string;
  articleId: string;
  townshipId: string;
  outlet: string;
  level: PublicationLevel;
  publishedAt: string;
  url: string | null;
  proofFileID: string | null;
  createdBy: string;
  createdAt: string;
}

export function insertArticle(db: Db, a: StoredArticle): void {
  const row = {
    id: a.id,
    township_id: a.townshipId,
    title: a.title,
    kind: a.kind,
    body: a.body,
    status: a.status,
    credits: JSON.stringify(a.credits),
    created_by: a.createdBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
  db.prepare(insertSql('articles', row)).run(row);
  const link = db.prepare('INSERT OR IGNORE INTO article_leads (article_id, lead_id) VALUES (?, ?)');
  for (const leadId of a.leadIds) link.run(a.id, leadId);
}

export function insertPublication(db: Db, p: StoredPublication): void {
  const row = {
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
  db.prepare(insertSql('publications', row)).run(row);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Summaries of the articles citing each lead, with their publications, in two queries whatever the lead count. */
export function articlesForLeads(db: Db, townshipId: string, leadIds: string[]): Map<string, ArticleSummary[]> {
  const result = new Map<string, ArticleSummary[]>();
  const ids = [...new Set(leadIds)];
  if (ids.length === 0) return result;
  const links = db
    .prepare(
      `SELECT al.lead_id, a.id, a.title, a.kind, a.status
         FROM article_leads al JOIN articles a ON a.id = al.article_id
        WHERE a.township_id = ? AND al.lead_id IN (${placeholders(ids.length)})
        ORDER BY a.created_at DESC, a.id DESC`,
    )
    .all(townshipId, ...ids) as { lead_id: string; id: string; title: string; kind: ArticleKind; status: 'draft' | 'published' }[];
  if (links.length === 0) return result;

  const articleIds = [...new Set(links.map((l) => l.id))];
  const pubs = db
    .prepare(
      `SELECT article_id, outlet, level, published_at, url FROM publications
        WHERE township_id = ? AND article_id IN (${placeholders(articleIds.length)})
        ORDER BY published_at ASC, id ASC`,
    )
    .all(townshipId, ...articleIds) as { article_id: string; outlet: string; level: PublicationLevel; published_at: string; url: string | null }[];
  const pubsByArticle = new Map<string, PublicationSummary[]>();
  for (const p of pubs) {
    const list = pubsByArticle.get(p.article_id) ?? [];
    list.push({ outlet: p.outlet, level: p.level, publishedAt: p.published_at, url: p.url });
    pubsByArticle.set(p.article_id, list);
  }
  for (const l of links) {
    const list = result.get(l.lead_id) ?? [];
    list.push({ id: l.id, title: l.title, kind: l.kind, status: l.status, publications: pubsByArticle.get(l.id) ?? [] });
    result.set(l.lead_id, list);
  }
  return result;
}
