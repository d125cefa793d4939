// Every collection of the cloud database, declared once: its security rule and the indexes its queries need.
// setup.ts creates what is missing; docs/deploy.md and `npm run deploy` print the rules and indexes to set.
import { COLLECTIONS as C } from './documents';
import { FAILURES_COLLECTION } from './notifier';
import { STATS_COLLECTIONS as S } from './stats/collections';

/**
 * Functions only: the mini program never touches the database (custom security rule, developers.weixin.qq.com/
 * miniprogram/dev/wxcloud/guide/database/security-rules.html). A new collection's default is "creator can read
 * and write", which would let any phone add an admin account, hence a rule on every collection.
 */
export const FUNCTIONS_ONLY = { read: false, write: false } as const;

export interface IndexSpec {
  /** Fields in order with their direction, as in the console's 索引管理. */
  keys: [field: string, direction: 1 | -1][];
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  rule: typeof FUNCTIONS_ONLY;
  /** Besides `_id`, which every collection has (unique). */
  indexes: IndexSpec[];
}

const spec = (name: string, ...indexes: IndexSpec[]): CollectionSpec => ({ name, rule: FUNCTIONS_ONLY, indexes });
const idx = (...keys: [string, 1 | -1][]): IndexSpec => ({ keys });

/**
 * Each index covers one query shape of the adapters: equality fields first, then the sort or range field, then
 * `_id` where the order pages by it. `accounts.openid` is not unique in the index (most accounts have none, and a
 * unique index counts every null as the same value): uniqueness of openid and username comes from the claim
 * documents of store.ts, whose `_id` is the value.
 */
export const DATABASE: CollectionSpec[] = [
  spec(C.townships),
  spec(C.units, idx(['townshipId', 1], ['_id', 1])),
  spec(
    C.accounts,
    idx(['openid', 1], ['createdAt', 1], ['_id', 1]),
    idx(['username', 1]),
    idx(['townshipId', 1], ['role', 1], ['name', 1], ['_id', 1]),
  ),
  spec(C.claims),
  spec(C.accountEvents, idx(['townshipId', 1], ['accountId', 1], ['_id', 1])),
  spec(C.invites),
  spec(
    C.leads,
    idx(['townshipId', 1], ['status', 1], ['urgent', -1], ['createdAt', 1], ['_id', 1]),
    idx(['townshipId', 1], ['createdAt', -1], ['_id', -1]),
    idx(['townshipId', 1], ['authorId', 1], ['createdAt', -1], ['_id', -1]),
    idx(['townshipId', 1], ['unitId', 1], ['status', 1], ['createdAt', 1]),
    idx(['townshipId', 1], ['highlightSection', 1], ['createdAt', 1]),
    // The queue's moderation filter, the wxa_media_check push (by trace id, any township) and the retention purge.
    idx(['townshipId', 1], ['moderation.state', 1], ['status', 1], ['urgent', -1], ['createdAt', 1], ['_id', 1]),
    idx(['moderation.photos.traceId', 1]),
    idx(['townshipId', 1], ['status', 1], ['purgedAt', 1], ['createdAt', -1], ['_id', -1]),
  ),
  spec(C.leadEvents, idx(['townshipId', 1], ['leadId', 1], ['_id', 1])),
  spec(
    C.articles,
    idx(['townshipId', 1], ['createdAt', -1], ['_id', -1]),
    idx(['townshipId', 1], ['leadIds', 1]),
    idx(['townshipId', 1], ['credits', 1], ['_id', 1]),
  ),
  spec(
    C.publications,
    idx(['townshipId', 1], ['articleId', 1], ['_id', 1]),
    idx(['townshipId', 1], ['publishedAt', 1], ['_id', 1]),
  ),
  spec(S.rules, idx(['townshipId', 1], ['_id', 1])),
  spec(
    S.activities,
    idx(['townshipId', 1], ['date', -1], ['_id', -1]),
    idx(['townshipId', 1], ['kind', 1], ['date', -1], ['_id', -1]),
    // A person's export: the activities they attended (attendeeIds is an array; equality matches an element).
    idx(['townshipId', 1], ['attendeeIds', 1], ['_id', 1]),
  ),
  spec(
    S.platformMonths,
    idx(['townshipId', 1], ['month', 1], ['unitId', 1], ['_id', 1]),
    // newMedia: each account's latest month up to the period's end.
    idx(['townshipId', 1], ['month', 1], ['unitId', 1], ['platform', 1]),
  ),
  spec(
    S.workTasks,
    idx(['townshipId', 1], ['year', 1], ['dueMonth', 1], ['title', 1], ['_id', 1]),
    // workPlan: tasks of the period's years, and the finished ones.
    idx(['townshipId', 1], ['year', 1], ['status', 1]),
  ),
  spec(S.exportJobs, idx(['townshipId', 1], ['key', 1], ['status', 1], ['createdAt', -1], ['updatedAt', 1])),
  // Saved summary documents are read and written by `_id` (township:from:to) alone.
  spec(S.summaryDrafts),
  spec(FAILURES_COLLECTION),
];

/** One line per index, as a technician types it into the console: `leads: townshipId↑ status↑ urgent↓ …`. */
export function indexLines(): string[] {
  return DATABASE.flatMap((c) =>
    c.indexes.map(
      (i) =>
        `${c.name}: ${i.keys.map(([f, d]) => `${f}${d === 1 ? '↑' : '↓'}`).join(' ')}${i.unique ? '（唯一）' : ''}`,
    ),
  );
}
