// The generated draft of the summary's figures paragraph, in the register of a township's year-end report.
// Every figure is written in Arabic numerals next to the words that name it, so a reader (and a test) can check it.
// Honest wording: a zero is never stated as an achievement (its clause is left out), external publicity (county
// level and above) is counted apart from own platforms and new media, and stories are counted in one unit (篇次).
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, type PublicationLevel } from '../vocabulary';
import type { SummaryFigures } from './figures';
import { periodLabel } from './period';
import { educationSentence, newMediaSentence, theorySentence, workPlanSentence } from './recordsText';
import { durationText, EXTERNAL_LEVELS, listOf, OWN_LEVELS, rateText, STORY_UNIT } from './wording';

/** How each level is named in the paragraph: "省级媒体…N篇次". */
export const LEVEL_PHRASES: Record<PublicationLevel, string> = {
  national: '国家级媒体',
  provincial: '省级媒体',
  municipal: '市级媒体',
  county: '县级媒体',
  own: '镇自有平台',
  newmedia: '抖音、视频号等新媒体',
};

export const names = (units: { name: string }[], max = 8) =>
  units.length <= max
    ? units.map((u) => u.name).join('、')
    : `${units
        .slice(0, max)
        .map((u) => u.name)
        .join('、')}等`;

const count = (n: number, phrase: string) => (n > 0 ? `${phrase}${n}${STORY_UNIT}` : '');

export function externalTotal(f: SummaryFigures): number {
  return EXTERNAL_LEVELS.reduce((sum, l) => sum + f.publicationsByLevel[l], 0);
}

export function leadsSentence(f: SummaryFigures): string {
  if (f.leadsSubmitted === 0) return '';
  const accepted = f.leadsAccepted > 0 ? `，经审核采用${f.leadsAccepted}条` : '';
  const rate = f.adoptionRate !== null && f.leadsAccepted > 0 ? `，采用率${rateText(f.adoptionRate)}` : '';
  return `全镇${f.activeReporters}名通讯员共报送新闻线索${f.leadsSubmitted}条${accepted}${rate}。`;
}

/** External publicity first, then own platforms and new media as a separate figure. */
export function publicationsSentence(f: SummaryFigures): string {
  const external = externalTotal(f);
  const parts: string[] = [];
  if (external > 0) {
    const levels = listOf(EXTERNAL_LEVELS.map((l) => count(f.publicationsByLevel[l], LEVEL_PHRASES[l])));
    parts.push(`在县级及以上媒体刊发稿件${external}${STORY_UNIT}（${levels}）`);
  }
  const own = listOf(OWN_LEVELS.map((l) => count(f.publicationsByLevel[l], `${LEVEL_PHRASES[l]}发布`)));
  if (own) parts.push(`另在${own}`);
  return parts.length ? `${parts.join('；')}。` : '';
}

export function articlesSentence(f: SummaryFigures): string {
  if (f.articlesTotal === 0) return '';
  const kinds = listOf(ARTICLE_KINDS.map((k) => count(f.articlesByKind[k], ARTICLE_KIND_LABELS[k])));
  return `新撰写稿件${f.articlesTotal}${STORY_UNIT}，其中${kinds}。`;
}

export function teamSentence(f: SummaryFigures): string {
  if (f.trainings === 0) return '';
  const attendees = f.trainingAttendees > 0 ? `，参训通讯员${f.trainingAttendees}人` : '';
  return `举办新闻写作等业务培训${f.trainings}场次${attendees}。`;
}

export function speedSentence(f: SummaryFigures): string {
  const parts: string[] = [];
  if (f.medianHoursToDecision !== null)
    parts.push(`线索从报送到首次审核的中位用时为${durationText(f.medianHoursToDecision)}`);
  if (f.medianHoursToFirstPublication !== null) {
    // "Within three days" is the first two buckets (≤ 72 h); the bound is written in words: only figures are numerals.
    const b = f.hoursToFirstPublicationBuckets;
    const fast = b.le1d + b.le3d > 0 ? `，报送后三天内见报的线索${b.le1d + b.le3d}条` : '';
    parts.push(`从报送到首次刊发的中位用时为${durationText(f.medianHoursToFirstPublication)}${fast}`);
  }
  return parts.length ? `${parts.join('，')}。` : '';
}

function gapsSentence(f: SummaryFigures): string {
  const parts: string[] = [];
  const noPlatform = f.unitsWithoutPlatform;
  if (noPlatform.count > 0)
    parts.push(`仍有${noPlatform.count}个村组（单位）尚未建立自己的宣传平台（${names(noPlatform.units)}）`);
  const silent = f.unitsWithoutLeads;
  if (silent.count > 0) parts.push(`${silent.count}个单位期内未报送线索（${names(silent.units)}）`);
  return parts.length ? `目前${parts.join('，')}，下一步需重点督促。` : '';
}

/** The draft paragraph for a period; the editor may rewrite it before export. */
export function summaryText(f: SummaryFigures): string {
  const sentences = [
    leadsSentence(f),
    publicationsSentence(f),
    articlesSentence(f),
    newMediaSentence(f),
    theorySentence(f),
    educationSentence(f),
    workPlanSentence(f),
    teamSentence(f),
    speedSentence(f),
  ].join('');
  const body = sentences || '暂无报送线索、刊发稿件和培训的记录。';
  return `${periodLabel(f.from, f.to)}，${body}${gapsSentence(f)}`;
}
