// The payload of an editor's moderation decision (leads.moderate).
import * as z from 'zod/mini';
import { fileIdSchema, idSchema } from '../fields';
import { leadVersionSchema } from '../leads/schemas';

/** `clear`: the editor has looked and the content may be seen; `keep_hidden`: a photo stays for editors only. */
export const MODERATION_DECISIONS = ['clear', 'keep_hidden'] as const;

/** Without `photo` the decision is about the text (the lead's and its replies'); only a photo can be kept hidden. */
export const moderateLeadSchema = z
  .strictObject({
    id: idSchema,
    photo: z.optional(fileIdSchema),
    decision: z.enum(MODERATION_DECISIONS),
    version: z.optional(leadVersionSchema),
  })
  .check(
    z.refine((v) => v.decision !== 'keep_hidden' || Boolean(v.photo), {
      error: '只有照片可以设为不公开，请指定照片',
      path: ['photo'],
    }),
  );

export type ModerateLeadInput = z.infer<typeof moderateLeadSchema>;
