// articles.create: an article from accepted leads, prefilled from them; its accepted leads become `used`.
import { conflict, notFound } from '../errors';
import { statusAfterCitation } from '../leads/status';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ArticleRecord } from './records';
import type { LeadRecord } from '../leads/records';
import { LEAD_STATUS_LABELS } from '../vocabulary';
import { assertArticlePhotos, assertCredits, leadPhotos } from './access';
import type { LeadCitation } from './ports';
import { presentArticle } from './present';
import { ARTICLE_PHOTOS_MAX, type CreateArticleInput } from './schemas';
import type { ArticleView } from './views';
import { checkArticleText } from '../moderation/content';
import { hiddenFromReporters, type Moderation } from '../moderation/verdicts';

/** A lead edited meanwhile (say, marked a highlight) fails the compare-and-set; reading again settles it. */
const ATTEMPTS = 3;

async function citableLeads(ctx: Context, caller: AccountRecord, ids: string[]): Promise<LeadRecord[]> {
  const found = new Map((await ctx.leads.getLeads(caller.townshipId, ids)).map((l) => [l.id, l]));
  const leads = ids.map((id) => found.get(id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw notFound(`没有找到引用的线索（${missing.length}条），请刷新后重试`);
  const blocked = (leads as LeadRecord[]).filter((l) => !statusAfterCitation(l.status));
  if (blocked.length > 0) {
    const first = blocked[0] as LeadRecord;
    throw conflict(
      `线索“${first.title}”当前状态为“${LEAD_STATUS_LABELS[first.status]}”，只有已采用的线索可以写成稿件`,
      {
        leadIds: blocked.map((l) => l.id),
      },
    );
  }
  return leads as LeadRecord[];
}

/** A lead's photos an article may take by default: not those kept from view by a content check. */
const shownPhotos = (lead: LeadRecord) => {
  const verdicts = new Map((lead.moderation?.photos ?? []).map((p) => [p.fileID, p.state]));
  return lead.photos.filter((f) => !hiddenFromReporters(verdicts.get(f) ?? 'pass'));
};

function citation(lead: LeadRecord, article: ArticleRecord, by: string): LeadCitation {
  const to = statusAfterCitation(lead.status) ?? 'used';
  return {
    lead: { ...lead, status: to, updatedAt: article.createdAt },
    expectedVersion: lead.version,
    event: {
      at: article.createdAt,
      by,
      kind: 'cited',
      decision: null,
      from: lead.status,
      to,
      note: article.title,
      ref: article.id,
    },
  };
}

export async function createArticle(
  ctx: Context,
  caller: AccountRecord,
  input: CreateArticleInput,
): Promise<ArticleView> {
  const id = ctx.newId();
  let checked = null as { body: string; verdict: Moderation } | null;
  for (let attempt = 1; ; attempt++) {
    const leads = await citableLeads(ctx, caller, input.leadIds);
    const photos = input.photos ?? [...new Set(leads.flatMap(shownPhotos))].slice(0, ARTICLE_PHOTOS_MAX);
    const credits = input.credits ?? [...new Set(leads.map((l) => l.authorId))];
    await Promise.all([
      assertCredits(ctx, caller, credits),
      assertArticlePhotos(ctx, caller, photos, leadPhotos(leads)),
    ]);
    const body = input.body ?? leads.map((l) => l.body).join('\n\n');
    // A retry after a lost race checks again only if the prefilled body changed meanwhile.
    if (checked?.body !== body) checked = { body, verdict: await checkArticleText(ctx, caller, input.title, body) };
    const at = ctx.clock.now().toISOString();
    const article: ArticleRecord = {
      id,
      townshipId: caller.townshipId,
      title: input.title,
      kind: input.kind,
      body,
      moderation: checked.verdict,
      status: 'draft',
      photos,
      credits,
      leadIds: input.leadIds,
      createdBy: caller.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    if (
      await ctx.articles.insertArticle(
        article,
        leads.map((l) => citation(l, article, caller.id)),
      )
    ) {
      return presentArticle(ctx, article);
    }
    if (attempt >= ATTEMPTS) throw conflict('引用的线索刚被其他人修改，请刷新后重试');
  }
}
