// An in-memory Context for domain tests: the simplest faithful implementation of the ports.
import { SILENT_NOTIFIER, wireContext, type Context, type Store } from '../../cloudfunctions/core/ports';
import type { AccountQuery } from '../../cloudfunctions/core/accounts/ports';
import { pageOf, type CursorKey, type Page } from '../../cloudfunctions/core/cursor';
import { submittedEvent, type LeadEvent, type LeadRecord } from '../../cloudfunctions/core/leads/records';
import { leadCursorKey, type LeadFilter, type LeadQuery } from '../../cloudfunctions/core/leads/ports';
import type { LeadCounts } from '../../cloudfunctions/core/leads/views';
import { conflict } from '../../cloudfunctions/core/errors';
import type { ActivityRecord } from '../../cloudfunctions/core/activities/records';
import { MemoryArticleStore } from './memoryArticles';
import { ScriptedModerator } from '../support/moderation';
import { LONG_AGO } from '../support/unitHistory';
import {
  newTownship,
  type AccountEvent,
  type AccountRecord,
  type InviteRecord,
  type TownshipRecord,
  type UnitRecord,
} from '../../cloudfunctions/core/accounts/records';
import { LEAD_STATUSES } from '../../cloudfunctions/core/vocabulary';

function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** Sort key per order, arranged so that ascending key order is list order. */
function listOrder(order: LeadQuery['order'], a: CursorKey, b: CursorKey): number {
  if (order === 'newest') return -compareKeys(a, b);
  return Number(b[0]) - Number(a[0]) || compareKeys(a.slice(1), b.slice(1));
}

function matchesFilter(l: LeadRecord, f: LeadFilter): boolean {
  return (
    l.townshipId === f.townshipId &&
    (!f.authorId || l.authorId === f.authorId) &&
    (!f.statuses || f.statuses.includes(l.status)) &&
    (!f.unitId || l.unitId === f.unitId) &&
    (!f.category || l.category === f.category) &&
    (f.urgent === undefined || l.urgent === f.urgent) &&
    (f.highlighted === undefined || (l.highlightSection !== null) === f.highlighted) &&
    (!f.createdFrom || l.createdAt >= f.createdFrom) &&
    (!f.createdBefore || l.createdAt < f.createdBefore) &&
    (!f.text || l.title.includes(f.text) || l.body.includes(f.text)) &&
    (!f.moderation || f.moderation.includes(l.moderation?.state ?? 'pass')) &&
    (f.purged === undefined || Boolean(l.purgedAt) === f.purged)
  );
}

export class MemoryStore extends MemoryArticleStore implements Store {
  townships = new Map<string, TownshipRecord>();
  units: UnitRecord[] = [];
  accounts = new Map<string, AccountRecord>();
  invites = new Map<string, InviteRecord>();
  leads = new Map<string, LeadRecord>();
  events: (LeadEvent & { leadId: string })[] = [];
  /** Files deleted through the FilePort (retention). */
  removedFiles: string[] = [];

