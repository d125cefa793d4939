// Payloads of the articles function (DESIGN 4.3): articles written from leads, and where they were published.
import * as z from 'zod/mini';
import { dateSchema, fileIdSchema, idSchema, pageShape, plainString, text } from '../fields';
import { ARTICLE_KINDS, PUBLICATION_LEVELS, SEARCH_MAX } from '../vocabulary';

export const ARTICLE_TITLE_MAX = 60;
export const ARTICLE_BODY_MAX = 20_000;
export const ARTICLE_LEADS_MAX = 20;
export const ARTICLE_PHOTOS_MAX = 30;
export const ARTICLE_CREDITS_MAX = 20;
export const OUTLET_MAX = 40;
export const PUBLICATION_URL_MAX = 500;
export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Plain text, stored and returned exactly as given (never trimmed, never rendered as HTML). */
const bodySchema = plainString().check(z.maxLength(ARTICLE_BODY_MAX));
const creditsSchema = z.array(idSchema).check(
  z.maxLength(ARTICLE_CREDITS_MAX),
  z.refine((ids) => new Set(ids).size === ids.length, { error: '署名不能重复' }),
);
const articlePhotosSchema = z.array(fileIdSchema).check(
  z.maxLength(ARTICLE_PHOTOS_MAX),
  z.refine((ids) => new Set(ids).size === ids.length, { error: '同一张照片不能重复添加' }),
);

/** Absent body, photos or credits are filled from the leads: bodies joined by blank lines, their photos, their authors. */
export const createArticleSchema = z.strictObject({
  title: text(ARTICLE_TITLE_MAX),
  kind: z.enum(ARTICLE_KINDS),
  body: z.optional(bodySchema),
  leadIds: z.array(idSchema).check(
    z.minLength(1),
    z.maxLength(ARTICLE_LEADS_MAX),
    z.refine((ids) => new Set(ids).size === ids.length, { error: '同一条线索不能重复引用' }),
  ),
  credits: z.optional(creditsSchema),
  photos: z.optional(articlePhotosSchema),
});

export const saveArticleSchema = z.strictObject({
  id: idSchema,
  title: z.optional(text(ARTICLE_TITLE_MAX)),
  kind: z.optional(z.enum(ARTICLE_KINDS)),
  body: z.optional(bodySchema),
  credits: z.optional(creditsSchema),
  photos: z.optional(articlePhotosSchema),
});

export const getArticleSchema = z.strictObject({ id: idSchema });

export const listArticlesSchema = z.strictObject({
  ...pageShape,
  status: z.optional(z.enum(ARTICLE_STATUSES)),
  kind: z.optional(z.enum(ARTICLE_KINDS)),
  q: z.optional(plainString().check(z.trim(), z.maxLength(SEARCH_MAX))),
  /** Only drafts citing a highlight lead submitted more than this many days ago: highlights still unpublished. */
  unpublishedHighlightsOlderThanDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
});

const HTTP_URL = /^https?:\/\/[^\s/?#<>"'`\\]+(?:[/?#][^\s<>"'`\\]*)?$/i;

/** Only http(s) links: `javascript:`, `data:` and the like can never be stored. */
export const publicationUrlSchema = plainString().check(
  z.trim(),
  z.maxLength(PUBLICATION_URL_MAX),
  // A regex, not URL: the mini-program's JS runtime may lack URL, and the same schema checks the app's form.
  z.refine((v) => HTTP_URL.test(v), {
    error: '链接应以 http:// 或 https:// 开头，请从浏览器地址栏复制完整链接',
  }),
);

/** With `publicationId`, replaces that publication (an edit); without it, adds one. */
export const addPublicationSchema = z.strictObject({
  articleId: idSchema,
  publicationId: z.optional(idSchema),
  outlet: text(OUTLET_MAX),
  level: z.enum(PUBLICATION_LEVELS),
  publishedAt: dateSchema,
  url: z.optional(z.nullable(publicationUrlSchema)),
  proofFileID: z.optional(z.nullable(fileIdSchema)),
});

export const removePublicationSchema = z.strictObject({ articleId: idSchema, publicationId: idSchema });

export type CreateArticleInput = z.infer<typeof createArticleSchema>;
export type SaveArticleInput = z.infer<typeof saveArticleSchema>;
export type ListArticlesInput = z.infer<typeof listArticlesSchema>;
export type AddPublicationInput = z.infer<typeof addPublicationSchema>;
export type RemovePublicationInput = z.infer<typeof removePublicationSchema>;
