// The summary document of a period (DESIGN 4.5): the seed's four parts, saved per township and period.
import * as z from 'zod/mini';
import { dateSchema, fromNotAfterTo, plainString, text } from '../fields';
import { notTooLong, periodShape } from './schemas';

export const SECTION_KEYS = ['preamble', 'done', 'problems', 'plans'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The seed's headings; the document numbers done, problems and plans 一、二、三、 (the preamble has none). */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  preamble: '导语',
  done: '工作完成情况',
  problems: '工作中的问题不足',
  plans: '下一年工作思路举措',
};

export interface SummarySection {
  key: SectionKey;
  heading: string;
  text: string;
}

export interface SummaryDocument {
  title: string;
  /** The issuing body, e.g. 中共X镇委员会; may be empty until the township sets it. */
  issuer: string;
  /** YYYY-MM-DD, written in Chinese at the end of the document. */
  signedOn: string;
  sections: SummarySection[];
}

export interface SummaryDraftView extends SummaryDocument {
  /** When the draft was last saved; null: nothing saved yet, this is a fresh draft. */
  savedAt: string | null;
  /** When the figures behind the drafted text were read. */
  generatedAt: string;
}

export interface SummaryDraftRecord extends SummaryDocument {
  townshipId: string;
  from: string;
  to: string;
  savedAt: string;
  savedBy: string;
}

export const TITLE_MAX = 60;
export const ISSUER_MAX = 40;
/** One section's text: a long year's 一、工作完成情况 runs to several thousand characters. */
export const SECTION_TEXT_MAX = 20_000;

const sectionSchema = z.strictObject({
  key: z.enum(SECTION_KEYS),
  heading: text(30),
  // Kept as typed (not trimmed): a part may begin with an indent the person wants.
  text: plainString().check(z.maxLength(SECTION_TEXT_MAX, { error: `每部分最多${SECTION_TEXT_MAX}字` })),
});

/** `regenerate`: draft this section afresh from the records and keep the others as saved. */
export const summaryDraftSchema = z
  .strictObject({ ...periodShape, regenerate: z.optional(z.enum(SECTION_KEYS)) })
  .check(fromNotAfterTo, notTooLong);

/**
 * `baseSavedAt`: the savedAt of the draft the page loaded (null: it loaded a fresh draft). When another page has
 * saved since, the save is refused with CONFLICT; without it the last save wins.
 */
export const saveSummaryDraftSchema = z
  .strictObject({
    ...periodShape,
    title: text(TITLE_MAX),
    issuer: plainString().check(z.trim(), z.maxLength(ISSUER_MAX)),
    signedOn: dateSchema,
    sections: z.array(sectionSchema).check(
      z.refine((list) => list.length === SECTION_KEYS.length && list.every((s, i) => s.key === SECTION_KEYS[i]), {
        error: '总结须依次包含导语、工作完成情况、问题不足、下一年思路四部分',
      }),
    ),
    baseSavedAt: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
  })
  .check(fromNotAfterTo, notTooLong);

export type SummaryDraftInput = z.infer<typeof summaryDraftSchema>;
export type SaveSummaryDraftInput = z.infer<typeof saveSummaryDraftSchema>;

/** Where saved drafts live (SQLite table summary_drafts locally, collection summary_drafts on WeChat). */
export interface SummaryDraftStore {
  getSummaryDraft(townshipId: string, from: string, to: string): Promise<SummaryDraftRecord | null>;
  /**
   * Saves when the stored draft's savedAt equals `expectedSavedAt` (null: none stored yet; undefined: whatever is
   * stored), in one step; false when another save came first.
   */
  saveSummaryDraft(draft: SummaryDraftRecord, expectedSavedAt: string | null | undefined): Promise<boolean>;
}
