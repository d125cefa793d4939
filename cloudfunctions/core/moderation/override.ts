// leads.moderate: an editor's word on a flagged text or photo, which overrides any verdict and is logged.
import type { AccountRecord } from '../accounts/records';
import { conflict, notFound } from '../errors';
import { findVisibleLead } from '../leads/access';
import { presentLead } from '../leads/present';
import type { LeadRecord, PhotoModeration } from '../leads/records';
import { saveOrConflict } from '../leads/review';
import type { LeadView } from '../leads/views';
import type { Context } from '../ports';
import { moderationEvent, withModeration } from './content';
import { replacePhoto } from './mediaVerdict';
import type { ModerateLeadInput } from './schemas';
import { PASSED } from './verdicts';

export const KEPT_HIDDEN = '编辑决定不公开';

function photoDecision(lead: LeadRecord, fileID: string, input: ModerateLeadInput, at: string): LeadRecord {
  const known = lead.photos.includes(fileID) || lead.replies.some((r) => r.photos.includes(fileID));
  if (!known) throw notFound('这条线索里没有这张照片');
  const before: PhotoModeration = lead.moderation?.photos.find((p) => p.fileID === fileID) ?? {
    fileID,
    ...PASSED,
    traceId: null,
    since: at,
  };
  const after: PhotoModeration =
    input.decision === 'clear'
      ? { ...before, state: 'pass', reasons: [] }
      : { ...before, state: 'risky', reasons: [...before.reasons.filter((r) => r !== KEPT_HIDDEN), KEPT_HIDDEN] };
  // A photo without a verdict entry (stored before checks existed) gets one now.
  const listed = lead.moderation?.photos.some((p) => p.fileID === fileID) ?? false;
  const base = listed
    ? lead
    : withModeration(lead, lead.moderation?.text ?? PASSED, [...(lead.moderation?.photos ?? []), before]);
  return replacePhoto(base, after);
}

function textCleared(lead: LeadRecord): LeadRecord {
  const replies = lead.replies.map((r) => (r.moderation ? { ...r, moderation: PASSED } : r));
  return withModeration({ ...lead, replies }, PASSED, lead.moderation?.photos ?? []);
}

export async function moderateLead(ctx: Context, caller: AccountRecord, input: ModerateLeadInput): Promise<LeadView> {
  const lead = await findVisibleLead(ctx, caller, input.id);
  if (input.version !== undefined && input.version !== lead.version) {
    throw conflict('这条线索在您查看之后有了变化，请刷新后再决定', { version: lead.version });
  }
  const at = ctx.clock.now().toISOString();
  const next = input.photo ? photoDecision(lead, input.photo, input, at) : textCleared(lead);
  const what = input.photo ? `照片 ${input.photo}` : '文字';
  const note = `编辑${input.decision === 'clear' ? '放行' : '决定不公开'}${what}`;
  const event = moderationEvent(lead, at, caller.id, note, input.photo ?? null);
  const saved = await saveOrConflict(ctx, lead, { ...next, updatedAt: at }, event);
  return presentLead(ctx, caller, saved);
}
