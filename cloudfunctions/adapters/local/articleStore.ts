// The ArticleStore half of the SQLite store (core/articles/ports.ts): each method is one transaction.
import { articleCursorKey, type ArticleQuery, type LeadCitation } from '../../core/articles/ports';
import { pageOf, type Page } from '../../core/cursor';
import type { ArticleRecord, PublicationRecord } from '../../core/articles/records';
import {
  articleFromRow,
  insertArticleRow,
  leadIdsOf,
  updateArticleRow,
  upsertPublicationRow,
  type ArticleRow,
} from './articleTables';
import type { Db } from './db';
import { pageLimit, Where } from './where';
import { updateLeadRow } from './leadWrites';

/** Thrown inside a transaction to roll it back when a compare-and-set misses. */
class Stale extends Error {}

function atomically(db: Db, fn: () => void): boolean {
  try {
    db.transaction(fn)();
    return true;
  } catch (err) {
    if (err instanceof Stale) return false;
    throw err;
  }
}

/** The article saved on the version read and `change` made in the same transaction; false (nothing written) if stale. */
function saveArticleWith(db: Db, article: ArticleRecord, expectedVersion: number, change: () => void): boolean {
  return atomically(db, () => {
    if (!updateArticleRow(db, article, expectedVersion)) throw new Stale();
    change();
  });
}

export function insertArticle(db: Db, article: ArticleRecord, citations: LeadCitation[]): boolean {
  return atomically(db, () => {
    for (const c of citations) if (!updateLeadRow(db, c.lead, c.expectedVersion, c.event)) throw new Stale();
    insertArticleRow(db, article);
  });
}

function withLeads(db: Db, rows: ArticleRow[]): ArticleRecord[] {
  const links = leadIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => articleFromRow(r, links.get(r.id) ?? []));
}

export function getArticle(db: Db, townshipId: string, id: string): ArticleRecord | null {
  const row = db.prepare('SELECT * FROM articles WHERE township_id = ? AND id = ?').get(townshipId, id) as
    ArticleRow | undefined;
  return row ? (withLeads(db, [row])[0] ?? null) : null;
}

export function creditsOf(db: Db, townshipId: string, accountId: string): ArticleRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM articles WHERE township_id = ? AND EXISTS (SELECT 1 FROM json_each(credits) WHERE value = ?)
       ORDER BY created_at DESC, id DESC`,
    )
    .all(townshipId, accountId) as ArticleRow[];
  return withLeads(db, rows);
}

export function listArticles(db: Db, query: ArticleQuery): Page<ArticleRecord> {
  const where = new Where()
    .add('a.township_id = ?', query.townshipId)
    .equal('a.status', query.status)
    .equal('a.kind', query.kind);
  if (query.text) where.textLike(query.text, 'a.');
  if (query.highlightLeadCreatedBefore) {
    where.add(
      `EXISTS (SELECT 1 FROM article_leads al JOIN leads l ON l.id = al.lead_id
      WHERE al.article_id = a.id AND l.highlight_section IS NOT NULL AND l.created_at < ?)`,
      query.highlightLeadCreatedBefore,
    );
  }
  if (query.after) where.add('(a.created_at, a.id) < (?, ?)', String(query.after[0]), String(query.after[1]));
  const limit = pageLimit(query.limit);
  const rows = db
    .prepare(`SELECT a.* FROM articles a WHERE ${where} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`)
    .all(...where.params, limit + 1) as ArticleRow[];
  return pageOf(rows, limit, (kept) => withLeads(db, kept), articleCursorKey);
}

export function saveArticle(db: Db, article: ArticleRecord, expectedVersion: number): boolean {
  return updateArticleRow(db, article, expectedVersion);
}

export function savePublication(
  db: Db,
  article: ArticleRecord,
  expectedVersion: number,
  p: PublicationRecord,
): boolean {
  return saveArticleWith(db, article, expectedVersion, () => upsertPublicationRow(db, p));
}

export function removePublication(
  db: Db,
  article: ArticleRecord,
  expectedVersion: number,
  publicationId: string,
): boolean {
  return saveArticleWith(db, article, expectedVersion, () => {
    db.prepare('DELETE FROM publications WHERE id = ? AND article_id = ?').run(publicationId, article.id);
  });
}
