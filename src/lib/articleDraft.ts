// An article started from accepted leads: title, body, photos and credited reporters prefilled from the leads,
// and the body edited as paragraphs of plain text (never HTML: nothing in a stored body may ever run).

export interface DraftLead {
  id: string;
  title: string;
  body: string;
  authorId: string;
  authorName: string;
  photos: { fileID: string; url: string }[];
}

export interface Credit {
  id: string;
  name: string;
}

export interface ArticleDraft {
  title: string;
  paragraphs: string[];
  photos: { fileID: string; url: string }[];
  credits: Credit[];
  leadIds: string[];
}

/** Splits a plain-text body into paragraphs: one per non-blank line, trimmed. */
export function toParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Paragraphs back to the stored body, separated by a blank line as the server joins lead bodies; blank ones dropped. */
export function fromParagraphs(paragraphs: string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The leads' authors, each once, in the order of the leads: who is credited unless the editor changes it. */
export function defaultCredits(leads: DraftLead[]): Credit[] {
  const seen = new Set<string>();
  const credits: Credit[] = [];
  for (const l of leads) {
    if (seen.has(l.authorId)) continue;
    seen.add(l.authorId);
    credits.push({ id: l.authorId, name: l.authorName || '通讯员' });
  }
  return credits;
}

/** The first lead's title, every lead's paragraphs in order, each photo once (at most `maxPhotos`). */
export function draftFromLeads(leads: DraftLead[], maxPhotos = 9): ArticleDraft {
  const photos: ArticleDraft['photos'] = [];
  const seen = new Set<string>();
  for (const p of leads.flatMap((l) => l.photos)) {
    if (seen.has(p.fileID) || photos.length >= maxPhotos) continue;
    seen.add(p.fileID);
    photos.push(p);
  }
  return {
    title: leads[0]?.title ?? '',
    paragraphs: leads.flatMap((l) => toParagraphs(l.body)),
    photos,
    credits: defaultCredits(leads),
    leadIds: leads.map((l) => l.id),
  };
}

export const moveParagraph = (paragraphs: string[], index: number, by: -1 | 1): string[] => {
  const to = index + by;
  if (index < 0 || index >= paragraphs.length || to < 0 || to >= paragraphs.length) return paragraphs;
  const next = [...paragraphs];
  [next[index], next[to]] = [next[to] as string, next[index] as string];
  return next;
};

export const toggleCredit = (credits: Credit[], who: Credit): Credit[] =>
  credits.some((c) => c.id === who.id) ? credits.filter((c) => c.id !== who.id) : [...credits, who];

/** The fields articles.create and articles.save share, from the editor's draft: body as stored plain text, ids only. */
export function articleFields(draft: ArticleDraft) {
  return {
    title: draft.title.trim(),
    body: fromParagraphs(draft.paragraphs),
    credits: draft.credits.map((c) => c.id),
    photos: draft.photos.map((p) => p.fileID),
  };
}

/** What stops a draft from being saved, said the way the form shows it; null when it can go. */
export function draftProblem(draft: ArticleDraft, kind: string | null, titleMax: number): string | null {
  if (!draft.title.trim()) return '请填写稿件标题';
  if (draft.title.trim().length > titleMax) return `标题最多${titleMax}个字`;
  if (!kind) return '请选择稿件体裁';
  if (draft.leadIds.length === 0) return '稿件至少要引用一条线索';
  return null;
}
