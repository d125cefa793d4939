// Payloads of the stats function (DESIGN 4.3 and issue 5); trainings' payloads live in trainings.ts.
import * as z from 'zod/mini';
import { dateSchema, fromNotAfterTo, idSchema, pageShape, text } from '../fields';

/** The longest period one call may cover: leadsByMonth and the ledgers stay bounded. */
export const MAX_PERIOD_DAYS = 366 * 5;
const DAY = 86_400_000;

export const notTooLong = z.refine<{ from: string; to: string }>(
  (v) => (Date.parse(v.to) - Date.parse(v.from)) / DAY < MAX_PERIOD_DAYS,
  {
    error: '统计区间最长5年，请缩短区间',
    path: ['to'],
  },
);

/** from and to: calendar dates in Asia/Shanghai, both inclusive. */
export const periodShape = { from: dateSchema, to: dateSchema };

export const summarySchema = z.strictObject({ ...periodShape }).check(fromNotAfterTo, notTooLong);
export type PeriodInput = z.infer<typeof summarySchema>;

export const RANK_BY = ['reporter', 'unit'] as const;
/** Points descending, then name; `limit` 1–50 (default 20), `cursor` from the previous page. */
export const rankingSchema = z
  .strictObject({ ...periodShape, by: z.enum(RANK_BY), ...pageShape })
  .check(fromNotAfterTo, notTooLong);
export type RankingInput = z.infer<typeof rankingSchema>;

/** Exactly one of accountId or unitId (`none` for leads and credits without a unit). */
export const explainSchema = z
  .strictObject({ ...periodShape, accountId: z.optional(idSchema), unitId: z.optional(idSchema), ...pageShape })
  .check(
    fromNotAfterTo,
    notTooLong,
    z.refine((v) => Boolean(v.accountId) !== Boolean(v.unitId), {
      error: '请指定一名通讯员或一个单位',
      path: ['accountId'],
    }),
  );
export type ExplainInput = z.infer<typeof explainSchema>;

export const DEFAULT_SILENT_DAYS = 30;
export const alertsSchema = z
  .strictObject({ ...periodShape, silentDays: z.optional(z.int().check(z.gte(1), z.lte(365))) })
  .check(fromNotAfterTo, notTooLong);
export type AlertsInput = z.infer<typeof alertsSchema>;

export const EXPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** `text`: the editor's edited draft of the figures paragraph (docx); absent: the generated draft. */
export const exportSchema = z
  .strictObject({
    ...periodShape,
    format: z.enum(EXPORT_FORMATS),
    title: z.optional(text(60)),
    text: z.optional(text(5000)),
  })
  .check(fromNotAfterTo, notTooLong);
export type ExportInput = z.infer<typeof exportSchema>;

export const exportStatusSchema = z.strictObject({ jobId: idSchema });
export type ExportStatusInput = z.infer<typeof exportStatusSchema>;
