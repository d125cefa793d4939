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
  /** ISO time of the unit's latest lead up to the silence window's end, or null when it never sent one. */
  lastLeadAt: string | null;
  /** Its longest run of days without a lead inside the window and its own life (at least silentDays). */
  longestSilentDays: number;
  /** First and last day (YYYY-MM-DD) of that run. */
  silentFrom: string;
  silentTo: string;
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
  /** The days silence is looked for: the period up to today; null for a period still to come. */
  silenceWindow: { from: string; to: string } | null;
  /** Units that went silentDays or more in a row without a lead inside the window, while they existed. */
  silentUnits: SilentUnit[];
  /** For each complete calendar month of the period: units below the monthly minimum of the rule then in effect. */
  belowMinimum: BelowMinimum[];
  /** Units that existed in the period and ran no platform by its end. */
  withoutPlatform: { id: string; name: string }[];
}
