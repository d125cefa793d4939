// The figures of a period's summary (DESIGN 4.3 and issue 5): what the year-end report states, derived from records.
import { ACTIVITY_KINDS, type ArticleKind, type LeadStatus, type PublicationLevel } from '../vocabulary';
import { silentStart } from './period';
import { livedIn, platformsIn, type UnitLife } from './unitLife';

export interface NamedUnit {
  id: string;
  name: string;
}

export interface UnitLeadFigures {
  /** null: leads sent by accounts without a unit (the township's own staff). */
  unitId: string | null;
  unitName: string;
  leadsSubmitted: number;
  leadsAccepted: number;
  /** Percent with one decimal; null when the unit sent nothing. */
  adoptionRate: number | null;
}

export interface SummaryFigures {
  from: string;
  to: string;
  /** Leads created in the period. */
  leadsSubmitted: number;
  /** Of those, the ones accepted, whatever became of them (status accepted or used). */
  leadsAccepted: number;
  /** leadsAccepted / leadsSubmitted as a percent with one decimal; null when nothing was submitted. */
  adoptionRate: number | null;
  /** Publication records dated in the period, each at its own level. */
  publicationsByLevel: Record<PublicationLevel, number>;
  publicationsTotal: number;
  /** Articles created in the period, draft or published. */
  articlesByKind: Record<ArticleKind, number>;
  articlesTotal: number;
  /** Accounts that sent at least one lead in the period. */
  activeReporters: number;
  /** Trainings dated in the period, and the distinct accounts that attended them. */
  trainings: number;
  trainingAttendees: number;
  /**
   * Activities dated in the period by kind: how many, the people who took part and the batches they came in (DESIGN
   * 4.5). Every kind of ACTIVITY_KINDS is present, with zeros when nothing was held.
   */
  activitiesByKind: Record<string, ActivityKindFigures>;
  /**
   * Key tasks of the work plans of the years the period touches, and those of them marked 已完成 (their status today,
   * a plan is judged as it stands).
   */
  workPlan: { tasks: number; done: number };
  /**
   * New-media reach: the publicity accounts of the units that lived in the period, counting each platform that ran
   * on some day of it (core/stats/unitLife.ts), the followers at the period's end (each account's latest monthly
   * figure up to the period's last month, for the accounts running on its last day), and the reads or plays
   * recorded in the months the period touches (whole months).
   */
  newMedia: {
    accounts: number;
    followers: number;
    reads: number;
    /**
     * Accounts gone silent: the units that lived in the period and ran accounts in its last SILENT_MONTHS months
     * (period.ts) but recorded no reads (or plays) above zero on any account then, in the township's unit order.
     * An ADDED field.
     */
    silentUnits: NamedUnit[];
  };
  /** Units that lived in the period and ran no publicity platform by its end (core/stats/unitLife.ts). */
  unitsWithoutPlatform: { count: number; units: NamedUnit[] };
  /** Units that lived in the period and sent no lead in it. */
  unitsWithoutLeads: { count: number; units: NamedUnit[] };
  /** Median hours from submission to the first decision, over the period's decided leads (one decimal). */
  medianHoursToDecision: number | null;
  /** Median hours from submission to the end of the first publication day, over the period's published leads. */
  medianHoursToFirstPublication: number | null;
  /** The same durations as medianHoursToFirstPublication, counted by bucket (≤ 24 h, ≤ 72 h, ≤ 168 h, ≤ 720 h, more):
   * the buckets sum to the period's leads that ran. */
  hoursToFirstPublicationBuckets: Record<PublicationBucket, number>;
  /** Per month (YYYY-MM, Asia/Shanghai) of the period, leads created by current status; months without leads included. */
  leadsByMonth: { month: string; total: number; byStatus: Record<LeadStatus, number> }[];
  /** Leads created in the period per category, most first. */
  leadsByCategory: { category: string; count: number }[];
  /** Every unit of the township (and the no-unit row when it has leads), in the township's unit order. */
  leadsByUnit: UnitLeadFigures[];
}

export interface ActivityKindFigures {
  count: number;
  participants: number;
  batches: number;
}

/**
 * newMedia.silentUnits from the township's units (in order) and those heard from: the units that lived in the period
 * and ran accounts in its last months (unitLife.ts, period.ts silentWindow) without a month read above zero then.
 */
export function silentUnitsOf(
  units: (UnitLife & NamedUnit)[],
  heard: { id: string }[],
  from: string,
  to: string,
): NamedUnit[] {
  const ids = new Set(heard.map((h) => h.id));
  const start = silentStart(from, to);
  return units
    .filter((u) => livedIn(u, from, to) && platformsIn(u, start, to).length > 0 && !ids.has(u.id))
    .map((u) => ({ id: u.id, name: u.name }));
}

/** activitiesByKind from per-kind sums, whichever adapter grouped them: the listed kinds first, zeros included. */
export function activitiesByKindOf(
  groups: ({ kind: string } & ActivityKindFigures)[],
): Record<string, ActivityKindFigures> {
  const out: Record<string, ActivityKindFigures> = {};
  for (const kind of ACTIVITY_KINDS) out[kind] = { count: 0, participants: 0, batches: 0 };
  for (const g of [...groups].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))) {
    const sums = out[g.kind] ?? { count: 0, participants: 0, batches: 0 };
    out[g.kind] = {
      count: sums.count + g.count,
      participants: sums.participants + g.participants,
      batches: sums.batches + g.batches,
    };
  }
  return out;
}

/** Upper bounds (hours, inclusive) of the buckets of time to first publication, in order; beyond the last: gt30d. */
export const PUBLICATION_BUCKET_BOUNDS = [
  ['le1d', 24],
  ['le3d', 72],
  ['le7d', 168],
  ['le30d', 720],
] as const;
export const PUBLICATION_BUCKETS = [...PUBLICATION_BUCKET_BOUNDS.map(([b]) => b), 'gt30d'] as const;
export type PublicationBucket = (typeof PUBLICATION_BUCKETS)[number];

/** The bucket of a duration in hours (a negative duration counts as 0, as in the median). */
export function publicationBucket(hours: number): PublicationBucket {
  return PUBLICATION_BUCKET_BOUNDS.find(([, max]) => hours <= max)?.[0] ?? 'gt30d';
}

/** One highlight story (a lead an editor marked) and, once published, where it ran highest. */
export interface HighlightLead {
  id: string;
  title: string;
  unitName: string;
  /** e.g. "省级·某日报 2026-03-08"; absent while unpublished. */
  publishedIn?: string;
}

export interface HighlightSection {
  section: string;
  leads: HighlightLead[];
}

export interface SummaryResult {
  figures: SummaryFigures;
  /** The generated draft of the figures paragraph (Chinese, Arabic numerals); the editor may edit it before export. */
  text: string;
  highlights: HighlightSection[];
}

/** Percent with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
