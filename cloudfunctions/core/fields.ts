// Field schemas every feature's payloads are built from: trimmed text, ids, photos, dates, pages.
import * as z from 'zod/mini';
import { MAX_PHOTOS } from './vocabulary';

export { optionalText, plainString, text } from './text';

export const idSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

export const fileIdSchema = z.string().check(z.minLength(1), z.maxLength(300));

export const photosSchema = z.array(fileIdSchema).check(z.maxLength(MAX_PHOTOS));

/** Cursor pagination shared by every list (DESIGN 4.3): limit 1–50, default 20. */
export const pageShape = {
  cursor: z.optional(z.nullable(z.string().check(z.maxLength(400)))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
};

/**
 * A calendar date in the township's time zone (Asia/Shanghai), e.g. 2026-03-01. Years 1970–2999: the office's
 * records fall well inside, and date arithmetic stays within what ISO strings and Date.UTC handle plainly.
 */
export const dateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD，例如 2026-03-01', abort: true }),
  z.refine((v) => v >= '1970' && v < '3000', { error: '日期应在1970年至2999年之间', abort: true }),
  z.refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: '日期不存在，请检查年月日',
    },
  ),
);

export const fromNotAfterTo = z.refine<{ from?: string; to?: string }>((v) => !v.from || !v.to || v.from <= v.to, {
  error: '开始日期不能晚于结束日期',
  path: ['to'],
});

export const emptySchema = z.strictObject({});
