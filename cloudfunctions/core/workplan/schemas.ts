// The year's work plan (工作要点): key tasks with an owner unit, a due month and a status with a dated note.
import * as z from 'zod/mini';
import { idSchema, optionalText, text } from '../fields';
import { WORK_STATUSES } from '../vocabulary';

/** A year's plan is a page of an office document: a few dozen tasks; the cap keeps one list one read. */
export const WORK_TASKS_MAX = 200;

export const planYearSchema = z
  .int({ error: '年份应为整数' })
  .check(z.gte(2000, { error: '年份应在2000年至2999年之间' }), z.lte(2999, { error: '年份应在2000年至2999年之间' }));

/** With `id`, replaces that task; without it, adds one to the year's plan. The note's date is the day of the change. */
export const saveWorkTaskSchema = z.strictObject({
  id: z.optional(idSchema),
  year: planYearSchema,
  title: text(80),
  ownerUnitId: z.optional(z.nullable(idSchema)),
  dueMonth: z
    .int({ error: '完成月份应为1至12' })
    .check(z.gte(1, { error: '完成月份应为1至12' }), z.lte(12, { error: '完成月份应为1至12' })),
  status: z.enum(WORK_STATUSES, { error: '状态应为未开始、推进中或已完成' }),
  note: optionalText(200),
});

/** The whole plan of one year, by due month. */
export const listWorkPlanSchema = z.strictObject({ year: planYearSchema });

export type SaveWorkTaskInput = z.infer<typeof saveWorkTaskSchema>;

export type ListWorkPlanInput = z.infer<typeof listWorkPlanSchema>;
