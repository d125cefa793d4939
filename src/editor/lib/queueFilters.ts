// The queue's filter bar as the editor sets it, and the leads.queue payload it becomes.
// Blank fields are left out (the server's defaults apply), the search is trimmed, and a date range
// given backwards is refused on the device with a message rather than sent.
import type { LeadStatus } from '@core/vocabulary';

export interface QueueFilters {
  status: LeadStatus | '';
  unitId: string;
  category: string;
  /** Calendar dates YYYY-MM-DD, both inclusive; '' = open. */
  from: string;
  to: string;
  q: string;
  urgent: boolean;
  /** Only leads the content checks flagged (review, risky or a photo still pending). */
  flagged: boolean;
}

export const DEFAULT_FILTERS: QueueFilters = {
  status: 'submitted',
  unitId: '',
  category: '',
  from: '',
  to: '',
  q: '',
  urgent: false,
  flagged: false,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The message to show next to the filters, or null when they can be sent. */
export function filtersProblem(f: QueueFilters): string | null {
  if ((f.from && !DATE.test(f.from)) || (f.to && !DATE.test(f.to))) return '日期格式应为 年-月-日';
  if (f.from && f.to && f.from > f.to) return '开始日期不能晚于结束日期';
  if (f.q.trim().length > 50) return '搜索词最多50个字';
  return null;
}

export interface QueueFilterPayload {
  status?: LeadStatus;
  unitId?: string;
  category?: string;
  from?: string;
  to?: string;
  q?: string;
  urgent?: boolean;
  moderation?: 'flagged';
}

export function filterPayload(f: QueueFilters): QueueFilterPayload {
  const payload: QueueFilterPayload = {};
  if (f.status) payload.status = f.status;
  if (f.unitId) payload.unitId = f.unitId;
  if (f.category) payload.category = f.category;
  if (f.from) payload.from = f.from;
  if (f.to) payload.to = f.to;
  const q = f.q.trim();
  if (q) payload.q = q;
  if (f.urgent) payload.urgent = true;
  if (f.flagged) payload.moderation = 'flagged';
  return payload;
}

/** How many filters besides the status tab are on: the "筛选(2)" figure on a narrow screen. */
export function activeFilterCount(f: QueueFilters): number {
  return [f.unitId, f.category, f.from || f.to, f.q.trim(), f.urgent, f.flagged].filter(Boolean).length;
}
