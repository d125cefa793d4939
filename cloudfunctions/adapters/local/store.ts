// The core's Store on better-sqlite3. Calls are synchronous underneath; the Promise shape is the port's.
import type * as port from '../../core/storeTypes';
import { conflict } from '../../core/errors';
import { articlesForLeads, publicationsOf } from './articleTables';
import { openDatabase, type Db } from './db';
import { accountEventRows, eraseAccountRow, listAccountsPage, updateAccountRow } from './accountTables';
import { countLeads, leadByTrace, listLeadsPage } from './leadQueries';
import { leadEvents } from './leadEvents';
import { insertLeadRow, updateLeadRow } from './leadWrites';
import {
  accountFromRow,
  accountToRow,
  inviteFromRow,
  inviteToRow,
  insertSql,
  leadFromRow,
  townshipFromRow,
  townshipToRow,
  unitFromRow,
  unitToRow,
  type LeadRow,
  type TownshipRow,
  type Row,
} from './rows';
import * as articles from './articleStore';
import { placeholders } from './where';
import { activitiesAttendedBy, activityKindCounts } from './stats/activitiesSql';
import type { ActivityRecord } from '../../core/activities/records';

/** SQLite caps bound parameters; long id lists are looked up in slices of this size. */
const ID_CHUNK = 500;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export class LocalStore implements port.Store {
  constructor(readonly db: Db) {}

  static open(dataDir: string): LocalStore {
    return new LocalStore(openDatabase(dataDir));
  }

  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one transaction (used by seeding; the port's methods are each atomic already). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** True when no township exists yet: the only state in which the demo may be seeded. */
  isEmpty(): boolean {
    const row = this.db
      .prepare('SELECT (SELECT count(*) FROM townships) + (SELECT count(*) FROM accounts) AS n')
      .get() as { n: number };
    return row.n === 0;
  }

  // ---- townships and units ----

  async getTownship(id: string): Promise<port.TownshipRecord | null> {
    const row = this.db.prepare('SELECT * FROM townships WHERE id = ?').get(id) as TownshipRow | undefined;
    return row ? townshipFromRow(row) : null;
  }

  insertTownship(t: port.TownshipRecord): void {
    const row = townshipToRow(t);
    this.db.prepare(insertSql('townships', row)).run(row);
  }

  async updateTownship(t: port.TownshipRecord): Promise<void> {
    const row = townshipToRow(t);
    this.db
      .prepare(
        `UPDATE townships SET categories = @categories, aging_amber_hours = @aging_amber_hours,
           aging_red_hours = @aging_red_hours, highlight_sections = @highlight_sections, issuer = @issuer,
           moderation_words = @moderation_words, activity_kinds = @activity_kinds, retention_days = @retention_days
         WHERE id = @id`,
      )
      .run({
        id: row.id,
        categories: row.categories,
        aging_amber_hours: row.aging_amber_hours,
        aging_red_hours: row.aging_red_hours,
        highlight_sections: row.highlight_sections,
        issuer: row.issuer,
        moderation_words: row.moderation_words,
        activity_kinds: row.activity_kinds,
        retention_days: row.retention_days,
      });
  }

  async listTownships(): Promise<port.TownshipRecord[]> {
    return (this.db.prepare('SELECT * FROM townships ORDER BY id').all() as TownshipRow[]).map(townshipFromRow);
  }

  async listUnits(townshipId: string): Promise<port.UnitRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM units WHERE township_id = ? ORDER BY position, name, id')
      .all(townshipId) as Row[];
    return rows.map(unitFromRow);
  }

  insertUnit(unit: port.UnitRecord, position: number): void {
    const row = unitToRow(unit, position);
    this.db.prepare(insertSql('units', row)).run(row);
  }

  /** A new unit goes to the end of the township's list; an existing one keeps its place. */
  async saveUnit(unit: port.UnitRecord): Promise<void> {
    this.transaction(() => {
      const updated = this.db
        .prepare(
          `UPDATE units SET name = ?, kind = ?, platforms = ?, deactivated_at = ?, platform_since = ?, platform_runs = ?
            WHERE id = ? AND township_id = ?`,
        )
        .run(
          unit.name,
          unit.kind,
          JSON.stringify(unit.platforms),
          unit.deactivatedAt,
          JSON.stringify(unit.platformSince),
          JSON.stringify(unit.platformRuns),
          unit.id,
          unit.townshipId,
        );
      if (updated.changes === 1) return;
      const { next } = this.db
        .prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM units WHERE township_id = ?')
        .get(unit.townshipId) as { next: number };
      this.insertUnit(unit, next);
    });
  }

  // ---- accounts ----

  async getAccount(id: string): Promise<port.AccountRecord | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as Row | undefined;
    return row ? accountFromRow(row) : null;
  }

  async getAccountByOpenid(openid: string): Promise<port.AccountRecord | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE openid = ?').get(openid) as Row | undefined;
    return row ? accountFromRow(row) : null;
  }

  /** The local host's password login looks accounts up by username. */
  async accountNames(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
      const rows = this.db
        .prepare(`SELECT id, name FROM accounts WHERE id IN (${placeholders(part.length)})`)
        .all(...part) as { id: string; name: string }[];
      rows.forEach((r) => names.set(r.id, r.name));
    }
    return names;
  }

  async listAccounts(query: port.AccountQuery): Promise<port.Page<port.AccountRecord>> {
    return listAccountsPage(this.db, query);
  }

  async updateAccount(account: port.AccountRecord): Promise<void> {
    updateAccountRow(this.db, account);
  }

  async eraseAccount(account: port.AccountRecord, event: port.AccountEvent): Promise<void> {
    eraseAccountRow(this.db, account, event);
  }

  async activityKindCounts(townshipId: string, kinds: string[]): Promise<Record<string, number>> {
    return activityKindCounts(this.db, townshipId, kinds);
  }

  async activitiesAttendedBy(townshipId: string, accountId: string): Promise<ActivityRecord[]> {
    return activitiesAttendedBy(this.db, townshipId, accountId);
  }

  async accountEvents(townshipId: string, accountId: string): Promise<port.AccountEvent[]> {
    return accountEventRows(this.db, townshipId, accountId);
  }

  async insertAccount(account: port.AccountRecord): Promise<void> {
    this.insertAccountRow(account);
  }

  /** The invite's use and the account in one SQLite transaction (a CONFLICT thrown inside rolls the use back). */
  async bindAccount(code: string, account: port.AccountRecord): Promise<boolean> {
    return this.transaction(() => {
      if (!this.takeInviteUse(code)) return false;
      this.insertAccountRow(account);
      return true;
    });
  }

  private insertAccountRow(account: port.AccountRecord): void {
    const row = accountToRow(account);
    try {
      this.db.prepare(insertSql('accounts', row)).run(row);
    } catch (err) {
      // Two binds of one WeChat user racing, or a taken username: a conflict the caller can explain, not a 500.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw conflict('这个微信号或用户名已经绑定了账号，无需重复绑定');
      }
      throw err;
    }
  }

  async findAccountByUsername(username: string): Promise<port.AccountRecord | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as Row | undefined;
    return row ? accountFromRow(row) : null;
  }

  // ---- invites ----

  async insertInvite(invite: port.InviteRecord): Promise<void> {
    const row = inviteToRow(invite);
    this.db.prepare(insertSql('invites', row)).run(row);
  }

  async getInvite(code: string): Promise<port.InviteRecord | null> {
    const row = this.db.prepare('SELECT * FROM invites WHERE code = ?').get(code) as Row | undefined;
    return row ? inviteFromRow(row) : null;
  }

  private takeInviteUse(code: string): boolean {
    const info = this.db
      .prepare('UPDATE invites SET uses_left = uses_left - 1 WHERE code = ? AND uses_left > 0')
      .run(code);
    return info.changes === 1;
  }

  // ---- leads ----

  async insertLead(lead: port.LeadRecord): Promise<{ lead: port.LeadRecord; created: boolean }> {
    return insertLeadRow(this.db, lead);
  }

  async getLead(townshipId: string, id: string): Promise<port.LeadRecord | null> {
    const row = this.db.prepare('SELECT * FROM leads WHERE township_id = ? AND id = ?').get(townshipId, id) as
      LeadRow | undefined;
    return row ? leadFromRow(row) : null;
  }

  async getLeads(townshipId: string, ids: string[]): Promise<port.LeadRecord[]> {
    const out: port.LeadRecord[] = [];
    for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
      const rows = this.db
        .prepare(`SELECT * FROM leads WHERE township_id = ? AND id IN (${placeholders(part.length)})`)
        .all(townshipId, ...part) as LeadRow[];
      out.push(...rows.map(leadFromRow));
    }
    return out;
  }

  async saveLead(lead: port.LeadRecord, expectedVersion: number, event: port.LeadEvent): Promise<boolean> {
    return updateLeadRow(this.db, lead, expectedVersion, event);
  }

  async countLeads(filter: port.LeadFilter): Promise<port.LeadCounts> {
    return countLeads(this.db, filter);
  }

  async leadEvents(townshipId: string, leadId: string): Promise<port.LeadEvent[]> {
    return leadEvents(this.db, townshipId, leadId);
  }

  async leadByTrace(traceId: string): Promise<port.LeadRecord | null> {
    return leadByTrace(this.db, traceId);
  }

  async listLeads(query: port.LeadQuery): Promise<port.Page<port.LeadRecord>> {
    return listLeadsPage(this.db, query);
  }

  async articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, port.ArticleSummary[]>> {
    return articlesForLeads(this.db, townshipId, leadIds);
  }

  // ---- articles (articleStore.ts) ----

  async insertArticle(article: port.ArticleRecord, citations: port.LeadCitation[]): Promise<boolean> {
    return articles.insertArticle(this.db, article, citations);
  }

  async getArticle(townshipId: string, id: string): Promise<port.ArticleRecord | null> {
    return articles.getArticle(this.db, townshipId, id);
  }

  async saveArticle(article: port.ArticleRecord, expectedVersion: number): Promise<boolean> {
    return articles.saveArticle(this.db, article, expectedVersion);
  }

  async creditsOf(townshipId: string, accountId: string): Promise<port.ArticleRecord[]> {
    return articles.creditsOf(this.db, townshipId, accountId);
  }

  async listArticles(query: port.ArticleQuery): Promise<port.Page<port.ArticleRecord>> {
    return articles.listArticles(this.db, query);
  }

  async publicationsOf(townshipId: string, articleIds: string[]): Promise<port.PublicationRecord[]> {
    return publicationsOf(this.db, townshipId, articleIds);
  }

  async savePublication(
    article: port.ArticleRecord,
    expectedVersion: number,
    publication: port.PublicationRecord,
  ): Promise<boolean> {
    return articles.savePublication(this.db, article, expectedVersion, publication);
  }

  async removePublication(
    article: port.ArticleRecord,
    expectedVersion: number,
    publicationId: string,
  ): Promise<boolean> {
    return articles.removePublication(this.db, article, expectedVersion, publicationId);
  }
}
