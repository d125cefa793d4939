// Activities (宣传活动台账): what was held, of which kind, by whom, for how many people in how many batches.
import * as z from 'zod/mini';
import { dateSchema, fromNotAfterTo, idSchema, optionalText, pageShape, photosSchema, text } from '../fields';

export const ACTIVITY_ATTENDEES_MAX = 500;
export const ACTIVITY_PARTICIPANTS_MAX = 100000;
export const ACTIVITY_BATCHES_MAX = 1000;

/** A kind's name; whether the township has it is the service's check (its list is a setting, 镇设置). */
export const activityKindSchema = text(10);

/** Named attendees: accounts of the township, each once. */
export const attendeeIdsSchema = z.array(idSchema).check(
  z.maxLength(ACTIVITY_ATTENDEES_MAX),
  z.refine((ids) => new Set(ids).size === ids.length, { error: '参加人员不能重复' }),
);

/**
 * With `id`, replaces that activity; without it, records a new one. `participants` counts everyone who took part and
 * may not be below the named attendees; `kind` is one of the township's activity kinds, `section` one of its
 * highlight sections, `unitId` one of its units; photos not already on the activity must be the caller's own uploads.
 */
export const saveActivitySchema = z
  .strictObject({
    id: z.optional(idSchema),
    kind: activityKindSchema,
    title: text(60),
    date: dateSchema,
    section: z.optional(z.nullable(text(20))),
    unitId: z.optional(z.nullable(idSchema)),
    participants: z
      .int({ error: '参加人数应为整数' })
      .check(
        z.gte(1, { error: '参加人数至少为1' }),
        z.lte(ACTIVITY_PARTICIPANTS_MAX, { error: '参加人数过大，请检查' }),
      ),
    batches: z.optional(
      z
        .int({ error: '批次应为整数' })
        .check(z.gte(1, { error: '批次至少为1' }), z.lte(ACTIVITY_BATCHES_MAX, { error: '批次过多，请检查' })),
    ),
    attendeeIds: z.optional(attendeeIdsSchema),
    speaker: optionalText(30),
    note: optionalText(200),
    photos: z.optional(photosSchema),
  })
  .check(
    z.refine((v) => (v.attendeeIds?.length ?? 0) <= v.participants, {
      error: '参加人数不能少于点名的参加人员',
      path: ['participants'],
    }),
  );

/** Newest date first; filters by period, kind and organising unit. */
export const listActivitiesSchema = z
  .strictObject({
    ...pageShape,
    from: z.optional(dateSchema),
    to: z.optional(dateSchema),
    kind: z.optional(activityKindSchema),
    unitId: z.optional(idSchema),
  })
  .check(fromNotAfterTo);

export type SaveActivityInput = z.infer<typeof saveActivitySchema>;

export type ListActivitiesInput = z.infer<typeof listActivitiesSchema>;
