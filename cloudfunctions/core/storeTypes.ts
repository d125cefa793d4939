// What a Store (core/ports.ts) implementation reads and writes: the records and queries of its four parts, named
// once for both adapters (local SQLite and the WeChat cloud database) as `port.X`.
export type { Store } from './ports';
export type { Page } from './cursor';
export type { AccountQuery } from './accounts/ports';
export type { AccountEvent, AccountRecord, InviteRecord, TownshipRecord, UnitRecord } from './accounts/records';
export type { ArticleQuery, LeadCitation } from './articles/ports';
export type { ArticleRecord, ArticleSummary, PublicationRecord } from './articles/records';
export type { LeadFilter, LeadQuery } from './leads/ports';
export type { LeadEvent, LeadRecord } from './leads/records';
export type { LeadCounts } from './leads/views';