  async getTownship(id: string) {
    return this.townships.get(id) ?? null;
  }
  async listTownships() {
    return [...this.townships.values()];
  }
  async updateTownship(township: TownshipRecord) {
    this.townships.set(township.id, structuredClone(township));
  }
  async listUnits(townshipId: string) {
    return this.units.filter((u) => u.townshipId === townshipId);
  }
  async getAccount(id: string) {
    return this.accounts.get(id) ?? null;
  }
  async getAccountByOpenid(openid: string) {
    return [...this.accounts.values()].find((a) => a.openid === openid) ?? null;
  }
  async accountNames(ids: string[]) {
    return new Map(ids.flatMap((id) => (this.accounts.has(id) ? [[id, this.accounts.get(id)!.name] as const] : [])));
  }
  async listAccounts(q: AccountQuery): Promise<Page<AccountRecord>> {
    const items = [...this.accounts.values()]
      .filter(
        (a) =>
          a.townshipId === q.townshipId &&
          (!q.role || a.role === q.role) &&
          (q.unitId === undefined || a.unitId === q.unitId) &&
          (q.active === undefined || a.active === q.active),
      )
      .slice(0, q.limit);
    return { items, next: null };
  }
  async updateAccount(account: AccountRecord) {
    this.accounts.set(account.id, structuredClone(account));
  }
  /** Activities live in the statistics store; the memory store holds them only for the person's export. */
  activities: ActivityRecord[] = [];
  async activityKindCounts(townshipId: string, kinds: string[]) {
    const ofTownship = this.activities.filter((a) => a.townshipId === townshipId);
    return Object.fromEntries(kinds.map((k) => [k, ofTownship.filter((a) => a.kind === k).length]));
  }
  async activitiesAttendedBy(townshipId: string, accountId: string) {
    return structuredClone(
      this.activities
        .filter((t) => t.townshipId === townshipId && t.attendeeIds.includes(accountId))
        .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
    );
  }
  accountLog: { accountId: string; townshipId: string; event: AccountEvent }[] = [];
  async eraseAccount(account: AccountRecord, event: AccountEvent) {
    const before = this.accounts.get(account.id);
    if (!before || before.townshipId !== account.townshipId) return;
    const credentialsVersion = (before.credentialsVersion ?? 0) + 1;
    this.accounts.set(account.id, structuredClone({ ...account, credentialsVersion }));
    this.accountLog.push({ accountId: account.id, townshipId: account.townshipId, event: structuredClone(event) });
  }
  async accountEvents(townshipId: string, accountId: string) {
    return this.accountLog.filter((l) => l.townshipId === townshipId && l.accountId === accountId).map((l) => l.event);
  }
  async findAccountByUsername(username: string) {
    return [...this.accounts.values()].find((a) => a.username === username) ?? null;
  }
  async saveUnit(unit: UnitRecord) {
    this.units = [...this.units.filter((u) => u.id !== unit.id), unit];
  }
  async insertAccount(account: AccountRecord) {
    const taken = [...this.accounts.values()].some(
      (a) => (account.openid && a.openid === account.openid) || (account.username && a.username === account.username),
    );
    // As the adapters do (tests/contract): a second account for one openid or username is a conflict.
    if (taken) throw conflict('这个微信号或用户名已经绑定了账号，无需重复绑定');
    this.accounts.set(account.id, structuredClone(account));
  }
  async insertInvite(invite: InviteRecord) {
    this.invites.set(invite.code, structuredClone(invite));
  }
  async getInvite(code: string) {
    return structuredClone(this.invites.get(code) ?? null);
  }
  async bindAccount(code: string, account: AccountRecord) {
    const invite = this.invites.get(code);
    if (!invite || invite.usesLeft <= 0) return false;
    // Taken before the await, so binds racing for the last use cannot all see it left; given back on a conflict.
    invite.usesLeft -= 1;
    try {
      await this.insertAccount(account);
    } catch (err) {
      invite.usesLeft += 1;
      throw err;
    }
    return true;
  }
  async insertLead(lead: LeadRecord) {
    const existing = [...this.leads.values()].find((l) => l.clientId === lead.clientId);
    if (existing) return { lead: structuredClone(existing), created: false };
    this.leads.set(lead.id, structuredClone(lead));
    this.events.push({ leadId: lead.id, ...submittedEvent(lead) });
    return { lead: structuredClone(lead), created: true };
  }
  async getLead(townshipId: string, id: string) {
    const lead = this.leads.get(id);
    return lead && lead.townshipId === townshipId ? structuredClone(lead) : null;
  }
  async getLeads(townshipId: string, ids: string[]) {
    return ids.flatMap((id) => {
      const lead = this.leads.get(id);
      return lead && lead.townshipId === townshipId ? [structuredClone(lead)] : [];
    });
  }
  async saveLead(lead: LeadRecord, expectedVersion: number, event: LeadEvent) {
    const stored = this.leads.get(lead.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.leads.set(lead.id, { ...structuredClone(lead), version: expectedVersion + 1 });
    this.events.push({ leadId: lead.id, ...event });
    return true;
  }
  async countLeads(f: LeadFilter) {
    const counts = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as LeadCounts;
    [...this.leads.values()]
      .filter((l) => matchesFilter(l, { ...f, statuses: undefined }))
      .forEach((l) => (counts[l.status] += 1));
    return counts;
  }
  async leadEvents(townshipId: string, leadId: string) {
    return this.events
      .filter((e) => e.leadId === leadId && this.leads.get(leadId)?.townshipId === townshipId)
      .map(({ leadId: _ignored, ...e }) => e);
  }
  async listLeads(q: LeadQuery): Promise<Page<LeadRecord>> {
    const after = q.after;
    const matching = [...this.leads.values()]
      .filter((l) => matchesFilter(l, q))
      .sort((a, b) => listOrder(q.order, leadCursorKey(q.order, a), leadCursorKey(q.order, b)))
      .filter((l) => !after || listOrder(q.order, leadCursorKey(q.order, l), after) > 0);
    const copies = (kept: LeadRecord[]) => kept.map((l) => structuredClone(l));
    return pageOf(matching, q.limit, copies, (l) => leadCursorKey(q.order, l));
  }
  async articlesForLeads() {
    return new Map();
  }
  async leadByTrace(traceId: string) {
    const lead = [...this.leads.values()].find((l) => l.moderation?.photos.some((p) => p.traceId === traceId));
    return lead ? structuredClone(lead) : null;
  }
}

export const TOWNSHIP: TownshipRecord = newTownship('t1', '示范镇');

/** A lead of township t1 as stored, numbered `n`: an accepted lead of r1 with one photo, unless told otherwise. */
export function leadRecord(n: number, extra: Partial<LeadRecord> = {}): LeadRecord {
  return {
    id: `L${n}`,
    townshipId: 't1',
    unitId: 'u1',
    authorId: 'r1',
    clientId: `c${n}`,
    title: `线索${n}`,
    body: `正文${n}`,
    category: '其他',
    occurredAt: null,
    place: null,
    photos: [`r1/p${n}.jpg`],
    urgent: false,
    status: 'accepted',
    history: [],
    replies: [],
    mergedInto: null,
    highlightSection: null,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    version: 2,
    ...extra,
  };
}

export function account(id: string, role: AccountRecord['role'], extra: Partial<AccountRecord> = {}): AccountRecord {
  return {
    id,
    townshipId: 't1',
    unitId: role === 'reporter' ? 'u1' : null,
    role,
    name: `${id}的名字`,
    phone: '13800138000',
    username: id,
    passwordHash: null,
    openid: null,
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A context whose clock advances one minute per call and whose photos belong to whoever's id prefixes them. */
export function memoryContext(): Context & { store: MemoryStore; moderator: ScriptedModerator } {
  const store = new MemoryStore();
  const moderator = new ScriptedModerator();
  store.townships.set(TOWNSHIP.id, TOWNSHIP);
  store.units.push({ id: 'u1', townshipId: 't1', name: '东山村', kind: 'village', platforms: [], ...LONG_AGO });
  let tick = Date.parse('2026-03-01T00:00:00Z');
  let seq = 0;
  return {
    store,
    moderator,
    ...wireContext({
      store,
      moderation: moderator,
      passwords: {
        hashPassword: async (password) => `hashed:${password}`,
        verifyPassword: async (password, stored) => stored === `hashed:${password}`,
      },
      files: {
        ownedBy: async (ids, acc) => ids.every((id) => id.startsWith(`${acc.id}/`)),
        uploadFolder: () => null,
        signedUrls: async (ids) => new Map(ids.map((id) => [id, `/files/${id}?exp=1&sig=x`])),
        remove: async (ids) => void store.removedFiles.push(...ids),
        readSheet: async () => null,
      },
      notifier: SILENT_NOTIFIER,
      clock: { now: () => new Date((tick += 60_000)) },
      newId: () => `id${String(++seq).padStart(6, '0')}`,
    }),
  };
}
