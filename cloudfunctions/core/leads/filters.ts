// The desk's filters in store terms: township dates (Asia/Shanghai, inclusive) become instants on createdAt.
import type { LeadFilter } from './ports';
import type { AccountRecord } from '../accounts/records';
import type { LeadCountsInput } from './schemas';
import { FLAGGED_STATES } from '../moderation/verdicts';

const DAY = 86_400_000;
/** Asia/Shanghai has no daylight saving: a calendar day starts at 00:00 +08:00 all year. */
export const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
export const dayEnd = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + DAY).toISOString();

export function leadFilter(caller: AccountRecord, input: LeadCountsInput): LeadFilter {
  const text = input.q?.trim();
  return {
    townshipId: caller.townshipId,
    unitId: input.unitId,
    category: input.category,
    urgent: input.urgent,
    highlighted: input.highlighted,
    moderation: input.moderation
      ? input.moderation === 'flagged'
        ? [...FLAGGED_STATES]
        : [input.moderation]
      : undefined,
    createdFrom: input.from ? dayStart(input.from) : undefined,
    createdBefore: input.to ? dayEnd(input.to) : undefined,
    text: text ? text : undefined,
  };
}
