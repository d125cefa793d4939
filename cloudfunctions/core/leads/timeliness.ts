// How fast a lead moved: hours from submission to the first decision and to the first publication (issue 4, item 6).
import type { ArticleSummary } from '../articles/records';
import type { LeadRecord } from './records';
import type { LeadTimeliness } from './views';

const HOUR = 3_600_000;
/** Asia/Shanghai has no daylight saving, so a date's end is a fixed 24:00 +08:00. */
const SHANGHAI_OFFSET = '+08:00';

const hoursBetween = (from: string, toMs: number) => Math.round(((toMs - Date.parse(from)) / HOUR) * 10) / 10;

/** The end of a publication day: a date without time of day never lands before the lead was sent. */
export function endOfPublicationDay(date: string): number {
  return Date.parse(`${date}T00:00:00${SHANGHAI_OFFSET}`) + 24 * HOUR;
}

export function leadTimeliness(lead: LeadRecord, articles: ArticleSummary[]): LeadTimeliness {
  const firstDecision = lead.history[0];
  const firstPublished = articles.flatMap((a) => a.publications.map((p) => p.publishedAt)).sort()[0];
  return {
    hoursToDecision: firstDecision ? Math.max(0, hoursBetween(lead.createdAt, Date.parse(firstDecision.at))) : null,
    hoursToFirstPublication: firstPublished
      ? Math.max(0, hoursBetween(lead.createdAt, endOfPublicationDay(firstPublished)))
      : null,
  };
}
