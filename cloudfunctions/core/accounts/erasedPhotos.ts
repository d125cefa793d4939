// An erased person's photos leave storage and the records (DESIGN 4.5: erasure removes their photos): their leads and
// replies drop them, and so do the articles that took them, so no view points at a deleted file. Each record is saved
// compare-and-set and read again when someone changed it meanwhile.
import { conflict } from '../errors';
import type { Context } from '../ports';
import type { ArticleRecord } from '../articles/records';
import { chunks } from '../chunks';
import { everyPhotoOf, purgedEvent, type LeadRecord } from '../leads/records';
import { withModeration } from '../moderation/content';

const ATTEMPTS = 3;

/** The person's photos on one of their leads: the lead's own and those of the person's replies. */
const photosOf = (lead: LeadRecord, accountId: string): string[] => [
  ...lead.photos,
  ...lead.replies.filter((r) => r.by === accountId).flatMap((r) => r.photos),
];

function withoutPhotos(lead: LeadRecord, gone: Set<string>, at: string): LeadRecord {
  const kept = (fs: string[]) => fs.filter((f) => !gone.has(f));
  const next = {
    ...lead,
    photos: kept(lead.photos),
    replies: lead.replies.map((r) => ({ ...r, photos: kept(r.photos) })),
    updatedAt: at,
  };
  if (!lead.moderation) return next;
  const photos = lead.moderation.photos.filter((p) => !gone.has(p.fileID));
  return withModeration(next, lead.moderation.text, photos);
}

const count = (lead: LeadRecord, gone: Set<string>) => everyPhotoOf(lead).filter((f) => gone.has(f)).length;

async function dropFromLead(ctx: Context, lead: LeadRecord, gone: Set<string>, by: string): Promise<void> {
  let current: LeadRecord | null = lead;
  for (let attempt = 0; attempt < ATTEMPTS && current; attempt++) {
    const n = count(current, gone);
    if (n === 0) return;
    const at = ctx.clock.now().toISOString();
    const event = purgedEvent(current, at, by, `通讯员注销账号，删除照片${n}张`);
    if (await ctx.leads.saveLead(withoutPhotos(current, gone, at), current.version, event)) return;
    current = await ctx.leads.getLead(current.townshipId, current.id);
  }
  if (current) throw conflict('有线索正在被修改，照片未能删除，请稍后重试注销');
}

async function dropFromArticle(ctx: Context, townshipId: string, id: string, gone: Set<string>): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const article: ArticleRecord | null = await ctx.articles.getArticle(townshipId, id);
    if (!article || !article.photos.some((f) => gone.has(f))) return;
    const next = { ...article, photos: article.photos.filter((f) => !gone.has(f)) };
    if (await ctx.articles.saveArticle({ ...next, updatedAt: ctx.clock.now().toISOString() }, article.version)) return;
  }
  throw conflict('有稿件正在被修改，照片未能删除，请稍后重试注销');
}

/** Leads worked at once: a reporter's hundreds of leads fit WeChat's 10 s call in a few dozen sequential trips. */
export const ERASE_BATCH = 10;

/**
 * Deletes the person's photos ERASE_BATCH leads at a time, each batch complete on its own: its files first (erasure
 * is the duty; a record pointing at a deleted file for a moment is not), then the articles that took them (each once),
 * then its leads. A run cut short (a timeout, a lost race) leaves every lead either untouched or done, and a second
 * run finishes the rest: a lead still listing a photo is worked again, and removing a file already gone is a no-op.
 * Answers how many photos were taken out in this run; `by` is the admin who erased.
 */
export async function erasePhotosOf(ctx: Context, leads: LeadRecord[], accountId: string, by: string): Promise<number> {
  const withPhotos = leads.filter((l) => photosOf(l, accountId).length > 0);
  const townshipId = withPhotos[0]?.townshipId;
  if (!townshipId) return 0;
  const cited = await ctx.leads.articlesForLeads(
    townshipId,
    withPhotos.map((l) => l.id),
  );
  let taken = 0;
  for (const batch of chunks(withPhotos, ERASE_BATCH)) {
    const gone = new Set(batch.flatMap((l) => photosOf(l, accountId)));
    await ctx.files.remove([...gone]);
    const articles = new Set(batch.flatMap((l) => (cited.get(l.id) ?? []).map((a) => a.id)));
    await Promise.all([...articles].map((id) => dropFromArticle(ctx, townshipId, id, gone)));
    await Promise.all(batch.map((lead) => dropFromLead(ctx, lead, gone, by)));
    taken += gone.size;
  }
  return taken;
}
