// In-app notifications, derived on the device from the reporter's own leads (no server state): each editor decision
// (with the editor's words) and each publication of an article made from a lead. Read state is kept locally:
// decisions by a "read up to" time, publications (whose dates are calendar days, often in the past) by their ids.
// Imports only types and plain constants, so the home page (main package) can count unread ones cheaply.
import type { LeadView } from '@core';
import { LEAD_STATUS_LABELS } from '@core/vocabulary';
import { formatAge, formatDay } from './time';

export interface Notice {
  id: string;
  leadId: string;
  kind: 'decision' | 'publication';
  /** ISO time; for a publication, its date at noon China time. */
  at: string;
  title: string;
  text: string;
}

export interface ReadState {
  readUpTo: string;
  seenPublications: string[];
}

const DECISION_WORDS: Record<string, string> = {
  accept: LEAD_STATUS_LABELS.accepted,
  needs_info: LEAD_STATUS_LABELS.needs_info,
  reject: LEAD_STATUS_LABELS.rejected,
  merge: LEAD_STATUS_LABELS.merged,
};

export function noticesFrom(leads: LeadView[]): Notice[] {
  const notices: Notice[] = [];
  for (const lead of leads) {
    for (const h of lead.history) {
      notices.push({
        id: `d:${lead.id}:${h.at}`,
        leadId: lead.id,
        kind: 'decision',
        at: h.at,
        title: `“${lead.title}” ${DECISION_WORDS[h.decision] ?? h.decision}`,
        text: h.note ? `${h.byName || '编辑'}：${h.note}` : '',
      });
    }
    for (const a of lead.articles) {
      for (const p of a.publications) {
        notices.push({
          id: `p:${a.id}:${p.outlet}:${p.publishedAt}`,
          leadId: lead.id,
          kind: 'publication',
          at: `${p.publishedAt}T12:00:00+08:00`,
          title: `“${a.title}” 在${p.outlet}刊发`,
          text: `用到了您的线索“${lead.title}”`,
        });
      }
    }
  }
  return notices.sort((x, y) => Date.parse(y.at) - Date.parse(x.at));
}

/**
 * When it happened, as the list shows it. A publication's time is its date at noon (its day has no hour), so an age
 * would read "10小时前" for one recorded two minutes ago in the evening: it shows its day instead.
 */
export const noticeTime = (notice: Notice, now: Date = new Date()) =>
  notice.kind === 'publication' ? formatDay(notice.at, now) : formatAge(notice.at, now);

export function isUnread(notice: Notice, read: ReadState): boolean {
  if (notice.kind === 'publication') return !read.seenPublications.includes(notice.id);
  return Date.parse(notice.at) > Date.parse(read.readUpTo);
}

export const unreadCount = (notices: Notice[], read: ReadState) => notices.filter((n) => isUnread(n, read)).length;

/** Everything shown is now read; the list of seen publications stays bounded. */
export function markAllRead(notices: Notice[], now: Date, read: ReadState): ReadState {
  const publications = notices.filter((n) => n.kind === 'publication').map((n) => n.id);
  return {
    readUpTo: now.toISOString(),
    seenPublications: [...new Set([...publications, ...read.seenPublications])].slice(0, 500),
  };
}

/** A first start on this phone: only the last week counts as news. */
export function firstReadState(notices: Notice[], now: Date): ReadState {
  const weekAgo = now.getTime() - 7 * 24 * 3600 * 1000;
  const old = notices.filter((n) => n.kind === 'publication' && Date.parse(n.at) <= weekAgo).map((n) => n.id);
  return { readUpTo: new Date(weekAgo).toISOString(), seenPublications: old.slice(0, 500) };
}
