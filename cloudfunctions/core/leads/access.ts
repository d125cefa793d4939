// Finding a lead the caller may see: another reporter's or township's lead is NOT_FOUND, never 403.
import { invalid, notFound } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { LeadRecord } from './records';

export async function findVisibleLead(ctx: Context, caller: AccountRecord, id: string): Promise<LeadRecord> {
  const lead = await ctx.leads.getLead(caller.townshipId, id);
  if (!lead || (caller.role === 'reporter' && lead.authorId !== caller.id)) {
    throw notFound('没有找到这条线索，可能已被删除或您无权查看');
  }
  return lead;
}

export async function assertOwnPhotos(ctx: Context, caller: AccountRecord, photos: string[]): Promise<void> {
  if (new Set(photos).size !== photos.length) throw invalid('同一张照片不能重复添加');
  if (!(await ctx.files.ownedBy(photos, caller))) {
    throw invalid('照片无效：只能使用您本人上传的照片，请重新上传', { field: 'photos' });
  }
}
