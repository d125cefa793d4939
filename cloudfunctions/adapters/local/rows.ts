// Row shapes of the SQLite tables and their conversion to and from the core's records.
import type { AccountRecord, InviteRecord, TownshipRecord, UnitRecord } from '../../core/accounts/records';
import type { LeadRecord } from '../../core/leads/records';
import { activityKindsOf, DEFAULT_RETENTION_DAYS } from '../../core/vocabulary';

export interface TownshipRow {
  id: string;
  name: string;
  categories: string;
  timezone: string;
  aging_amber_hours: number;
  aging_red_hours: number;
  highlight_sections: string;
  issuer: string;
  moderation_words: string;
  activity_kinds: string;
  retention_days: number;
}

/** A row as better-sqlite3 hands it over and takes it back. */
export type Row = Record<string, string | number | null>;

/** How one record field is kept in its column (named after the field in snake case: townshipId → township_id). */
interface Codec<V> {
  toRow(value: V): string | number | null;
  fromRow(value: string | number | null): V;
}
export const asIs = <V>(): Codec<V> => ({ toRow: (v) => v as string | number | null, fromRow: (c) => c as V });
export const json = <V>(): Codec<V> => ({
  toRow: (v) => JSON.stringify(v),
  fromRow: (c) => JSON.parse(c as string) as V,
});
const flag: Codec<boolean> = { toRow: (b) => (b ? 1 : 0), fromRow: (c) => c === 1 };
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Both conversions of a table whose columns are its record's fields; every field must be listed (the compiler checks). */
export function table<R extends object>(fields: { [K in keyof R]-?: Codec<R[K]> }) {
  // Column names worked out once: rows are converted on every request (the caller's account, for one).
  const entries = Object.entries(fields).map(([f, c]) => [f, column(f), c]) as [
    keyof R & string,
    string,
    Codec<unknown>,
  ][];
  return {
    toRow: (record: R): Row => Object.fromEntries(entries.map(([f, col, c]) => [col, c.toRow(record[f])])),
    fromRow: (row: Row): R => Object.fromEntries(entries.map(([f, col, c]) => [f, c.fromRow(row[col] ?? null)])) as R,
  };
}

const UNITS = table<UnitRecord>({
  id: asIs(),
  townshipId: asIs(),
  name: asIs(),
  kind: asIs(),
  platforms: json(),
  createdAt: asIs(),
  deactivatedAt: asIs(),
  platformSince: json(),
  platformRuns: json(),
});

const ACCOUNTS = table<AccountRecord>({
  id: asIs(),
  townshipId: asIs(),
  unitId: asIs(),
  role: asIs(),
  name: asIs(),
  phone: asIs(),
  username: asIs(),
  passwordHash: asIs(),
  openid: asIs(),
  active: flag,
  createdAt: asIs(),
  credentialsVersion: { toRow: (v) => v ?? 0, fromRow: (c) => c as number },
  mustChangePassword: flag,
});

const INVITES = table<InviteRecord>({
  code: asIs(),
  townshipId: asIs(),
  unitId: asIs(),
  role: asIs(),
  expiresAt: asIs(),
  usesLeft: asIs(),
  createdBy: asIs(),
  createdAt: asIs(),
});

export interface LeadRow {
  id: string;
  township_id: string;
  unit_id: string | null;
  author_id: string;
  client_id: string;
  title: string;
  body: string;
  category: string;
  occurred_at: string | null;
  place: string | null;
  photos: string;
  urgent: number;
  status: string;
  history: string;
  replies: string;
  merged_into: string | null;
  highlight_section: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  moderation: string | null;
  moderation_state: string;
  purged_at: string | null;
}

export const townshipFromRow = (r: TownshipRow): TownshipRecord => ({
  id: r.id,
  name: r.name,
  categories: JSON.parse(r.categories) as string[],
  timezone: r.timezone,
  agingHours: { amber: r.aging_amber_hours, red: r.aging_red_hours },
  highlightSections: JSON.parse(r.highlight_sections) as string[],
  issuer: r.issuer,
  moderationWords: JSON.parse(r.moderation_words) as string[],
  activityKinds: JSON.parse(r.activity_kinds) as string[],
  retentionDays: r.retention_days,
});

