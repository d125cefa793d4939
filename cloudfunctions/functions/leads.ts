// The leads cloud function: reporters submit and follow leads, editors review the queue.
import { findVisibleLead } from '../core/leads/access';
import { reviewMany } from '../core/leads/bulk';
import { markHighlight } from '../core/leads/highlight';
import { leadCounts, myLeads, reviewQueue } from '../core/leads/lists';
import { findTwins } from '../core/leads/twins';
import { presentLead } from '../core/leads/present';
import { replyToLead, reviewLead } from '../core/leads/review';
import { submitLead } from '../core/leads/submit';
import { moderateLead } from '../core/moderation/override';
import { moderateLeadSchema } from '../core/moderation/schemas';
import { action, defineFunction, DESK, EVERYONE } from '../core/runtime';
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
} from '../core/leads/schemas';

export const leadsFunction = defineFunction('leads', {
  submit: action({ roles: EVERYONE, schema: submitLeadSchema, run: submitLead }),
  mine: action({ roles: EVERYONE, schema: mineSchema, run: myLeads }),
  get: action({
    roles: EVERYONE,
    schema: getLeadSchema,
    run: async (ctx, caller, input) => presentLead(ctx, caller, await findVisibleLead(ctx, caller, input.id)),
  }),
  reply: action({ roles: EVERYONE, schema: replyLeadSchema, run: replyToLead }),
  /** Default status `submitted`; urgent first, then oldest. `from`/`to` are inclusive dates on createdAt. */
  queue: action({ roles: DESK, schema: queueSchema, run: reviewQueue }),
  review: action({ roles: DESK, schema: reviewLeadSchema, run: reviewLead }),
  /** Leads per status under the same filters as the queue (without status). */
  counts: action({ roles: DESK, schema: leadCountsSchema, run: leadCounts }),
  /** Up to 5 likely duplicates: same unit, created within 3 days, similar title; most similar first. */
  twins: action({ roles: DESK, schema: twinsSchema, run: findTwins }),
  /** Accept or reject several leads; each is decided on its own and reported in `results`, in the order given. */
  reviewMany: action({ roles: DESK, schema: reviewManySchema, run: reviewMany }),
  /** Marks a lead a highlight under one of the township's sections, or `null` to unmark. */
  highlight: action({ roles: DESK, schema: highlightSchema, run: markHighlight }),
  /** An editor clears a flagged text or photo, or keeps a photo hidden from everyone but editors; logged. */
  moderate: action({ roles: DESK, schema: moderateLeadSchema, run: moderateLead }),
});
