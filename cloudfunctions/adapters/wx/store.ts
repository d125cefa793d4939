// The core Store on the WeChat cloud database: keys as `_id`, transactions wherever the port promises one step,
// version compare-and-set inside them for races, and only documents written by functions ever read (locked.ts).
import type * as port from '../../core/storeTypes';
import { conflict } from '../../core/errors';
import { accountCursorKey } from '../../core/accounts/ports';
import { submittedEvent } from '../../core/leads/records';
import { leadCursorKey } from '../../core/leads/ports';
import { pageOf } from '../../core/cursor';
import { LEAD_STATUSES } from '../../core/vocabulary';
import { chunks } from '../../core/chunks';
import { leadEventDoc, leadEvents } from './leadEvents';
import { serverOnly } from './locked';
import { txGet, txVersionMatches, txWriteLead } from './transactions';
import {
  byUnitOrder,
  COLLECTIONS as C,
  fetchAll,
  findById,
  fromDoc,
  toDoc,
  unitFromDoc,
  updateData,
} from './documents';
import { cappedLimit, LEAD_SORT, leadCondition, leadFilterCondition } from './leadQuery';
import type { Condition, Database, Transaction } from './sdk';
import * as articles from './articleStore';
import { STATS_COLLECTIONS } from './stats/collections';
import type { ActivityRecord } from '../../core/activities/records';

/** One document per clientId: the key that makes a second insert of the same draft fail at the database. */
export function leadDocId(clientId: string): string {
  return `lead_${clientId}`;
}

const IN_CHUNK = 100;

/**
 * Claim documents make openid and username unique, as the local store's UNIQUE columns do: the claim's `_id` is the
 * value, so a second add of it fails inside the account's transaction.
 */
const CLAIMS = C.claims;
const claimIds = (a: port.AccountRecord): string[] => [
  ...(a.openid ? [`openid:${a.openid}`] : []),
  ...(a.username ? [`username:${a.username}`] : []),
];
const ACCOUNT_TAKEN = '这个微信号或用户名已经绑定了账号，无需重复绑定';
const isDuplicateKey = (err: unknown) => /duplicate key/i.test(String((err as Error)?.message));

/** The account and its claims, inside the caller's transaction. */
async function addAccount(tx: Transaction, account: port.AccountRecord): Promise<void> {
  for (const id of claimIds(account)) await tx.collection(CLAIMS).add({ data: { _id: id, accountId: account.id } });
  await tx.collection(C.accounts).add({ data: toDoc(account) });
}

/** Two binds of one WeChat user racing, or a taken username: a conflict the caller can explain, not a 500. */
async function accountTransaction<T>(db: Database, body: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.runTransaction(body);
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict(ACCOUNT_TAKEN);
    throw err;
  }
}

export class WxStore implements port.Store {
  private readonly db: Database;

  constructor(db: Database) {
    this.db = serverOnly(db);
  }

  private get _() {
    return this.db.command;
  }

  async getTownship(id: string): Promise<port.TownshipRecord | null> {
    const doc = await findById(this.db, C.townships, id);
    return doc ? fromDoc<port.TownshipRecord>(doc) : null;
  }

  async listTownships(): Promise<port.TownshipRecord[]> {
    return (await fetchAll(this.db, C.townships, {})).map((d) => fromDoc<port.TownshipRecord>(d));
  }

  /** Only the settings fields are written, so a name or time zone set in the console stays. */
  async updateTownship(t: port.TownshipRecord): Promise<void> {
    // Everything but identity is a setting, so a setting added later (moderationWords) cannot be forgotten here;
    // an optional one left unset (issuer) is not written at all.
    const { id, name, timezone, ...settings } = t;
    void name;
    void timezone;
    const data = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    await this.db.collection(C.townships).where({ _id: id }).update({ data });
  }

  /**
   * Read once per store, and a store lives for one call (wxMain): every lead view names its unit, and a bulk decision
   * of 50 leads would otherwise read the same units 50 times. saveUnit forgets the copy.
   */
  private units = new Map<string, Promise<port.UnitRecord[]>>();

