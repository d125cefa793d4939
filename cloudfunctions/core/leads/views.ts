// What clients receive: the lead, account and unit shapes of DESIGN 4.3, built from records.
import type { ArticleSummary } from '../articles/records';
import type { LeadRecord } from './records';
import type { ErrorCode } from '../errors';
import { leadTimeliness } from './timeliness';
import type { Decision, LeadStatus } from '../vocabulary';
import { photoViews, type PhotoView } from '../photos';
import { leadVerdict } from '../moderation/content';
import { combine, hiddenFromReporters, PASSED, type Moderation } from '../moderation/verdicts';

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
  replies: { at: string; text: string; photos: PhotoView[]; moderation: Moderation }[];
  articles: ArticleSummary[];
  mergedInto: string | null;
  highlightSection: string | null;
  timeliness: LeadTimeliness;
  /** Raised by every change; an editor's decision sends the version it was made on (leads.review `version`). */
  version: number;
  /** Combined verdict of text, replies and photos (DESIGN 4.5); a reporter gets the state without the reasons. */
  moderation: Moderation;
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
  /** Editors see every photo with its verdict; a reporter does not see risky or pending photos at all. */
  desk: boolean;
}

/** The photos this viewer may see, each marked with its verdict for editors. */
function visiblePhotos(lead: LeadRecord, ids: string[], look: LeadViewLookups): PhotoView[] {
  const verdicts = new Map((lead.moderation?.photos ?? []).map((p) => [p.fileID, p]));
  const shown = look.desk ? ids : ids.filter((id) => !hiddenFromReporters(verdicts.get(id)?.state ?? 'pass'));
  return photoViews(shown, look.urls).map((view) => {
    const v = verdicts.get(view.fileID);
    if (!look.desk || !v || v.state === 'pass') return view;
    return { ...view, moderation: { state: v.state, reasons: v.reasons, since: v.since } };
  });
}

const replyPhotoVerdicts = (lead: LeadRecord, ids: string[]) =>
  (lead.moderation?.photos ?? []).filter((p) => ids.includes(p.fileID));

const forViewer = (m: Moderation, desk: boolean): Moderation => (desk ? m : { state: m.state, reasons: [] });

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
    photos: visiblePhotos(lead, lead.photos, look),
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    history: lead.history.map((h) => ({
      at: h.at,
      by: h.by,
      byName: look.names.get(h.by) ?? '',
      decision: h.decision,
      note: h.note,
    })),
    replies: lead.replies.map((r) => ({
      at: r.at,
      text: r.text,
      photos: visiblePhotos(lead, r.photos, look),
      moderation: forViewer(combine([r.moderation ?? PASSED, ...replyPhotoVerdicts(lead, r.photos)]), look.desk),
    })),
    articles: look.articles.get(lead.id) ?? [],
    mergedInto: lead.mergedInto,
    highlightSection: lead.highlightSection,
    version: lead.version,
    timeliness: leadTimeliness(lead, look.articles.get(lead.id) ?? []),
    moderation: forViewer(leadVerdict(lead), look.desk),
  };
}
