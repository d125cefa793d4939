// Building blocks for fuzzing the functions: hostile JSON values, payloads shaped after an action's schema (its
// field names, with any value), a cheap digest of the database, and a Context on the real local adapters.
import crypto from 'node:crypto';
import fc from 'fast-check';
import path from 'node:path';
import type * as z from 'zod/mini';
import type { Db } from '../../cloudfunctions/adapters/local/db';
import { LocalFiles } from '../../cloudfunctions/adapters/local/files';
import { InProcessJobs } from '../../cloudfunctions/adapters/local/jobs';
import { LocalStatsStore } from '../../cloudfunctions/adapters/local/stats/store';
import type { LocalStore } from '../../cloudfunctions/adapters/local/store';
import { SILENT_NOTIFIER, wireContext, type Context } from '../../cloudfunctions/core/ports';
import { KeywordModerator } from '../../cloudfunctions/adapters/local/moderation';
import type { Passwords } from '../../cloudfunctions/core/accounts/ports';
import { CREDIT_SPLITS, LEVEL_COUNTING } from '../../cloudfunctions/core/stats/rule';
import * as V from '../../cloudfunctions/core/vocabulary';

export type Payload = Record<string, unknown>;

/** Strings that broke, or could break, something: encodings, SQL and LIKE syntax, XML, sizes. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD83D', // a lone high surrogate: half an emoji
  '标题\uDE00',
  '\u200B\u200B\u200B',
  '\u200D\uFEFF\u2060',
  '\uFFFE\uFFFF',
  '\u0007\u001B[31m',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '"; DROP TABLE leads; --',
  '%_\\',
  '荷花节%',
  'NEAR(a b)',
  '*',
  '<w:t>x</w:t>&amp;',
  '../../etc/passwd',
  'javascript:alert(1)',
  'A'.repeat(100_000),
  '中'.repeat(20_000),
  '😀'.repeat(3000),
];

const DATES = [
  '0000-01-01',
  '0004-12-31',
  '1970-01-01',
  '2025-02-29',
  '2026-02-28',
  '2026-06-15',
  '9999-12-31',
  '2026-13-01',
];

/** Values that pass many checks, so fuzzing also reaches the services behind validation. */
function plausible(ids: string[]): fc.Arbitrary<unknown> {
  const words = [
    ...V.ROLES,
    ...V.LEAD_STATUSES,
    ...V.DECISIONS,
    ...V.DEFAULT_CATEGORIES,
    ...V.ARTICLE_KINDS,
    ...V.PUBLICATION_LEVELS,
    ...V.UNIT_KINDS,
    ...V.PLATFORM_KINDS,
    ...LEVEL_COUNTING,
    ...CREDIT_SPLITS,
  ];
  return fc.oneof(
    fc.constantFrom(...ids, ...words, ...DATES),
    fc.uuid().map((u) => (u.length % 2 ? u.toUpperCase() : u)),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.integer({ min: -2, max: 2100 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.boolean(),
  );
}

function deep(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function hostile(ids: string[]): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    fc.constantFrom<unknown>(...NASTY, null, 0, -1, 1e308, -0, 2 ** 53 + 1, true, false, 0.5),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.tuple(fc.constantFrom(...NASTY.slice(0, 12)), fc.string({ maxLength: 10 })).map(([a, b]) => `${b}${a}${b}`),
  );
  return fc.oneof(
    { weight: 4, arbitrary: plausible(ids) },
    { weight: 3, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(fc.oneof(scalar, plausible(ids)), { maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        deep(2000),
        Array.from({ length: 20_000 }, (_, i) => `f_${i}`),
        { __proto__: 1 },
      ),
    },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'a', 'toString'), scalar) },
  );
}

type Def = Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod?: { def?: Def } } | null)?._zod?.def ?? {};

/** The field names an action's schema knows (objects, through pipes, unions and wrappers). */
export function fieldsOf(schema: z.ZodMiniType): string[] {
  const def = defOf(schema);
  if (def.shape) return Object.keys(def.shape as object);
  const inner = [def.in, def.out, def.innerType, ...((def.options as unknown[]) ?? [])].filter(
    Boolean,
  ) as z.ZodMiniType[];
  return [...new Set(inner.flatMap(fieldsOf))];
}

const isOptional = (schema: unknown) => ['optional', 'default', 'prefault'].includes(defOf(schema).type as string);

function checkOf(def: Def, name: string): Def | undefined {
  const checks = ((def.checks as unknown[]) ?? []).map((c) => defOf(c));
  return checks.find((c) => c.check === name || c.format === name);
}

const hostileText = fc
  .tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 8 }))
  .map(([a, b]) => (b.length % 2 ? `${b}${a}` : a));

/** Strings that satisfy the schema's format and length checks, most of the time. */
function stringFor(def: Def, ids: string[]): fc.Arbitrary<string> {
  if (def.format === 'uuid' || checkOf(def, 'uuid'))
    return fc.uuid().map((u) => (u.charCodeAt(0) % 3 ? u : u.toUpperCase()));
  if (def.format === 'datetime' || checkOf(def, 'datetime')) {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  const regex = checkOf(def, 'regex')?.pattern as RegExp | undefined;
  if (regex && /\\d\{4\}/.test(regex.source)) {
    const days = fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true });
    return fc.oneof(
      fc.constantFrom(...DATES),
      days.map((d) => d.toISOString().slice(0, 10)),
    );
  }
  if (regex) return fc.stringMatching(regex);
  const max = (checkOf(def, 'max_length')?.maximum as number | undefined) ?? 60;
  const min = (checkOf(def, 'min_length')?.minimum as number | undefined) ?? 0;
  const fits = (v: string) => v.length >= min && v.length <= max;
  const words = [...ids, ...DATES, '荷花节', '便民桥', '村里修好了便民桥', 'https://example.cn/a/1'].filter(fits);
  return fc.oneof(
    fc.constantFrom(...(words.length ? words : ['x'.repeat(Math.max(1, min))])),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 30) }),
  );
}

