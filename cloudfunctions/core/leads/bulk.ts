// leads.reviewMany: the same decision on several leads, each decided (and reported) on its own.
import { AppError } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ReviewManyInput } from './schemas';
import type { ReviewManyItem, ReviewManyResult } from './views';
import { reviewLead } from './review';

export async function reviewMany(ctx: Context, caller: AccountRecord, input: ReviewManyInput): Promise<ReviewManyResult> {
  const results: ReviewManyItem[] = [];
  // One after another: a lead decided by someone else meanwhile fails alone, the others still go through.
  for (const id of input.ids) {
    try {
      const version = input.versions?.[id];
      const lead = await reviewLead(ctx, caller, { id, decision: input.decision, note: input.note, version });
      results.push({ id, ok: true, lead });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, error: { code: err.code, message: err.message } });
    }
  }
  return { results };
}
