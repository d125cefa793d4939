// What clients receive: the lead, account and unit shapes of DESIGN 4.3, built from records.
import type { ArticleSummary } from '../articles/records';
import type { LeadRecord } from './records';
import type { ErrorCode } from '../errors';
import { leadTimeliness } from './timeliness';
import type { Decision, LeadStatus } from '../vocabulary';
import { photoViews, type PhotoView } from '../photos';

export interface LeadView {
  id: string;
  clientId: string;
  status: LeadStatus;
  title: string;
  body: string;
  category: string;
  occurredAt: string | null;
  place: string | null;
  urgent: boolean;
  unitId: string | null;
  unitName: string | null;
  authorId: string;
  authorName: string;
  photos: PhotoView[];
  createdAt: string;
  updatedAt: string;
  history: { at: string; by: string; byName: string; decision: Decision; note: string | null }[];
  replies: { at: string; text: string; photos: PhotoView[] }[];
  articles: ArticleSummary[];
  mergedInto: string | null;
  highlightSection: string | null;
  timeliness: LeadTimeliness;
  /** Raised by every change; an editor's decision sends the version it was made on (leads.review `version`). */
  version: number;
}

/** Hours (one decimal) from submission to the first decision and to the first publication; null until they happen. */
export interface LeadTimeliness {
  hoursToDecision: number | null;
  /** A publication counts at the end of its day (24:00 Asia/Shanghai): its date has no time of day. */
  hoursToFirstPublication: number | null;
}

/** How many leads are in each status under the desk's filters (leads.counts). */
export type LeadCounts = Record<LeadStatus, number>;

/** One lead's outcome in a bulk decision: each lead is decided on its own. */
export interface ReviewManyItem {
  id: string;
  ok: boolean;
  lead?: LeadView;
  error?: { code: ErrorCode; message: string };
}

export interface ReviewManyResult {
  results: ReviewManyItem[];
}

export interface LeadViewLookups {
  urls: Map<string, string>;
  names: Map<string, string>;
  units: Map<string, string>;
  articles: Map<string, ArticleSummary[]>;
}

export function leadView(lead: LeadRecord, look: LeadViewLookups): LeadView {
  return {
    id: lead.id,
    clientId: lead.clientId,
    status: lead.status,
    title: lead.title,
    body: lead.body,
    category: lead.category,
    occurredAt: lead.occurredAt,
    place: lead.place,
    urgent: lead.urgent,
    unitId: lead.unitId,
    unitName: lead.unitId ? (look.units.get(lead.unitId) ?? null) : null,
    authorId: lead.authorId,
    authorName: look.names.get(lead.authorId) ?? '',
    photos: photoViews(lead.photos, look.urls),
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    history: lead.history.map((h) => ({
      at: h.at,
      by: h.by,
      byName: look.names.get(h.by) ?? '',
      decision: h.decision,
      note: h.note,
    })),
    replies: lead.replies.map((r) => ({ at: r.at, text: r.text, photos: photoViews(r.photos, look.urls) })),
    articles: look.articles.get(lead.id) ?? [],
    mergedInto: lead.mergedInto,
    highlightSection: lead.highlightSection,
    version: lead.version,
    timeliness: leadTimeliness(lead, look.articles.get(lead.id) ?? []),
  };
}
