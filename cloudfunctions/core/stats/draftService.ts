// stats.summaryDraft and stats.saveSummaryDraft: the period's summary document, saved per township and period.
import { conflict, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord, TownshipRecord } from '../accounts/records';
import { draftDocument, draftSection, type DraftInput } from './drafting';
import type { SummaryFigures } from './figures';
import type { AssessmentRule } from './rule';
import { shanghaiDate } from './period';
import { DEFAULT_SILENT_DAYS } from './schemas';
import { HIGHLIGHTS_PER_SECTION, highlightSectionsOf, rulesOf } from './service';
import type {
  SaveSummaryDraftInput,
  SummaryDocument,
  SummaryDraftInput,
  SummaryDraftRecord,
  SummaryDraftView,
} from './summaryDocument';

const document = (d: SummaryDocument): SummaryDocument => ({
  title: d.title,
  issuer: d.issuer,
  signedOn: d.signedOn,
  sections: d.sections,
});

/** What a period's summary is made of, read once: the township, its rule versions, the figures and the highlights. */
export interface PeriodBasis {
  township: TownshipRecord;
  rules: AssessmentRule[];
  sections: string[];
  figures: SummaryFigures;
  highlights: DraftInput['highlights'];
}

export async function periodBasis(
  ctx: Context,
  caller: AccountRecord,
  period: { from: string; to: string },
): Promise<PeriodBasis> {
  const stats = portOf(ctx.statsQueries);
  const [township, rules] = await Promise.all([
    ctx.townships.getTownship(caller.townshipId),
    rulesOf(ctx, caller.townshipId),
  ]);
  if (!township) throw notFound('没有找到本镇的设置');
  const sections = highlightSectionsOf(township);
  const q = { townshipId: caller.townshipId, from: period.from, to: period.to };
  const [figures, highlights] = await Promise.all([
    stats.summaryFigures(q),
    stats.highlights({ ...q, sections, perSection: HIGHLIGHTS_PER_SECTION }),
  ]);
  return { township, rules, sections, figures, highlights };
}

/** A fresh draft's input: the basis and the period's alerts (read only when there is no saved document). */
async function draftInput(
  ctx: Context,
  caller: AccountRecord,
  period: { from: string; to: string },
  basis: PeriodBasis,
): Promise<DraftInput> {
  const alerts = await portOf(ctx.statsQueries).alerts({
    townshipId: caller.townshipId,
    from: period.from,
    to: period.to,
    rules: basis.rules,
    silentDays: DEFAULT_SILENT_DAYS,
    today: shanghaiDate(ctx.clock.now()),
  });
  return {
    townshipName: basis.township.name,
    issuer: basis.township.issuer ?? '',
    from: period.from,
    to: period.to,
    sections: basis.sections,
    figures: basis.figures,
    highlights: basis.highlights,
    alerts,
  };
}

/** The saved document of a period, or a fresh draft from the same basis; what stats.export writes. */
export async function summaryDocumentOf(
  ctx: Context,
  caller: AccountRecord,
  period: { from: string; to: string },
  basis: PeriodBasis,
): Promise<SummaryDocument> {
  const saved = await portOf(ctx.summaryDrafts).getSummaryDraft(caller.townshipId, period.from, period.to);
  return saved ? document(saved) : draftDocument(await draftInput(ctx, caller, period, basis));
}

export async function summaryDraft(
  ctx: Context,
  caller: AccountRecord,
  input: SummaryDraftInput,
): Promise<SummaryDraftView> {
  const period = { from: input.from, to: input.to };
  const generatedAt = ctx.clock.now().toISOString();
  const saved = await portOf(ctx.summaryDrafts).getSummaryDraft(caller.townshipId, input.from, input.to);
  if (saved && !input.regenerate) return { ...document(saved), savedAt: saved.savedAt, generatedAt: saved.savedAt };
  const fresh = await draftInput(ctx, caller, period, await periodBasis(ctx, caller, period));
  if (!saved) return { ...draftDocument(fresh), savedAt: null, generatedAt };
  // Regenerating one section keeps the others as saved; the page saves the result like any edit.
  const regenerated = draftSection(input.regenerate!, fresh);
  const sections = saved.sections.map((s) => (s.key === regenerated.key ? regenerated : s));
  return { ...document(saved), sections, savedAt: saved.savedAt, generatedAt };
}

export async function saveSummaryDraft(
  ctx: Context,
  caller: AccountRecord,
  input: SaveSummaryDraftInput,
): Promise<SummaryDraftView> {
  const stats = portOf(ctx.summaryDrafts);
  const before = await stats.getSummaryDraft(caller.townshipId, input.from, input.to);
  const now = ctx.clock.now().getTime();
  // savedAt strictly grows, so two saves in one millisecond still tell an older page from a newer draft.
  const savedAt = new Date(Math.max(now, before ? Date.parse(before.savedAt) + 1 : 0)).toISOString();
  const record: SummaryDraftRecord = {
    townshipId: caller.townshipId,
    from: input.from,
    to: input.to,
    title: input.title,
    issuer: input.issuer,
    signedOn: input.signedOn,
    sections: input.sections,
    savedAt,
    savedBy: caller.id,
  };
  const stale = () =>
    conflict('这份总结已在别处保存了更新的版本，请刷新后再修改', { savedAt: before?.savedAt ?? null });
  if (input.baseSavedAt !== undefined && input.baseSavedAt !== (before?.savedAt ?? null)) throw stale();
  const expected = input.baseSavedAt === undefined ? undefined : (before?.savedAt ?? null);
  if (!(await stats.saveSummaryDraft(record, expected))) throw stale();
  return { ...document(record), savedAt, generatedAt: savedAt };
}
