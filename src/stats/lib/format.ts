// How the stats pages write numbers: counts with thousands separators, rates and durations with one decimal,
// points without trailing zeros, and a dash where the server says there is nothing to measure (null).

export const NOTHING = '—';

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A percent the server already rounded to one decimal: 68.5 → "68.5%", 70 → "70%". */
export const formatRate = (rate: number | null): string => (rate === null ? NOTHING : `${trimZeros(rate.toFixed(1))}%`);

/** Durations: under two days in hours ("36.5小时"), beyond in days ("3.2天"). */
export function formatHours(hours: number | null): string {
  if (hours === null) return NOTHING;
  return hours < 48 ? `${trimZeros(hours.toFixed(1))}小时` : `${trimZeros((hours / 24).toFixed(1))}天`;
}

/** Points may be fractions when co-credited reporters split an article: at most two decimals. */
export const formatPoints = (points: number): string => trimZeros(points.toFixed(2));

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** The number a figure card shows, read back as a number (tests compare it with the server's figure). */
export const parseShown = (shown: string): number => Number(shown.replace(/[,%]/g, ''));