/** A value of the type a schema expects (often valid, so the call gets past validation into the service). */
function typed(schema: unknown, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => typed(s, ids, depth + 1);
  if (depth > 6) return plausible(ids);
  switch (def.type) {
    case 'string':
      return fc.oneof({ weight: 5, arbitrary: stringFor(def, ids) }, { weight: 1, arbitrary: hostileText });
    case 'number':
    case 'int': {
      const min = (checkOf(def, 'greater_than')?.value as number | undefined) ?? -3;
      const max = (checkOf(def, 'less_than')?.value as number | undefined) ?? 3000;
      return fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min, max }) },
        { weight: 1, arbitrary: fc.constantFrom(0.5, -1, 1e9) },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as object));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case 'pipe':
      return inner(def.in);
    case 'array':
      return fc.array(inner(def.element), { maxLength: 4 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'object':
      return fc
        .tuple(...Object.entries(def.shape as object).map(([k, v]) => fc.tuple(fc.constant(k), inner(v), fc.nat(9))))
        .map((entries) => Object.fromEntries(entries.filter(([, v, keep]) => keep > (isOptional(v) ? 4 : 0))));
    default:
      return plausible(ids);
  }
}

/** A few real ids of every table, so payloads can name things that exist. */
function realIds(db: Db): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as {
    name: string;
  }[];
  const ids: string[] = [];
  for (const { name } of tables) {
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
    const key = columns.includes('id') ? 'id' : columns.includes('code') ? 'code' : null;
    if (!key) continue;
    const rows = db.prepare(`SELECT "${key}" AS v FROM "${name}" ORDER BY rowid LIMIT 3`).all() as { v: unknown }[];
    for (const r of rows) if (typeof r.v === 'string') ids.push(r.v);
  }
  return ids;
}

/**
 * Payloads for one action: any subset of its fields with any value (so missing fields and wrong types), sometimes
 * fields it does not know, `__proto__` among them, built the way JSON.parse builds them (own properties).
 */
export function payloadArb(schema: z.ZodMiniType, store: LocalStore): fc.Arbitrary<Payload> {
  const ids = realIds(store.db);
  const value = hostile(ids);
  // Mostly well-typed payloads with one or two hostile fields, sometimes anything at all under the known names.
  const wellTyped = typed(schema, ids).map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}));
  const fields = fieldsOf(schema);
  const spoilt = fields.length
    ? fc.array(fc.tuple(fc.constantFrom(...fields), value), { maxLength: 2 })
    : fc.constant([] as [string, unknown][]);
  const extra = fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'role', 'townshipId', 'zzz'), value), {
    maxLength: 2,
  });
  return fc
    .tuple(
      wellTyped,
      fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: spoilt }),
      fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extra }),
    )
    .map(([base, s, e]) => Object.fromEntries([...Object.entries(base as object), ...s, ...e]) as Payload);
}

/** Row count, last rowid and last update of every table: any write shows in it. */
export function dbDigest(db: Db): Record<string, string> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const digest: Record<string, string> = {};
  for (const { name, sql } of tables) {
    const virtual = /^CREATE VIRTUAL/i.test(sql ?? '');
    const updated = !virtual && /\bupdated_at\b/.test(sql ?? '') ? ', max(updated_at) AS u' : ", '' AS u";
    const rowid = /WITHOUT ROWID/i.test(sql ?? '') ? "''" : 'max(rowid)';
    const row = db.prepare(`SELECT count(*) AS n, ${rowid} AS r${updated} FROM "${name}"`).get() as Record<
      string,
      unknown
    >;
    digest[name] = `${row.n}/${row.r}/${row.u}`;
  }
  return digest;
}

/**
 * The digest, recomputed only when something was written: SQLite's total_changes() counts every row this connection
 * inserted, updated or deleted, so an unchanged count means an unchanged database without reading any table.
 */
export class DigestWatch {
  private changes = -1;
  private digest: Record<string, string> = {};

  constructor(private readonly db: Db) {}

  private totalChanges(): number {
    return this.db.prepare('SELECT total_changes()').pluck().get() as number;
  }

  /** Call before the action. */
  mark(): void {
    const now = this.totalChanges();
    if (now !== this.changes) this.digest = dbDigest(this.db);
    this.changes = now;
  }

  /** After the action: the digest as it was at mark() when nothing changed it, else as it is now. */
  current(): Record<string, string> {
    return this.totalChanges() === this.changes ? this.digest : dbDigest(this.db);
  }

  marked(): Record<string, string> {
    return this.digest;
  }
}

/** scrypt takes tens of ms by design; a thousand password changes must not, and hashing is not what is fuzzed. */
const FAST_PASSWORDS: Passwords = {
  hashPassword: async (password) => `fuzz$${password}`,
  verifyPassword: async (password, stored) => stored === `fuzz$${password}`,
};

export function fuzzContext(store: LocalStore, now: Date): Context {
  const clock = { now: () => now };
  const files = new LocalFiles(store.db, path.dirname(store.db.name), crypto.randomBytes(32), clock);
  const newId = () => crypto.randomUUID().replace(/-/g, '');
  const stats = new LocalStatsStore(store.db);
  const jobs = new InProcessJobs();
  const moderation = new KeywordModerator(store);
  return wireContext({
    store,
    stats,
    jobs,
    passwords: FAST_PASSWORDS,
    files,
    clock,
    newId,
    notifier: SILENT_NOTIFIER,
    moderation,
  });
}
