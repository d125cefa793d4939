// How long a lead has waited for a decision, and whether that is past the township's amber or red threshold.
// Plain TypeScript: the queue's badges and the timeliness figures both read it, and tests run it without Taro.

export interface AgingHours {
  amber: number;
  red: number;
}

/** The defaults (24 h amber, 72 h red) until accounts.me says what this township chose. */
export const DEFAULT_AGING: AgingHours = { amber: 24, red: 72 };

export type AgingLevel = 'fresh' | 'amber' | 'red';

const HOUR_MS = 3600 * 1000;

export function hoursBetween(fromIso: string, to: Date): number {
  const ms = to.getTime() - new Date(fromIso).getTime();
  return Number.isNaN(ms) ? 0 : Math.max(0, ms / HOUR_MS);
}

/** Past the red threshold is red, past amber is amber ("over 24 h": exactly 24 h is still fresh). */
export function agingLevel(hours: number, limits: AgingHours = DEFAULT_AGING): AgingLevel {
  if (hours > limits.red) return 'red';
  if (hours > limits.amber) return 'amber';
  return 'fresh';
}

/** "3小时", "1天6小时", "5天": how a waiting time or a time to decision reads. */
export function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  if (whole < 1) return '不到1小时';
  if (whole < 24) return `${whole}小时`;
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  return rest === 0 || days >= 7 ? `${days}天` : `${days}天${rest}小时`;
}

/** The badge a waiting lead wears in the queue, or null when it is not late (or no longer waiting). */
export function agingBadge(
  lead: { status: string; createdAt: string },
  limits: AgingHours = DEFAULT_AGING,
  now: Date = new Date(),
): { level: Exclude<AgingLevel, 'fresh'>; text: string } | null {
  if (lead.status !== 'submitted') return null;
  const hours = hoursBetween(lead.createdAt, now);
  const level = agingLevel(hours, limits);
  return level === 'fresh' ? null : { level, text: `已等${formatHours(hours)}` };
}
