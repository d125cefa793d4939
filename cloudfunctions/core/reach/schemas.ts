// New-media reach (platforms.saveMonthly/listMonthly): monthly followers and reads per publicity account of a unit.
import * as z from 'zod/mini';
import { fileIdSchema, idSchema } from '../fields';
import { PLATFORM_KINDS } from '../vocabulary';

export const monthSchema = z
  .string()
  .check(z.regex(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM，例如 2026-03' }));

const count = (what: string, max: number) =>
  z
    .int({ error: `${what}应为整数` })
    .check(z.gte(0, { error: `${what}不能为负数` }), z.lte(max, { error: `${what}过大，请检查` }));

export const platformMonthEntrySchema = z.strictObject({
  platform: z.enum(PLATFORM_KINDS, { error: '平台类型无效' }),
  followers: count('粉丝数', 1_000_000_000),
  reads: count('阅读（播放）量', 100_000_000_000),
});

/**
 * One month of a unit's accounts; each platform must be one the unit runs (单位管理). Entering a month again
 * replaces its figures. Admins enter any unit's; a reporter only their own unit's; months after the current one are
 * refused.
 */
export const saveMonthlySchema = z.strictObject({
  unitId: idSchema,
  month: monthSchema,
  entries: z.array(platformMonthEntrySchema).check(
    z.minLength(1, { error: '请至少填写一个平台的数据' }),
    z.maxLength(PLATFORM_KINDS.length),
    z.refine((es) => new Set(es.map((e) => e.platform)).size === es.length, { error: '同一平台只能填写一次' }),
  ),
});

/** A month's figures: the township's for the desk, the own unit's for a reporter. */
export const listMonthlySchema = z.strictObject({ month: monthSchema, unitId: z.optional(idSchema) });

/**
 * An admin's filled-in 新媒体 sheet of the ledgers (.xlsx, uploaded first): every row is checked and, only when all
 * are valid, all are saved; otherwise nothing is saved and each bad row is named.
 */
export const importMonthlySchema = z.strictObject({ fileID: fileIdSchema });

export type ImportMonthlyInput = z.infer<typeof importMonthlySchema>;

export type SaveMonthlyInput = z.infer<typeof saveMonthlySchema>;

export type ListMonthlyInput = z.infer<typeof listMonthlySchema>;
