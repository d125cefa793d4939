// The core Store on the WeChat cloud database: keys as `_id`, atomic single-document updates for races.
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
import {
  chunks,
  COLLECTIONS as C,
  fetchAll,
  findById,
  fromDoc,
  toDoc,
  updateData,
  type ArticleDoc,
  type PublicationDoc,
} from './documents';
import { cappedLimit, LEAD_SORT, leadCondition, leadCursorKey } from './leadQuery';
import type { Condition, Database, Doc } from './sdk';

/** One document per clientId: the key that makes a second insert of the same draft fail at the database. */
export function leadDocId(clientId: string): string {
  return `lead_${clientId}`;
}

const IN_CHUNK = 100;

export class WxStore implements Store {
  constructor(private readonly db: Database) {}

  private get _() {
    return this.db.command;
  }

  async getTownship(id: string): Promise<TownshipRecord | null> {
    const doc = await findById(this.db, C.townships, id);
    return doc ? fromDoc<TownshipRecord>(doc) : null;
  }

  async listUnits(townshipId: string): Promise<UnitRecord[]> {
    const docs = await fetchAll(this.db, C.units, { townshipId });
    return docs.map((d) => fromDoc<UnitRecord>(d)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  async getAccount(id: string): Promise<AccountRecord | null> {
    const doc = await findById(this.db, C.accounts, id);
    return doc ? fromDoc<AccountRecord>(doc) : null;
  }

  /** The oldest account of an openid wins, so a doubled bind can never make the caller flip between accounts. */
  async getAccountByOpenid(openid: string): Promise<AccountRecord | null> {
    const { data } = await this.db
      .collection(C.accounts)
      .where({ openid })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(1)
      .get();
    return data[0] ? fromDoc<AccountRecord>(data[0]) : null;
  }

  async accountNames(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_CHUNK)) {
      const { data } = await this.db.collection(C.accounts).where({ _id: this._.in(part) }).limit(IN_CHUNK).get();
      for (const doc of data) names.set(doc._id, String(doc.name));
    }
    return names;
  }

  async listAccounts(query: AccountQuery): Promise<Page<AccountRecord>> {
    const _ = this._;
    const base: Record<string, unknown> = { townshipId: query.townshipId };
    if (query.role !== undefined) base.role = query.role;
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
    const items = data.slice(0, limit).map((d) => fromDoc<AccountRecord>(d));
    const last = items[items.length - 1];
    return { items, next: data.length > limit && last ? [last.name, last.id] : null };
  }

  async insertAccount(account: AccountRecord): Promise<void> {
    await this.db.collection(C.accounts).add({ data: toDoc(account) });
  }

  async insertInvite(invite: InviteRecord): Promise<void> {
    const { code, ...rest } = invite;
    try {
      await this.db.collection(C.invites).add({ data: { _id: code, ...rest } });
    } catch (err) {
      if (await findById(this.db, C.invites, code)) throw conflict('邀请码生成重复，请再试一次');
      throw err;
    }
  }

  async getInvite(code: string): Promise<InviteRecord | null> {
    const doc = await findById(this.db, C.invites, code);
    if (!doc) return null;
    const { id, ...rest } = fromDoc<InviteRecord & { id: string }>(doc);
    return { ...rest, code: id };
  }

  /** The condition and the decrement run as one document update, so two binds cannot share the last use. */
  async consumeInvite(code: string): Promise<boolean> {
    const _ = this._;
    const result = await this.db
      .collection(C.invites)
      .where({ _id: code, usesLeft: _.gt(0) })
      .update({ data: { usesLeft: _.inc(-1) } });
    return result.stats.updated === 1;
  }

  async insertLead(lead: LeadRecord): Promise<{ lead: LeadRecord; created: boolean }> {
    const stored: LeadRecord = { ...lead, id: leadDocId(lead.clientId) };
    try {
      await this.db.collection(C.leads).add({ data: toDoc(stored) });
      return { lead: stored, created: true };
    } catch (err) {
      // A duplicate `_id` means this draft was stored before (perhaps by a retry racing us): answer with that one.
      const existing = await findById(this.db, C.leads, stored.id);
      if (!existing) throw err;
      return { lead: fromDoc<LeadRecord>(existing), created: false };
    }
  }

  async getLead(townshipId: string, id: string): Promise<LeadRecord | null> {
    const { data } = await this.db.collection(C.leads).where({ _id: id, townshipId }).limit(1).get();
    return data[0] ? fromDoc<LeadRecord>(data[0]) : null;
  }

  /** Compare-and-set on `version`: the update matches nothing when someone saved first. */
  async saveLead(lead: LeadRecord, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .collection(C.leads)
      .where({ _id: lead.id, townshipId: lead.townshipId, version: expectedVersion })
      .update({ data: { ...updateData(lead), version: expectedVersion + 1 } });
    return result.stats.updated === 1;
  }

  async listLeads(query: LeadQuery): Promise<Page<LeadRecord>> {
    const limit = cappedLimit(query.limit);
    let q = this.db.collection(C.leads).where(leadCondition(this._, query));
    for (const [field, dir] of LEAD_SORT[query.order]) q = q.orderBy(field, dir);
    const { data } = await q.limit(limit + 1).get();
    const items = data.slice(0, limit).map((d) => fromDoc<LeadRecord>(d));
    const last = items[items.length - 1];
    return { items, next: data.length > limit && last ? leadCursorKey(query.order, last) : null };
  }

  async articlesForLeads(townshipId: string, leadIds: string[]): Promise<Map<string, ArticleSummary[]>> {
    const result = new Map<string, ArticleSummary[]>();
    const wanted = new Set(leadIds);
    if (wanted.size === 0) return result;
    const articles = new Map<string, ArticleDoc>();
    for (const part of chunks([...wanted], IN_CHUNK)) {
      const docs = await fetchAll(this.db, C.articles, { townshipId, leadIds: this._.in(part) });
      for (const doc of docs) articles.set(doc._id, doc as unknown as ArticleDoc);
    }
    const publications = await this.publicationsOf(townshipId, [...articles.keys()]);
    const ordered = [...articles.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id));
    for (const article of ordered) {
      const summary: ArticleSummary = {
        id: article._id,
        title: article.title,
        kind: article.kind,
        status: article.status,
        publications: (publications.get(article._id) ?? []).map((p) => ({
          outlet: p.outlet,
          level: p.level,
          publishedAt: p.publishedAt,
          url: p.url ?? null,
        })),
      };
      for (const leadId of article.leadIds) {
        if (!wanted.has(leadId)) continue;
        const list = result.get(leadId) ?? [];
        list.push(summary);
        result.set(leadId, list);
      }
    }
    return result;
  }

  private async publicationsOf(townshipId: string, articleIds: string[]): Promise<Map<string, PublicationDoc[]>> {
    const byArticle = new Map<string, PublicationDoc[]>();
    const all: Doc[] = [];
    for (const part of chunks(articleIds, IN_CHUNK)) {
      all.push(...(await fetchAll(this.db, C.publications, { townshipId, articleId: this._.in(part) })));
    }
    const pubs = (all as unknown as PublicationDoc[]).sort(
      (a, b) => a.publishedAt.localeCompare(b.publishedAt) || a._id.localeCompare(b._id),
    );
    for (const p of pubs) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p]);
    return byArticle;
  }
}
