// How each lead status looks in a list: its Chinese label and the colour of its tag.
import { LEAD_STATUS_LABELS, type LeadStatus, type LeadView } from '@core';

export type Tone = 'info' | 'warning' | 'success' | 'brand' | 'muted' | 'danger';

/** Waiting is blue, "your move" is orange, good news is green, an article is the brand red, closed is grey. */
export const STATUS_TONES: Record<LeadStatus, Tone> = {
  submitted: 'info',
  needs_info: 'warning',
  accepted: 'success',
  used: 'brand',
  rejected: 'muted',
  merged: 'muted',
};

export function statusTag(status: LeadStatus): { label: string; tone: Tone } {
  return { label: LEAD_STATUS_LABELS[status], tone: STATUS_TONES[status] };
}

/** In a list, a lead whose article has run says so: 已刊发 rather than 已成稿 (the detail says where). */
export function leadTag(lead: Pick<LeadView, 'status' | 'articles'>): { label: string; tone: Tone } {
  const published = lead.articles.some((a) => a.publications.length > 0);
  return lead.status === 'used' && published ? { label: '已刊发', tone: 'brand' } : statusTag(lead.status);
}
