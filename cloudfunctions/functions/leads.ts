// The leads cloud function: reporters submit and follow leads, editors review the queue.
import { findVisibleLead } from '../core/leads/access';
import { reviewMany } from '../core/leads/bulk';
import { markHighlight } from '../core/leads/highlight';
import { leadCounts, myLeads, reviewQueue } from '../core/leads/lists';
import { findTwins } from '../core/leads/twins';
import { presentLead } from '../core/leads/present';
import { replyToLead, reviewLead } from '../core/leads/review';
import { submitLead } from '../core/leads/submit';
import { action, type FunctionDef } from '../core/runtime';
import {
  getLeadSchema,
  highlightSchema,
  leadCountsSchema,
  reviewManySchema,
  twinsSchema,
  mineSchema,
  queueSchema,
  replyLeadSchema,
  reviewLeadSchema,
  submitLeadSchema,
} from '../core/schemas';

export const leadsFunction: FunctionDef = {
  name: 'leads',
  actions: {
    submit: action(submitLeadSchema, submitLead),
    mine: action(mineSchema, myLeads),
    get: action(getLeadSchema, async (ctx, caller, input) => presentLead(ctx, await findVisibleLead(ctx, caller, input.id))),
    reply: action(replyLeadSchema, replyToLead),
    queue: action(queueSchema, reviewQueue),
    review: action(reviewLeadSchema, reviewLead),
    counts: action(leadCountsSchema, leadCounts),
    twins: action(twinsSchema, findTwins),
    reviewMany: action(reviewManySchema, reviewMany),
    highlight: action(highlightSchema, markHighlight),
  },
};