export const townshipToRow = (t: TownshipRecord): TownshipRow => ({
  id: t.id,
  name: t.name,
  categories: JSON.stringify(t.categories),
  timezone: t.timezone,
  aging_amber_hours: t.agingHours.amber,
  aging_red_hours: t.agingHours.red,
  highlight_sections: JSON.stringify(t.highlightSections),
  issuer: t.issuer ?? '',
  moderation_words: JSON.stringify(t.moderationWords ?? []),
  activity_kinds: JSON.stringify(activityKindsOf(t)),
  retention_days: t.retentionDays ?? DEFAULT_RETENTION_DAYS,
});

export const unitFromRow = UNITS.fromRow;
/** A unit's row with its place in the township's list (a column the record does not carry). */
export const unitToRow = (u: UnitRecord, position: number): Row => ({ ...UNITS.toRow(u), position });
export const accountFromRow = ACCOUNTS.fromRow;
export const accountToRow = ACCOUNTS.toRow;
export const inviteFromRow = INVITES.fromRow;
export const inviteToRow = INVITES.toRow;

export const leadFromRow = (r: LeadRow): LeadRecord => ({
  id: r.id,
  townshipId: r.township_id,
  unitId: r.unit_id,
  authorId: r.author_id,
  clientId: r.client_id,
  title: r.title,
  body: r.body,
  category: r.category,
  occurredAt: r.occurred_at,
  place: r.place,
  photos: JSON.parse(r.photos) as string[],
  urgent: r.urgent === 1,
  status: r.status as LeadRecord['status'],
  history: JSON.parse(r.history) as LeadRecord['history'],
  replies: JSON.parse(r.replies) as LeadRecord['replies'],
  mergedInto: r.merged_into,
  highlightSection: r.highlight_section,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  ...(r.moderation ? { moderation: JSON.parse(r.moderation) as LeadRecord['moderation'] } : {}),
  ...(r.purged_at ? { purgedAt: r.purged_at } : {}),
});

/**
 * The leads columns in the order leadRowFromValues reads them. Pages read leads as raw value arrays: better-sqlite3
 * builds a row object property by property, and for a page of 21 leads that took twice as long as this object literal.
 */
export const LEAD_COLUMNS =
  'id, township_id, unit_id, author_id, client_id, title, body, category, occurred_at, place, photos, urgent, ' +
  'status, history, replies, merged_into, highlight_section, created_at, updated_at, version, moderation, ' +
  'moderation_state, purged_at';

export const leadRowFromValues = (v: unknown[]): LeadRow =>
  ({
    id: v[0],
    township_id: v[1],
    unit_id: v[2],
    author_id: v[3],
    client_id: v[4],
    title: v[5],
    body: v[6],
    category: v[7],
    occurred_at: v[8],
    place: v[9],
    photos: v[10],
    urgent: v[11],
    status: v[12],
    history: v[13],
    replies: v[14],
    merged_into: v[15],
    highlight_section: v[16],
    created_at: v[17],
    updated_at: v[18],
    version: v[19],
    moderation: v[20],
    moderation_state: v[21],
    purged_at: v[22],
  }) as LeadRow;

export const leadToRow = (l: LeadRecord): LeadRow => ({
  id: l.id,
  township_id: l.townshipId,
  unit_id: l.unitId,
  author_id: l.authorId,
  client_id: l.clientId,
  title: l.title,
  body: l.body,
  category: l.category,
  occurred_at: l.occurredAt,
  place: l.place,
  photos: JSON.stringify(l.photos),
  urgent: l.urgent ? 1 : 0,
  status: l.status,
  history: JSON.stringify(l.history),
  replies: JSON.stringify(l.replies),
  merged_into: l.mergedInto,
  highlight_section: l.highlightSection,
  created_at: l.createdAt,
  updated_at: l.updatedAt,
  version: l.version,
  moderation: l.moderation ? JSON.stringify(l.moderation) : null,
  moderation_state: l.moderation?.state ?? 'pass',
  purged_at: l.purgedAt ?? null,
});

/** `INSERT INTO t (a, b) VALUES (@a, @b)` for a row object's own keys. */
export function insertSql(table: string, row: object, suffix = ''): string {
  const cols = Object.keys(row);
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')}) ${suffix}`;
}
