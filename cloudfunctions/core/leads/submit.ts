// leads.submit: idempotent on clientId — same content returns the same lead, different content is CONFLICT.
import { conflict, invalid } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { LeadRecord } from './records';
import type { SubmitLeadInput } from './schemas';
import type { LeadView } from './views';
import { assertOwnPhotos } from './access';
import { presentLead } from './present';
import { checkContent, logChecked, withModeration } from '../moderation/content';

type LeadContent = Pick<LeadRecord, 'title' | 'body' | 'category' | 'occurredAt' | 'place' | 'photos' | 'urgent'>;

export function normalizeContent(input: SubmitLeadInput): LeadContent {
  return {
    title: input.title,
    body: input.body,
    category: input.category,
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : null,
    place: input.place ? input.place : null,
    photos: input.photos ?? [],
    urgent: input.urgent ?? false,
  };
}

export function sameContent(a: LeadContent, b: LeadContent): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.category === b.category &&
    a.occurredAt === b.occurredAt &&
    a.place === b.place &&
    a.urgent === b.urgent &&
    a.photos.length === b.photos.length &&
    a.photos.every((p, i) => p === b.photos[i])
  );
}

const resubmitConflict = () =>
  conflict('这份草稿已经提交过，但内容不同。如需修改，请新建一条线索。', { field: 'clientId' });

export async function submitLead(ctx: Context, caller: AccountRecord, input: SubmitLeadInput): Promise<LeadView> {
  const content = normalizeContent(input);
  const township = await ctx.townships.getTownship(caller.townshipId);
  if (township && !township.categories.includes(content.category)) {
    throw invalid(`类别“${content.category}”不在本镇的类别列表中`, { field: 'category' });
  }
  const now = ctx.clock.now().toISOString();
  await assertOwnPhotos(ctx, caller, content.photos);
  const checked = await checkContent(ctx, caller, { scene: 'lead', ...content });
  const record: LeadRecord = {
    id: ctx.newId(),
    townshipId: caller.townshipId,
    unitId: caller.unitId,
    authorId: caller.id,
    clientId: input.clientId,
    ...content,
    status: 'submitted',
    history: [],
    replies: [],
    mergedInto: null,
    highlightSection: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  // Checked before the insert so the lead never exists unmarked; a resubmitted draft is checked again, harmlessly.
  const { lead, created } = await ctx.leads.insertLead(withModeration(record, checked.text, checked.photos));
  if (!created && (lead.authorId !== caller.id || !sameContent(lead, content))) throw resubmitConflict();
  if (!created) return presentLead(ctx, caller, lead);
  const logged = await logChecked(ctx, lead, checked);
  await ctx.notifier.leadSubmitted(logged);
  return presentLead(ctx, caller, logged);
}