  listUnits(townshipId: string): Promise<port.UnitRecord[]> {
    let units = this.units.get(townshipId);
    if (!units) {
      units = fetchAll(this.db, C.units, { townshipId }).then((docs) => docs.sort(byUnitOrder).map(unitFromDoc));
      units.catch(() => this.units.delete(townshipId));
      this.units.set(townshipId, units);
    }
    return units.then((list) => structuredClone(list));
  }

  async getAccount(id: string): Promise<port.AccountRecord | null> {
    const doc = await findById(this.db, C.accounts, id);
    return doc ? fromDoc<port.AccountRecord>(doc) : null;
  }

  /** The oldest account of an openid wins, so a doubled bind can never make the caller flip between accounts. */
  async getAccountByOpenid(openid: string): Promise<port.AccountRecord | null> {
    const { data } = await this.db
      .collection(C.accounts)
      .where({ openid })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(1)
      .get();
    return data[0] ? fromDoc<port.AccountRecord>(data[0]) : null;
  }

  async accountNames(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const { data } = await this.db
        .collection(C.accounts)
        .where({ _id: this._.in(part) })
        .limit(IN_CHUNK)
        .get();
      for (const doc of data) names.set(doc._id, String(doc.name));
    }
    return names;
  }

  async listAccounts(query: port.AccountQuery): Promise<port.Page<port.AccountRecord>> {
    const _ = this._;
    const base: Record<string, unknown> = { townshipId: query.townshipId };
    if (query.role !== undefined) base.role = query.role;
    if (query.unitId !== undefined) base.unitId = query.unitId;
    if (query.active !== undefined) base.active = query.active;
    let cond: Condition = base;
    if (query.after) {
      const [name, id] = query.after;
      cond = _.and([base, _.or([{ name: _.gt(name) }, { name, _id: _.gt(String(id)) }])]);
    }
    const limit = cappedLimit(query.limit);
    const { data } = await this.db
      .collection(C.accounts)
      .where(cond)
      .orderBy('name', 'asc')
      .orderBy('_id', 'asc')
      .limit(limit + 1)
      .get();
    return pageOf(data, limit, (kept) => kept.map((d) => fromDoc<port.AccountRecord>(d)), accountCursorKey);
  }

  insertAccount(account: port.AccountRecord): Promise<void> {
    return accountTransaction(this.db, (tx) => addAccount(tx, account));
  }

  async insertInvite(invite: port.InviteRecord): Promise<void> {
    const { code, ...rest } = invite;
    try {
      await this.db.collection(C.invites).add({ data: { _id: code, ...rest } });
    } catch (err) {
      if (await findById(this.db, C.invites, code)) throw conflict('邀请码生成重复，请再试一次');
      throw err;
    }
  }

  async getInvite(code: string): Promise<port.InviteRecord | null> {
    const doc = await findById(this.db, C.invites, code);
    if (!doc) return null;
    const { id, ...rest } = fromDoc<port.InviteRecord & { id: string }>(doc);
    return { ...rest, code: id };
  }

  /** The invite's use, the claims and the account in one transaction: a taken openid leaves the use in place. */
  bindAccount(code: string, account: port.AccountRecord): Promise<boolean> {
    return accountTransaction(this.db, async (tx) => {
      const invite = await txGet(tx, C.invites, code);
      if (!invite || typeof invite.usesLeft !== 'number' || invite.usesLeft <= 0) return false;
      await tx
        .collection(C.invites)
        .doc(code)
        .update({ data: { usesLeft: invite.usesLeft - 1 } });
      await addAccount(tx, account);
      return true;
    });
  }

  async insertLead(lead: port.LeadRecord): Promise<{ lead: port.LeadRecord; created: boolean }> {
    const stored: port.LeadRecord = { ...lead, id: leadDocId(lead.clientId) };
    const submitted = submittedEvent(stored);
    try {
      await this.db.runTransaction(async (tx) => {
        await tx.collection(C.leads).add({ data: toDoc(stored) });
        await tx.collection(C.leadEvents).add({ data: leadEventDoc(stored, stored.version, submitted) });
      });
      return { lead: stored, created: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // A duplicate `_id` means this draft was stored before (perhaps by a retry racing us): answer with that one.
      const existing = await findById(this.db, C.leads, stored.id);
      if (!existing) throw err;
      return { lead: fromDoc<port.LeadRecord>(existing), created: false };
    }
  }

  async getLead(townshipId: string, id: string): Promise<port.LeadRecord | null> {
    const { data } = await this.db.collection(C.leads).where({ _id: id, townshipId }).limit(1).get();
    return data[0] ? fromDoc<port.LeadRecord>(data[0]) : null;
  }

  /** Compare-and-set on `version` and the audit line in one transaction: both land or neither. */
  saveLead(lead: port.LeadRecord, expectedVersion: number, event: port.LeadEvent): Promise<boolean> {
    return this.db.runTransaction(async (tx) => {
      if (!(await txVersionMatches(tx, C.leads, lead, expectedVersion))) return false;
      await txWriteLead(tx, lead, expectedVersion, event);
      return true;
    });
  }

  async listLeads(query: port.LeadQuery): Promise<port.Page<port.LeadRecord>> {
    const limit = cappedLimit(query.limit);
    let q = this.db.collection(C.leads).where(leadCondition(this.db, query));
    for (const [field, dir] of LEAD_SORT[query.order]) q = q.orderBy(field, dir);
    const { data } = await q.limit(limit + 1).get();
    const toLeads = (kept: typeof data) => kept.map((d) => fromDoc<port.LeadRecord>(d));
    return pageOf(data, limit, toLeads, (last) => leadCursorKey(query.order, last));
  }

  articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, port.ArticleSummary[]>> {
    return articles.articlesForLeads(this.db, townshipId, leadIds);
  }

  async getLeads(townshipId: string, ids: string[]): Promise<port.LeadRecord[]> {
    const out: port.LeadRecord[] = [];
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const docs = await fetchAll(this.db, C.leads, { townshipId, _id: this._.in(part) });
      out.push(...docs.map((d) => fromDoc<port.LeadRecord>(d)));
    }
    return out;
  }

  /** One count per status (aggregation is not needed at a township's scale). */
  async countLeads(filter: port.LeadFilter): Promise<port.LeadCounts> {
    const totals = await Promise.all(
      LEAD_STATUSES.map(async (status) => {
        const cond = leadFilterCondition(this.db, { ...filter, statuses: [status] });
        return [status, (await this.db.collection(C.leads).where(cond).count()).total] as const;
      }),
    );
    return Object.fromEntries(totals) as port.LeadCounts;
  }

  leadEvents(townshipId: string, leadId: string): Promise<port.LeadEvent[]> {
    return leadEvents(this.db, townshipId, leadId);
  }

  /** A dotted path through the photos array matches any element (MongoDB semantics); index it in the console. */
  async leadByTrace(traceId: string): Promise<port.LeadRecord | null> {
    const { data } = await this.db.collection(C.leads).where({ 'moderation.photos.traceId': traceId }).limit(1).get();
    return data[0] ? fromDoc<port.LeadRecord>(data[0]) : null;
  }

  // ---- accounts and units (admin) ----

  /** The erasure: the account's claims go (its openid and username are free again) and its audit line lands. */
  eraseAccount(account: port.AccountRecord, event: port.AccountEvent): Promise<void> {
    return accountTransaction(this.db, async (tx) => {
      const before = await txGet(tx, C.accounts, account.id);
      if (!before || before.townshipId !== account.townshipId) return;
      const stored = fromDoc<port.AccountRecord>(before);
      for (const id of claimIds(stored)) await tx.collection(CLAIMS).doc(id).remove();
      const erased = { ...account, credentialsVersion: (stored.credentialsVersion ?? 0) + 1 };
      await tx
        .collection(C.accounts)
        .doc(account.id)
        .update({ data: updateData(erased) });
      await tx.collection(C.accountEvents).add({
        data: { _id: `${account.id}:${event.at}`, townshipId: account.townshipId, accountId: account.id, ...event },
      });
    });
  }

  /** One count per kind (a township has a handful): a removed kind is checked, not every activity read. */
  async activityKindCounts(townshipId: string, kinds: string[]): Promise<Record<string, number>> {
    const activities = this.db.collection(STATS_COLLECTIONS.activities);
    const counts = await Promise.all(
      kinds.map(async (kind) => (await activities.where({ townshipId, kind }).count()).total),
    );
    return Object.fromEntries(kinds.map((k, i) => [k, counts[i] ?? 0]));
  }

  /** `attendeeIds` is an array field: equality matches an element (the activities collection's attendee index). */
  async activitiesAttendedBy(townshipId: string, accountId: string): Promise<ActivityRecord[]> {
    const docs = await fetchAll(this.db, STATS_COLLECTIONS.activities, { townshipId, attendeeIds: accountId });
    return docs
      .map((d) => fromDoc<ActivityRecord>(d))
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  }

  async accountEvents(townshipId: string, accountId: string): Promise<port.AccountEvent[]> {
    const docs = (await fetchAll(this.db, C.accountEvents, {
      townshipId,
      accountId,
    })) as unknown as port.AccountEvent[];
    return docs.map(({ at, by, kind, note }) => ({ at, by, kind, note })).sort((a, b) => a.at.localeCompare(b.at));
  }

  /** A changed openid or username moves its claim in the same transaction (CONFLICT when the new one is taken). */
  updateAccount(account: port.AccountRecord): Promise<void> {
    return accountTransaction(this.db, async (tx) => {
      const before = await txGet(tx, C.accounts, account.id);
      if (!before || before.townshipId !== account.townshipId) return;
      const old = claimIds(fromDoc<port.AccountRecord>(before));
      const next = claimIds(account);
      for (const id of old) if (!next.includes(id)) await tx.collection(CLAIMS).doc(id).remove();
      for (const id of next) {
        if (!old.includes(id)) await tx.collection(CLAIMS).add({ data: { _id: id, accountId: account.id } });
      }
      await tx
        .collection(C.accounts)
        .doc(account.id)
        .update({ data: updateData(account) });
    });
  }

  async findAccountByUsername(username: string): Promise<port.AccountRecord | null> {
    const { data } = await this.db.collection(C.accounts).where({ username }).limit(1).get();
    return data[0] ? fromDoc<port.AccountRecord>(data[0]) : null;
  }

  async saveUnit(unit: port.UnitRecord): Promise<void> {
    this.units.delete(unit.townshipId);
    const existing = await findById(this.db, C.units, unit.id);
    if (existing) {
      // A whole-document set, not an update: an update merges nested objects, so a removed platform's start day
      // would linger in platformSince.
      await this.db
        .collection(C.units)
        .doc(unit.id)
        .set({ data: { ...updateData(unit), position: existing.position } });
      return;
    }
    // A new unit goes last, like the local store's position column.
    const { total } = await this.db.collection(C.units).where({ townshipId: unit.townshipId }).count();
    await this.db
      .collection(C.units)
      .doc(unit.id)
      .set({ data: { ...updateData(unit), position: total } });
  }

  // ---- articles (articleStore.ts) ----

  insertArticle(article: port.ArticleRecord, citations: port.LeadCitation[]): Promise<boolean> {
    return articles.insertArticle(this.db, article, citations);
  }

  getArticle(townshipId: string, id: string): Promise<port.ArticleRecord | null> {
    return articles.getArticle(this.db, townshipId, id);
  }

  saveArticle(article: port.ArticleRecord, expectedVersion: number): Promise<boolean> {
    return articles.saveArticle(this.db, article, expectedVersion);
  }

  creditsOf(townshipId: string, accountId: string): Promise<port.ArticleRecord[]> {
    return articles.creditsOf(this.db, townshipId, accountId);
  }

  listArticles(query: port.ArticleQuery): Promise<port.Page<port.ArticleRecord>> {
    return articles.listArticles(this.db, query);
  }

  publicationsOf(townshipId: string, articleIds: string[]): Promise<port.PublicationRecord[]> {
    return articles.publicationsOf(this.db, townshipId, articleIds);
  }

  savePublication(
    article: port.ArticleRecord,
    expectedVersion: number,
    publication: port.PublicationRecord,
  ): Promise<boolean> {
    return articles.savePublication(this.db, article, expectedVersion, publication);
  }

  removePublication(article: port.ArticleRecord, expectedVersion: number, publicationId: string): Promise<boolean> {
    return articles.removePublication(this.db, article, expectedVersion, publicationId);
  }
}
