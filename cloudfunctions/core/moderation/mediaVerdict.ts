// The platform's late answer about one photo (WeChat's `wxa_media_check` push): find the lead by trace id, apply it.
import type { Context } from '../ports';
import type { LeadRecord, PhotoModeration } from '../leads/records';
import { MODERATION_ACTOR, moderationEvent, verdictNote, withModeration } from './content';
import { PASSED, type Moderation } from './verdicts';

export type MediaVerdictOutcome = 'applied' | 'already_decided' | 'unknown_trace';

/** Saving races with editors and reporters: re-read and re-apply a few times before giving up. */
const ATTEMPTS = 3;

export async function applyMediaVerdict(
  ctx: Context,
  traceId: string,
  verdict: Moderation,
): Promise<MediaVerdictOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const lead = await ctx.leads.leadByTrace(traceId);
    const photo = lead?.moderation?.photos.find((p) => p.traceId === traceId);
    if (!lead || !photo) return 'unknown_trace';
    const at = ctx.clock.now().toISOString();
    // A push that comes after an editor decided (or a second push for one trace) is logged, and changes nothing:
    // the editor has looked at the photo, and their word stands.
    const pending = photo.state === 'pending';
    const label = `照片 ${photo.fileID} 平台审核${pending ? '' : '（迟到，已由编辑处理，未改变）'}`;
    const event = moderationEvent(lead, at, MODERATION_ACTOR, verdictNote(label, verdict), photo.fileID);
    const next = pending ? replacePhoto(lead, { ...photo, ...verdict }) : lead;
    if (await ctx.leads.saveLead({ ...next, updatedAt: at }, lead.version, event)) {
      return pending ? 'applied' : 'already_decided';
    }
  }
  throw new Error(`media verdict for ${traceId} lost ${ATTEMPTS} races in a row`);
}

/** The lead with one photo's verdict replaced and its combined state recomputed. */
export function replacePhoto(lead: LeadRecord, photo: PhotoModeration): LeadRecord {
  const photos = (lead.moderation?.photos ?? []).map((p) => (p.fileID === photo.fileID ? photo : p));
  return withModeration(lead, lead.moderation?.text ?? PASSED, photos);
}
