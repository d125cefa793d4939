// How a publication reads in the township's words, and the publication form's payload and problems.
import type { PublicationLevel } from '@core/vocabulary';
import { PUBLICATION_LEVEL_LABELS } from '@core/vocabulary';

/** "已刊发于 XX日报（省级）": what an editor and the reporter read on the lead. */
export const publishedIn = (p: { outlet: string; level: PublicationLevel }) =>
  `已刊发于 ${p.outlet}（${PUBLICATION_LEVEL_LABELS[p.level]}）`;

/** Highest level first, then newest: the order an office reports its results in. */
export function byRank<T extends { level: PublicationLevel; publishedAt: string }>(list: T[]): T[] {
  const rank: Record<PublicationLevel, number> = {
    national: 0,
    provincial: 1,
    municipal: 2,
    county: 3,
    newmedia: 4,
    own: 5,
  };
  return [...list].sort((a, b) => rank[a.level] - rank[b.level] || b.publishedAt.localeCompare(a.publishedAt));
}

export interface PublicationForm {
  outlet: string;
  level: PublicationLevel | null;
  publishedAt: string;
  url: string;
  proofFileID: string | null;
}

export const emptyPublicationForm = (today: string): PublicationForm => ({
  outlet: '',
  level: null,
  publishedAt: today,
  url: '',
  proofFileID: null,
});

/** The addPublication payload: a blank link is sent as null, `publicationId` only when editing. */
export function publicationPayload(articleId: string, form: PublicationForm, publicationId?: string) {
  return {
    articleId,
    ...(publicationId ? { publicationId } : {}),
    outlet: form.outlet.trim(),
    level: form.level as PublicationLevel,
    publishedAt: form.publishedAt,
    url: form.url.trim() || null,
    proofFileID: form.proofFileID,
  };
}

/**
 * Checks on the device that need no schema: the server's schema checks everything again and its
 * field messages are shown the same way (INVALID_ARGUMENT details).
 */
export function publicationProblems(form: PublicationForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.outlet.trim()) problems.outlet = '请填写刊发媒体，例如：XX日报';
  else if (form.outlet.trim().length > 40) problems.outlet = '媒体名称最多40个字';
  if (!form.level) problems.level = '请选择媒体级别';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.publishedAt)) problems.publishedAt = '请选择刊发日期';
  const url = form.url.trim();
  if (url && !/^https?:\/\/[^\s/?#]+\S*$/i.test(url))
    problems.url = '链接应以 http:// 或 https:// 开头，请从浏览器地址栏复制完整链接';
  return problems;
}
