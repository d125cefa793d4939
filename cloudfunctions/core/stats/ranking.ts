// Rankings of reporters and units by assessment points, and the records behind each score.
import type { PublicationLevel } from '../vocabulary';

export type RankBy = 'reporter' | 'unit';

export interface RankingRow {
  /** Account id or unit id; `none` is the row of credits and leads without a unit. */
  id: string;
  name: string;
  /** Reporter rows: the reporter's unit. */
  unitName?: string;
  /** Rounded to two decimals (an equal split of an article can give fractions). */
  points: number;
  leadsSubmitted: number;
  leadsAccepted: number;
  /** Counted publications (under the rule's level counting) of articles crediting this reporter or unit. */
  publications: Record<PublicationLevel, number>;
  /** Distinct articles with at least one counted publication in the period. */
  articles: number;
}

export const NO_UNIT_ID = 'none';
export const NO_UNIT_NAME = '镇宣传办（无所属单位）';

export type ExplainKind = 'lead_submitted' | 'lead_accepted' | 'publication' | 'kind_bonus' | 'long_bonus';

/** One scored event: a lead or publication and the points it brought to this reporter or unit. */
export interface ExplainItem {
  kind: ExplainKind;
  /** YYYY-MM-DD (Asia/Shanghai) of the event, which chose the rule version. */
  date: string;
  leadId?: string;
  articleId?: string;
  publicationId?: string;
  title: string;
  level?: PublicationLevel;
  outlet?: string;
  /** The rule version that scored it. */
  ruleId: string;
  /** Points after the credit split, two decimals. */
  points: number;
}

export interface ExplainResult {
  /** The same total the ranking shows for this reporter or unit. */
  total: number;
  items: ExplainItem[];
  nextCursor: string | null;
}

export interface SilentUnit {
  id: string;
  name: string;
  /** ISO time of the unit's latest lead, or null when it never sent one. */
  lastLeadAt: string | null;
}

export interface BelowMinimum {
  id: string;
  name: string;
  month: string;
  leads: number;
  minimum: number;
}

export interface Alerts {
  silentDays: number;
  /** Units whose latest lead is older than silentDays at the period's end (or today, if earlier). */
  silentUnits: SilentUnit[];
  /** For each complete calendar month of the period: units below the monthly minimum of the rule then in effect. */
  belowMinimum: BelowMinimum[];
  withoutPlatform: { id: string; name: string }[];
}
