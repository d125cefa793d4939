// The generated draft of the summary's figures paragraph, in the register of a township's year-end report.
// Every figure is written in Arabic numerals next to the words that name it, so a reader (and a test) can check it.
import { PUBLICATION_LEVELS, type PublicationLevel } from '../vocabulary';
import type { SummaryFigures } from './figures';
import { periodLabel } from './period';

/** How each level is named in the paragraph: "省级媒体…N篇". */
export const LEVEL_PHRASES: Record<PublicationLevel, string> = {
  national: '国家级媒体',
  provincial: '省级媒体',
  municipal: '市级媒体',
  county: '县级媒体',
  own: '镇自有平台',
  newmedia: '抖音、视频号等新媒体',
};

const names = (units: { name: string }[], max = 8) =>
  units.length <= max ? units.map((u) => u.name).join('、') : `${units.slice(0, max).map((u) => u.name).join('、')}等`;

function leadsSentence(f: SummaryFigures): string {
  const rate = f.adoptionRate === null ? '' : `，采用率${f.adoptionRate}%`;
  return `全镇${f.activeReporters}名通讯员共报送新闻线索${f.leadsSubmitted}条，经审核采用${f.leadsAccepted}条${rate}。`;
}

function publicationsSentence(f: SummaryFigures): string {
  const levels = PUBLICATION_LEVELS.map((l) => `${LEVEL_PHRASES[l]}${f.publicationsByLevel[l]}篇`);
  return `各级媒体共刊用稿件${f.publicationsTotal}篇次，其中${levels.slice(0, 4).join('、')}，${levels.slice(4).join('、')}。`;
}

function articlesSentence(f: SummaryFigures): string {
  const k = f.articlesByKind;
  return (
    `新撰写稿件${f.articlesTotal}篇，其中人物通讯${k.profile}篇、通讯${k.feature}篇、消息${k.news}篇、` +
    `图片新闻${k.photo}篇、评论${k.commentary}篇。`
  );
}

function teamSentence(f: SummaryFigures): string {
  return `队伍建设方面，举办新闻写作等业务培训${f.trainings}场次，参训通讯员${f.trainingAttendees}人。`;
}

function speedSentence(f: SummaryFigures): string {
  const parts: string[] = [];
  if (f.medianHoursToDecision !== null) parts.push(`线索从报送到首次审核的中位用时为${f.medianHoursToDecision}小时`);
  if (f.medianHoursToFirstPublication !== null) {
    // "Within three days" is the first two buckets (≤ 72 h); the bound is written in words: only figures are numerals.
    const b = f.hoursToFirstPublicationBuckets;
    parts.push(`从报送到首次刊发的中位用时为${f.medianHoursToFirstPublication}小时，报送后三天内见报的线索${b.le1d + b.le3d}条`);
  }
  return parts.length ? `${parts.join('，')}。` : '';
}

function gapsSentence(f: SummaryFigures): string {
  const parts: string[] = [];
  const noPlatform = f.unitsWithoutPlatform;
  if (noPlatform.count > 0) parts.push(`仍有${noPlatform.count}个村组（单位）尚未建立自己的宣传平台（${names(noPlatform.units)}）`);
  const silent = f.unitsWithoutLeads;
  if (silent.count > 0) parts.push(`${silent.count}个单位期内未报送线索（${names(silent.units)}）`);
  return parts.length ? `目前${parts.join('，')}，下一步需重点督促。` : '';
}

/** The draft paragraph for a period; the editor may rewrite it before export. */
export function summaryText(f: SummaryFigures): string {
  return [
    `${periodLabel(f.from, f.to)}，`,
    leadsSentence(f),
    publicationsSentence(f),
    articlesSentence(f),
    teamSentence(f),
    speedSentence(f),
    gapsSentence(f),
  ].join('');
}
