// Trainings (队伍建设): topic, date, trainer and the accounts that attended; they feed the summary.
import * as z from 'zod/mini';
import { dateSchema, fromNotAfterTo, idSchema, pageShape, text } from '../fields';

export const TRAINING_ATTENDEES_MAX = 500;

/** With `id`, replaces that training; without it, records a new one. Attendees are accounts of the township. */
export const saveTrainingSchema = z.strictObject({
  id: z.optional(idSchema),
  topic: text(60),
  date: dateSchema,
  trainer: text(30),
  attendeeIds: z.array(idSchema).check(
    z.maxLength(TRAINING_ATTENDEES_MAX),
    z.refine((ids) => new Set(ids).size === ids.length, { error: '参训人员不能重复' }),
  ),
});

/** Newest training date first. */
export const listTrainingsSchema = z
  .strictObject({ ...pageShape, from: z.optional(dateSchema), to: z.optional(dateSchema) })
  .check(fromNotAfterTo);

export type SaveTrainingInput = z.infer<typeof saveTrainingSchema>;

export type ListTrainingsInput = z.infer<typeof listTrainingsSchema>;
