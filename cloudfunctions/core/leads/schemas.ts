// Payload schemas shared by the app's forms, the cloud functions and docs/api.md (zod/mini keeps bundles small).
import * as z from 'zod/mini';
import { DECISIONS_NEEDING_NOTE } from './status';
import { MODERATION_FILTERS } from '../moderation/verdicts';
import { BODY_MAX, DECISIONS, LEAD_STATUSES, PLACE_MAX, SEARCH_MAX, TITLE_MAX } from '../vocabulary';
import {
  dateSchema,
  fromNotAfterTo,
  idSchema,
  optionalText,
  pageShape,
  photosSchema,
  plainString,
  text,
} from '../fields';

export const leadContentShape = {
  title: text(TITLE_MAX),
  body: text(BODY_MAX),
  category: text(20),
  occurredAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  place: z.optional(z.nullable(plainString().check(z.trim(), z.maxLength(PLACE_MAX)))),
  photos: z.optional(photosSchema),
  urgent: z.optional(z.boolean()),
};

/** UUIDs compare case-insensitively (DESIGN 4.5): stored and matched in lower case. */
export const clientIdSchema = z.uuid().check(z.toLowerCase());
export const submitLeadSchema = z.strictObject({ clientId: clientIdSchema, ...leadContentShape });
export type SubmitLeadInput = z.infer<typeof submitLeadSchema>;

export const getLeadSchema = z.strictObject({ id: idSchema });

export const mineSchema = z.strictObject({ ...pageShape, status: z.optional(z.enum(LEAD_STATUSES)) });
export type MineInput = z.infer<typeof mineSchema>;

/** Filters the review desk applies to leads: unit, category, creation dates (inclusive), words in title or body. */
export const leadFilterShape = {
  unitId: z.optional(idSchema),
  category: z.optional(text(20)),
  from: z.optional(dateSchema),
  to: z.optional(dateSchema),
  q: z.optional(plainString().check(z.trim(), z.maxLength(SEARCH_MAX))),
  urgent: z.optional(z.boolean()),
  /** true: only leads marked a highlight (亮点); false: only the others. */
  highlighted: z.optional(z.boolean()),
  /** Only leads whose content check flagged them (`flagged`: review, risky or pending), or one such state. */
  moderation: z.optional(z.enum(MODERATION_FILTERS)),
};

export const queueSchema = z
  .strictObject({ ...pageShape, status: z.optional(z.enum(LEAD_STATUSES)), ...leadFilterShape })
  .check(fromNotAfterTo);
export type QueueInput = z.infer<typeof queueSchema>;

export const leadCountsSchema = z.strictObject({ ...leadFilterShape }).check(fromNotAfterTo);
export type LeadCountsInput = z.infer<typeof leadCountsSchema>;

export const twinsSchema = z.strictObject({ id: idSchema });

export const REVIEW_MANY_MAX = 50;

/** The lead's `version` as the editor saw it: a decision on a lead changed since → CONFLICT. */
export const leadVersionSchema = z.int().check(z.gte(0));

export const reviewManySchema = z
  .strictObject({
    ids: z.array(idSchema).check(z.minLength(1), z.maxLength(REVIEW_MANY_MAX)),
    decision: z.enum(['accept', 'reject']),
    note: optionalText(500),
    /** Each lead's version as seen, by id; a lead left out is decided on whatever version it has. */
    versions: z.optional(z.record(idSchema, leadVersionSchema)),
  })
  .check(
    z.refine((v) => v.decision !== 'reject' || Boolean(v.note), {
      error: '请填写原因：通讯员会看到这段说明',
      path: ['note'],
    }),
    z.refine((v) => new Set(v.ids).size === v.ids.length, { error: '同一条线索不能重复选择', path: ['ids'] }),
  );
export type ReviewManyInput = z.infer<typeof reviewManySchema>;

/** `section: null` takes the highlight mark off. */
export const highlightSchema = z.strictObject({ id: idSchema, section: z.nullable(text(20)) });
export type HighlightInput = z.infer<typeof highlightSchema>;

export const reviewLeadSchema = z
  .strictObject({
    id: idSchema,
    decision: z.enum(DECISIONS),
    note: optionalText(500),
    mergeInto: z.optional(idSchema),
    version: z.optional(leadVersionSchema),
  })
  .check(
    z.refine((v) => !DECISIONS_NEEDING_NOTE.includes(v.decision) || Boolean(v.note), {
      error: '请填写原因：通讯员会看到这段说明',
      path: ['note'],
    }),
    z.refine((v) => v.decision !== 'merge' || Boolean(v.mergeInto), {
      error: '合并时请指定要合并到的线索',
      path: ['mergeInto'],
    }),
  );
export type ReviewLeadInput = z.infer<typeof reviewLeadSchema>;

export const replyLeadSchema = z.strictObject({ id: idSchema, text: text(BODY_MAX), photos: z.optional(photosSchema) });
export type ReplyLeadInput = z.infer<typeof replyLeadSchema>;
