// The core's Store on better-sqlite3. Calls are synchronous underneath; the Promise shape is the port's.
import { conflict } from '../../core/errors';
import type { AccountQuery, LeadQuery, Page, Store } from '../../core/ports';
import type {
  AccountRecord,
  ArticleSummary,
  InviteRecord,
  LeadRecord,
  TownshipRecord,
  UnitRecord,
} from '../../core/records';
import { articlesForLeads } from './articleTables';
import { openDatabase, type Db } from './db';
import { listLeadsPage } from './leadQueries';
import {
  accountFromRow,
  accountToRow,
  inviteFromRow,
  inviteToRow,
  insertSql,
  leadFromRow,
  leadToRow,
  townshipFromRow,
  townshipToRow,
  unitFromRow,
  unitToRow,
  type AccountRow,
  type InviteRow,
  type LeadRow,
  type TownshipRow,
  type UnitRow,
} from './rows';

/** SQLite caps bound parameters; long id lists are looked up in slices of this size. */
const ID_CHUNK = 500;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export class LocalStore implements Store {
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
    const row = this.db.prepare('SELECT (SELECT count(*) FROM townships) + (SELECT count(*) FROM accounts) AS n').get() as { n: number };
    return row.n === 0;
  }

  // ---- townships and units ----

  async getTownship(id: string): Promise<TownshipRecord | null> {
    const row = this.db.prepare('SELECT * FROM townships WHERE id = ?').get(id) as TownshipRow | undefined;
    return row ? townshipFromRow(row) : null;
  }

  insertTownship(t: TownshipRecord): void {
    const row = townshipToRow(t);
    this.db.prepare(insertSql('townships', row)).run(row);
  }

  async listUnits(townshipId: string): Promise<UnitRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM units WHERE township_id = ? ORDER BY position, name, id')
      .all(townshipId) as UnitRow[];
    return rows.map(unitFromRow);
  }

  insertUnit(unit: UnitRecord, position: number): void {
    const row = unitToRow(unit, position);
    this.db.prepare(insertSql('units', row)).run(row);
  }

  // ---- accounts ----

  async getAccount(id: string): Promise<AccountRecord | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row ? accountFromRow(row) : null;
  }

  async getAccountByOpenid(openid: string): Promise<AccountRecord | null> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE openid = ?').get(openid) as AccountRow | undefined;
    return row ? accountFromRow(row) : null;
  }

  /** The local host's password login looks accounts up by username. */
  getAccountByUsername(username: string): AccountRecord | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as AccountRow | undefined;
    return row ? accountFromRow(row) : null;
  }

  async accountNames(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
      const rows = this.db
        .prepare(`SELECT id, name FROM accounts WHERE id IN (${part.map(() => '?').join(', ')})`)
        .all(...part) as { id: string; name: string }[];
      rows.forEach((r) => names.set(r.id, r.name));
    }
    return names;
  }

  async listAccounts(query: AccountQuery): Promise<Page<AccountRecord>> {
    const where = ['township_id = ?'];
    const params: unknown[] = [query.townshipId];
    if (query.role) {
      where.push('role = ?');
      params.push(query.role);
    }
    if (query.after) {
      where.push('(name, id) > (?, ?)');
      params.push(String(query.after[0]), String(query.after[1]));
    }
    const limit = Math.max(1, Math.min(query.limit, 200));
    const rows = this.db
      .prepare(`SELECT * FROM accounts WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT ?`)
      .all(...params, limit + 1) as AccountRow[];
    const items = rows.slice(0, limit).map(accountFromRow);
    const last = items[items.length - 1];
    return { items, next: rows.length > limit && last ? [last.name, last.id] : null };
  }

  async insertAccount(account: AccountRecord): Promise<void> {
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

  // ---- invites ----

  async insertInvite(invite: InviteRecord): Promise<void> {
    const row = inviteToRow(invite);
    this.db.prepare(insertSql('invites', row)).run(row);
  }

  async getInvite(code: string): Promise<InviteRecord | null> {
    const row = this.db.prepare('SELECT * FROM invites WHERE code = ?').get(code) as InviteRow | undefined;
    return row ? inviteFromRow(row) : null;
  }

  async consumeInvite(code: string): Promise<boolean> {
    const info = this.db.prepare('UPDATE invites SET uses_left = uses_left - 1 WHERE code = ? AND uses_left > 0').run(code);
    return info.changes === 1;
  }

  // ---- leads ----

  async insertLead(lead: LeadRecord): Promise<{ lead: LeadRecord; created: boolean }> {
    const row = leadToRow(lead);
    // ON CONFLICT DO NOTHING then read: two submissions of one draft can never make two leads,
    // even from two processes sharing the database file.
    const info = this.db.prepare(insertSql('leads', row, 'ON CONFLICT(client_id) DO NOTHING')).run(row);
    if (info.changes === 1) return { lead, created: true };
    const existing = this.db.prepare('SELECT * FROM leads WHERE client_id = ?').get(lead.clientId) as LeadRow | undefined;
    if (!existing) throw new Error(`lead with client_id ${lead.clientId} vanished after a conflict`);
    return { lead: leadFromRow(existing), created: false };
  }

  async getLead(townshipId: string, id: string): Promise<LeadRecord | null> {
    const row = this.db.prepare('SELECT * FROM leads WHERE township_id = ? AND id = ?').get(townshipId, id) as LeadRow | undefined;
    return row ? leadFromRow(row) : null;
  }

  async saveLead(lead: LeadRecord, expectedVersion: number): Promise<boolean> {
    const row = leadToRow({ ...lead, version: expectedVersion + 1 });
    // Compare-and-set: the write only lands if nobody saved the lead since it was read.
    const info = this.db
      .prepare(
        `UPDATE leads SET unit_id = @unit_id, title = @title, body = @body, category = @category,
           occurred_at = @occurred_at, place = @place, photos = @photos, urgent = @urgent, status = @status,
           history = @history, replies = @replies, merged_into = @merged_into,
           highlight_section = @highlight_section, updated_at = @updated_at, version = @version
         WHERE id = @id AND township_id = @township_id AND version = @expected`,
      )
      .run({ ...row, expected: expectedVersion });
    return info.changes === 1;
  }

  async listLeads(query: LeadQuery): Promise<Page<LeadRecord>> {
    return listLeadsPage(this.db, query);
  }

  async articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, ArticleSummary[]>> {
    return articlesForLeads(this.db, townshipId, leadIds);
  }
}
