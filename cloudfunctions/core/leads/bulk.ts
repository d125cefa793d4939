// leads.reviewMany: the same decision on several leads, each decided (and reported) on its own.
import { chunks } from '../chunks';
import { AppError } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ReviewManyInput } from './schemas';
import type { ReviewManyItem, ReviewManyResult } from './views';
import { reviewLead } from './review';

/**
 * Leads decided at once. Each decision is a few sequential round trips on WeChat; one after another, 50 of them
 * outlast a cloud function's time limit, while unbounded they would open 50 transactions at once.
 */
export const REVIEW_MANY_BATCH = 10;

export async function reviewMany(
  ctx: Context,
  caller: AccountRecord,
  input: ReviewManyInput,
): Promise<ReviewManyResult> {
  // Each lead on its own: a lead decided by someone else meanwhile fails alone, the others still go through.
  const decide = async (id: string): Promise<ReviewManyItem> => {
    try {
      const version = input.versions?.[id];
      const lead = await reviewLead(ctx, caller, { id, decision: input.decision, note: input.note, version });
      return { id, ok: true, lead };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return { id, ok: false, error: { code: err.code, message: err.message } };
    }
  };
  const results: ReviewManyItem[] = [];
  for (const batch of chunks(input.ids, REVIEW_MANY_BATCH)) results.push(...(await Promise.all(batch.map(decide))));
  return { results };
}
