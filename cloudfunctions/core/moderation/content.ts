// Runs the checks on what a reporter sends (a lead or a reply) and folds the verdicts into the lead's record.
import type { AccountRecord } from '../accounts/records';
import type { Context } from '../ports';
import type { LeadEvent, LeadModeration, LeadRecord, PhotoModeration } from '../leads/records';
import type { MediaVerdict, TextCheckInput } from './ports';
import { combine, MODERATION_LABELS, PASSED, type Moderation } from './verdicts';

export const CHECK_FAILED = '内容安全检查暂时无法完成，请编辑人工审核';
export const AWAITING_MEDIA = '图片正在等待平台审核结果';

/** A port that throws (it should not) still must not lose the lead: the content goes to a person instead. */
async function safely<T>(check: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await check();
  } catch {
    return fallback;
  }
}

function photoModeration(fileID: string, verdict: MediaVerdict, since: string): PhotoModeration {
  if ('pending' in verdict)
    return { fileID, state: 'pending', reasons: [AWAITING_MEDIA], traceId: verdict.traceId, since };
  return { fileID, ...verdict, traceId: null, since };
}

export interface CheckedContent {
  text: Moderation;
  photos: PhotoModeration[];
}

/** The text check and one media check per photo, side by side (WeChat answers photos later, by trace id). */
export async function checkContent(
  ctx: Context,
  caller: AccountRecord,
  content: Omit<TextCheckInput, 'townshipId' | 'openid'> & { photos: string[] },
): Promise<CheckedContent> {
  const since = ctx.clock.now().toISOString();
  const base = { townshipId: caller.townshipId, openid: caller.openid };
  const failed: Moderation = { state: 'review', reasons: [CHECK_FAILED] };
  const [text, ...photos] = await Promise.all([
    safely(
      () => ctx.moderation.checkText({ ...base, scene: content.scene, title: content.title, body: content.body }),
      failed,
    ),
    ...content.photos.map((fileID) =>
      safely(() => ctx.moderation.checkMedia({ ...base, fileID }), failed).then((v) =>
        photoModeration(fileID, v, since),
      ),
    ),
  ]);
  return { text: text as Moderation, photos: photos as PhotoModeration[] };
}

/** An article's title and body, checked as the editor saves them (WeChat: the editor's own openid). */
export async function checkArticleText(
  ctx: Context,
  caller: AccountRecord,
  title: string,
  body: string,
): Promise<Moderation> {
  const { text } = await checkContent(ctx, caller, { scene: 'article', title, body, photos: [] });
  return text;
}

/** The verdict a lead shows: its text, every reply's text and every photo, combined. */
export function leadVerdict(lead: Pick<LeadRecord, 'moderation' | 'replies'>): Moderation {
  const m = lead.moderation;
  return combine([m?.text ?? PASSED, ...lead.replies.map((r) => r.moderation ?? PASSED), ...(m?.photos ?? [])]);
}

/** The lead with `moderation` rebuilt around these text and photo verdicts, its combined state brought up to date. */
export function withModeration(lead: LeadRecord, text: Moderation, photos: PhotoModeration[]): LeadRecord {
  const draft: LeadModeration = { state: 'pass', text, photos };
  return { ...lead, moderation: { ...draft, state: leadVerdict({ moderation: draft, replies: lead.replies }).state } };
}

/** A line of the audit log for a verdict or an editor's override; the lead's status does not move. */
export function moderationEvent(lead: LeadRecord, at: string, by: string, note: string, ref: string | null): LeadEvent {
  return { at, by, kind: 'moderation', decision: null, from: lead.status, to: lead.status, note, ref };
}

/** "需人工审核：含关键词“某词”" — the verdict as one line of the log. */
export const verdictNote = (what: string, v: Moderation) =>
  `${what}${MODERATION_LABELS[v.state]}${v.reasons.length > 0 ? '：' + v.reasons.join('；') : ''}`;

/** Who the log names for a platform's or the keyword list's verdict (no account made it). */
export const MODERATION_ACTOR = 'system:moderation';

/** The non-passing parts of a check, as the note of its audit line; null when everything passed. */
export function checkedNote(checked: CheckedContent): string | null {
  const parts = [
    ...(checked.text.state === 'pass' ? [] : [verdictNote('文字', checked.text)]),
    ...checked.photos.filter((p) => p.state !== 'pass').map((p) => verdictNote(`照片 ${p.fileID} `, p)),
  ];
  return parts.length > 0 ? parts.join('。') : null;
}

/**
 * Logs what a check found. A clean pass is not logged: it changes nothing and would cost every submission a second
 * write (and fsync); the verdict itself stays on the lead. Anything an editor must look at gets its line. A lost race
 * (someone saved the lead in between) leaves the verdict on the record and skips the line rather than failing.
 */
export async function logChecked(ctx: Context, lead: LeadRecord, checked: CheckedContent): Promise<LeadRecord> {
  const note = checkedNote(checked);
  if (!note) return lead;
  const event = moderationEvent(lead, ctx.clock.now().toISOString(), MODERATION_ACTOR, note, null);
  return (await ctx.leads.saveLead(lead, lead.version, event)) ? { ...lead, version: lead.version + 1 } : lead;
}
