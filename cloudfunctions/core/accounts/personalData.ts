// A person's data on request (PIPL Art. 45, 47): everything held about one account as JSON, and its erasure.
import { conflict, notFound } from '../errors';
import type { CursorKey, Page } from '../cursor';
import type { Context } from '../ports';
import { presentLeads } from '../leads/present';
import type { LeadView } from '../leads/views';
import type { AccountRecord } from './records';
import type { PersonalDataInput } from './schemas';
import { accountView, type AccountView } from './views';
import { erasePhotosOf } from './erasedPhotos';

/** What an erased account is called wherever a view joins a person's name. */
export const ERASED_NAME = '已注销通讯员';

/** Stores cap a page at 50 (the wx adapter's documented read limit); exports read page by page. */
const PAGE = 50;

export interface PersonalDataExport {
  exportedAt: string;
  account: AccountView;
  /** Their leads with signed photo URLs (10 minutes), review history and replies. */
  leads: LeadView[];
  credits: { articleId: string; title: string; kind: string; status: string; createdAt: string }[];
  /** The activities they are named in; their trainings are those of kind 业务培训. */
  activities: { id: string; kind: string; title: string; date: string; speaker: string }[];
}

async function everyPage<T>(read: (after: CursorKey | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: CursorKey | undefined;
  do {
    const page = await read(after);
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return all;
}

/** The admin reaches every account of the township; anyone else only their own (another's is NOT_FOUND). */
async function reachableAccount(ctx: Context, caller: AccountRecord, id: string): Promise<AccountRecord> {
  const found = caller.role === 'admin' || id === caller.id ? await ctx.accounts.getAccount(id) : null;
  if (!found || found.townshipId !== caller.townshipId) throw notFound('没有找到这个账号');
  return found;
}

async function unitName(ctx: Context, account: AccountRecord): Promise<string | null> {
  if (!account.unitId) return null;
  const units = await ctx.townships.listUnits(account.townshipId);
  return units.find((u) => u.id === account.unitId)?.name ?? null;
}

export async function exportPersonalData(
  ctx: Context,
  caller: AccountRecord,
  input: PersonalDataInput,
): Promise<PersonalDataExport> {
  const account = await reachableAccount(ctx, caller, input.accountId);
  const townshipId = account.townshipId;
  const leads = await everyPage((after) =>
    ctx.leads.listLeads({ townshipId, authorId: account.id, order: 'newest', after, limit: PAGE }),
  );
  const [credits, attended] = await Promise.all([
    ctx.articles.creditsOf(townshipId, account.id),
    ctx.accounts.activitiesAttendedBy(townshipId, account.id),
  ]);
  return {
    exportedAt: ctx.clock.now().toISOString(),
    account: accountView(account, await unitName(ctx, account), { maskPhone: false }),
    // As the caller may see them: a photo held back by moderation stays hidden from its reporter here too.
    leads: await presentLeads(ctx, caller, leads),
    credits: credits.map((a) => ({
      articleId: a.id,
      title: a.title,
      kind: a.kind,
      status: a.status,
      createdAt: a.createdAt,
    })),
    activities: attended.map((a) => ({ id: a.id, kind: a.kind, title: a.title, date: a.date, speaker: a.speaker })),
  };
}

export interface ErasureResult {
  accountId: string;
  photosDeleted: number;
}

/**
 * Removes what identifies the person and keeps every record that counts: leads (their text), credits and
 * attendances stay under the account id, so no statistic moves; views show 已注销通讯员 since they join the name.
 */
export async function erasePersonalData(
  ctx: Context,
  caller: AccountRecord,
  input: PersonalDataInput,
): Promise<ErasureResult> {
  const account = await reachableAccount(ctx, caller, input.accountId);
  if (account.id === caller.id) throw conflict('不能注销自己的账号，请由其他管理员操作');
  const leads = await everyPage((after) =>
    ctx.leads.listLeads({ townshipId: account.townshipId, authorId: account.id, order: 'newest', after, limit: PAGE }),
  );
  const photosDeleted = await erasePhotosOf(ctx, leads, account.id, caller.id);
  await ctx.accounts.eraseAccount(
    {
      ...account,
      name: ERASED_NAME,
      phone: null,
      openid: null,
      username: null,
      passwordHash: null,
      active: false,
      mustChangePassword: false,
    },
    { at: ctx.clock.now().toISOString(), by: caller.id, kind: 'erased', note: `删除照片${photosDeleted}张` },
  );
  return { accountId: account.id, photosDeleted };
}
