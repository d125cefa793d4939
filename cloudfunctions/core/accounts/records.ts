// Townships, units, accounts and invites as the store keeps them; every record carries its township.
import {
  DEFAULT_CATEGORIES,
  defaultTownshipSettings,
  type PlatformKind,
  type Role,
  type UnitKind,
} from '../vocabulary';

/** One earlier run of a platform a unit gave up (and may have started again since): its first and last day. */
export interface PlatformRun {
  platform: PlatformKind;
  since: string;
  until: string;
}

export interface AgingHours {
  /** A pending lead older than this many hours shows amber in the queue… */
  amber: number;
  /** …and red past this many. */
  red: number;
}

export interface TownshipRecord {
  id: string;
  name: string;
  categories: string[];
  timezone: string;
  agingHours: AgingHours;
  /** Sections of the township's summary a highlight lead may be filed under. */
  highlightSections: string[];
  /** The issuing body named at the end of the summary, e.g. 中共X镇委员会; empty: derived from the name. */
  issuer?: string;
  /** Words that send a lead's text to an editor's review on the local host (its moderator); WeChat checks itself. */
  moderationWords: string[];
  /**
   * Kinds an activity may be recorded under (镇设置); absent on a township saved before the setting existed, which then
   * has the default ACTIVITY_KINDS (activityKindsOf).
   */
  activityKinds?: string[];
  /** Days after its decision that a rejected or merged lead loses its text and photos (core/leads/retention.ts). */
  retentionDays: number;
}

/** A township as it starts: the default categories and settings, in the one time zone of China. */
export function newTownship(id: string, name: string): TownshipRecord {
  return { id, name, categories: [...DEFAULT_CATEGORIES], timezone: 'Asia/Shanghai', ...defaultTownshipSettings() };
}

export interface UnitRecord {
  id: string;
  townshipId: string;
  name: string;
  kind: UnitKind;
  platforms: PlatformKind[];
  /** When the unit was added (ISO instant): it counts in no figure or alert of an earlier period. */
  createdAt: string;
  /** When it was deactivated (ISO instant); null while active. It counts in no period after that day. */
  deactivatedAt: string | null;
  /** Day (YYYY-MM-DD, Asia/Shanghai) each of its platforms started: a platform is no gap's cure before it. */
  platformSince: Partial<Record<PlatformKind, string>>;
  /**
   * Earlier runs of platforms it gave up (some since started again), with their first and last days (YYYY-MM-DD,
   * Asia/Shanghai): each still counts in the periods it ran in, and in none after (core/stats/unitLife.ts).
   */
  platformRuns: PlatformRun[];
}

export interface AccountRecord {
  id: string;
  townshipId: string;
  unitId: string | null;
  role: Role;
  name: string;
  phone: string | null;
  username: string | null;
  passwordHash: string | null;
  openid: string | null;
  active: boolean;
  createdAt: string;
  /**
   * Raised by the store whenever the password changes or the account is deactivated: login tokens carry the
   * version they were issued under and end when it moves on (DESIGN 4.5). Absent: 0.
   */
  credentialsVersion?: number;
  /** The one-time password of a new township's first admin: every call but the change itself is refused. */
  mustChangePassword?: boolean;
}

/**
 * One line of the accounts' append-only audit log: what an admin did to a person's account that no lead's log can
 * hold (an erasure leaves no lead changed). Kept beside the accounts, in the same write as the change.
 */
export interface AccountEvent {
  at: string;
  by: string;
  kind: 'erased';
  note: string | null;
}

export interface InviteRecord {
  code: string;
  townshipId: string;
  unitId: string | null;
  role: Role;
  expiresAt: string;
  usesLeft: number;
  createdBy: string;
  createdAt: string;
}
