// How each lead status looks in a list: its Chinese label and the colour of its tag.
import { LEAD_STATUS_LABELS, type LeadStatus } from '@core';

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
