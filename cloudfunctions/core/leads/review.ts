// leads.review and leads.reply: every change goes through the state machine and a version check.
import { conflict, invalid, notFound } from '../errors';
import { MERGE_TARGET_STATUSES, statusAfterDecision, statusAfterReply } from './status';
import type { Context } from '../ports';
import type { LeadEvent, HistoryEntry, LeadRecord } from './records';
import type { AccountRecord } from '../accounts/records';
import type { ReplyLeadInput, ReviewLeadInput } from './schemas';
import { DECISION_LABELS, LEAD_STATUS_LABELS } from '../vocabulary';
import type { LeadView } from './views';
import { assertOwnPhotos, findVisibleLead } from './access';
import { presentLead } from './present';
import { checkContent, logChecked, withModeration } from '../moderation/content';
import { PASSED } from '../moderation/verdicts';

export async function stateConflict(ctx: Context, lead: LeadRecord): Promise<never> {
  const last = lead.history[lead.history.length - 1];
  if (last) {
    const names = await ctx.accounts.accountNames([last.by]);
    const who = names.get(last.by) ?? '其他编辑';
    throw conflict(
      `这条线索已由${who}处理（${DECISION_LABELS[last.decision]}），当前状态为“${LEAD_STATUS_LABELS[lead.status]}”`,
      {
        status: lead.status,
        decidedBy: who,
        decidedAt: last.at,
      },
    );
  }
  throw conflict(`这条线索当前状态为“${LEAD_STATUS_LABELS[lead.status]}”，不能这样处理`, { status: lead.status });
}

/** Saves a changed lead with its audit line, or answers CONFLICT naming whoever changed it first. */
export async function saveOrConflict(
  ctx: Context,
  before: LeadRecord,
  after: LeadRecord,
  event: LeadEvent,
): Promise<LeadRecord> {
  if (await ctx.leads.saveLead(after, before.version, event)) return { ...after, version: before.version + 1 };
  const current = await ctx.leads.getLead(before.townshipId, before.id);
  if (!current) throw notFound('没有找到这条线索');
  return stateConflict(ctx, current);
}

async function checkMergeTarget(ctx: Context, caller: AccountRecord, lead: LeadRecord, targetId: string) {
  if (targetId === lead.id) throw invalid('不能把线索合并到它自己', { field: 'mergeInto' });
  const target = await ctx.leads.getLead(caller.townshipId, targetId);
  if (!target) throw notFound('没有找到要合并到的线索');
  if (!MERGE_TARGET_STATUSES.includes(target.status)) {
    throw conflict(
      `要合并到的线索状态为“${LEAD_STATUS_LABELS[target.status]}”，只能合并到待审核、已采用或已成稿的线索`,
    );
  }
}

export async function reviewLead(ctx: Context, caller: AccountRecord, input: ReviewLeadInput): Promise<LeadView> {
  const lead = await findVisibleLead(ctx, caller, input.id);
  if (input.version !== undefined && input.version !== lead.version) {
    // The editor decided on an older view: a reply or another decision came in since, which they have not seen.
    throw conflict('这条线索在您查看之后有了变化（如通讯员已回复或已被处理），请刷新后再决定', {
      status: lead.status,
      version: lead.version,
    });
  }
  if (input.decision === 'merge') await checkMergeTarget(ctx, caller, lead, input.mergeInto as string);
  const next = statusAfterDecision(lead.status, input.decision);
  if (!next) return stateConflict(ctx, lead);
  const at = ctx.clock.now().toISOString();
  const entry: HistoryEntry = {
    at,
    by: caller.id,
    decision: input.decision,
    note: input.note || null,
    from: lead.status,
    to: next,
  };
  const mergedInto = input.decision === 'merge' ? (input.mergeInto as string) : lead.mergedInto;
  const saved = await saveOrConflict(
    ctx,
    lead,
    { ...lead, status: next, mergedInto, history: [...lead.history, entry], updatedAt: at },
    { ...entry, kind: 'decision', ref: input.decision === 'merge' ? mergedInto : null },
  );
  await ctx.notifier.leadDecided(saved, entry);
  return presentLead(ctx, caller, saved);
}

export async function replyToLead(ctx: Context, caller: AccountRecord, input: ReplyLeadInput): Promise<LeadView> {
  const lead = await findVisibleLead(ctx, caller, input.id);
  if (lead.authorId !== caller.id) throw notFound('没有找到这条线索，可能已被删除或您无权查看');
  const photos = input.photos ?? [];
  await assertOwnPhotos(ctx, caller, photos);
  const next = statusAfterReply(lead.status);
  if (!next) throw conflict(`这条线索当前状态为“${LEAD_STATUS_LABELS[lead.status]}”，只有“待补充”的线索可以回复`);
  if (lead.photos.length + lead.replies.reduce((n, r) => n + r.photos.length, 0) + photos.length > 30) {
    throw invalid('这条线索的照片已经太多了，请精选后再补充');
  }
  const checked = await checkContent(ctx, caller, { scene: 'reply', body: input.text, photos });
  const at = ctx.clock.now().toISOString();
  const reply = { at, by: caller.id, text: input.text, photos, moderation: checked.text };
  const replied = { ...lead, status: next, replies: [...lead.replies, reply], updatedAt: at };
  // The lead's own text verdict stays as it was (a lead stored before checks existed counts as passed).
  const photosBefore = lead.moderation?.photos ?? [];
  const saved = await saveOrConflict(
    ctx,
    lead,
    withModeration(replied, lead.moderation?.text ?? PASSED, [...photosBefore, ...checked.photos]),
    { at, by: caller.id, kind: 'reply', decision: null, from: lead.status, to: next, note: input.text, ref: null },
  );
  return presentLead(ctx, caller, await logChecked(ctx, saved, checked));
}
