// The plain records the pure reference functions read: the same facts the store's tables hold, in memory.
// Used by tests (SQL == reference on random data) and as the readable definition of every figure and score.
import type { ArticleKind, LeadStatus, PlatformKind, PublicationLevel, Role, WorkStatus } from '../vocabulary';
import type { PlatformRun } from '../accounts/records';

export interface WorldUnit {
  id: string;
  name: string;
  /** Position in the township's unit list. */
  position: number;
  /** The publicity accounts it lists today. */
  platforms: PlatformKind[];
  /** The unit's life and its platforms' first and last days, as UnitRecord keeps them (core/stats/unitLife.ts). */
  createdAt: string;
  deactivatedAt: string | null;
  platformSince: Partial<Record<PlatformKind, string>>;
  platformRuns: PlatformRun[];
}

export interface WorldAccount {
  id: string;
  name: string;
  role: Role;
  unitId: string | null;
}

export interface WorldLead {
  id: string;
  title: string;
  unitId: string | null;
  authorId: string;
  status: LeadStatus;
  category: string;
  createdAt: string;
  /** The first entry of the review history, if any. */
  firstDecisionAt: string | null;
  highlightSection: string | null;
}

export interface WorldArticle {
  id: string;
  title: string;
  kind: ArticleKind;
  /** Characters (code points) of the body. */
  bodyLength: number;
  credits: string[];
  leadIds: string[];
  createdAt: string;
}

export interface WorldPublication {
  id: string;
  articleId: string;
  outlet: string;
  level: PublicationLevel;
  publishedAt: string;
}

/** An activity of the ledger; trainings are those of kind 业务培训. */
export interface WorldActivity {
  id: string;
  date: string;
  kind: string;
  participants: number;
  batches: number;
  attendeeIds: string[];
}

export interface WorldWorkTask {
  id: string;
  year: number;
  status: WorkStatus;
}

export interface WorldPlatformMonth {
  unitId: string;
  platform: PlatformKind;
  /** YYYY-MM */
  month: string;
  followers: number;
  reads: number;
}

export interface StatsWorld {
  units: WorldUnit[];
  accounts: WorldAccount[];
  leads: WorldLead[];
  articles: WorldArticle[];
  publications: WorldPublication[];
  activities: WorldActivity[];
  workTasks: WorldWorkTask[];
  platformMonths: WorldPlatformMonth[];
}
