// Drafts the summary document from the period's records, in the seed's shape: a preamble, 一、工作完成情况 with a
// （一）… part per highlight section written as prose (figures and highlighted stories woven into sentences),
// 二、工作中的问题不足 from the alerts, platform gaps and timeliness, and 三、下一年工作思路举措 as a skeleton to edit.
import type { HighlightLead, HighlightSection, SummaryFigures } from './figures';
import { monthsOf, periodLabel, silentWindow } from './period';
import type { Alerts } from './ranking';
import {
  SECTION_HEADINGS,
  SECTION_KEYS,
  type SectionKey,
  type SummaryDocument,
  type SummarySection,
} from './summaryDocument';
import { articlesSentence, leadsSentence, names, publicationsSentence, speedSentence, teamSentence } from './text';
import { chineseNumber, durationText, publicationPhrase } from './wording';
import {
  educationSentence,
  newMediaSentence,
  theorySentence,
  unfinishedPlanText,
  workPlanSentence,
} from './recordsText';

export interface DraftInput {
  townshipName: string;
  /** The township's setting; empty: 中共<township>委员会. */
  issuer: string;
  from: string;
  to: string;
  /** The township's highlight sections in order (each gets its （N） part, with stories or figures). */
  sections: string[];
  figures: SummaryFigures;
  highlights: HighlightSection[];
  alerts: Alerts;
}

/** Stories named in a part's prose; the rest are counted. */
const STORIES_IN_PROSE = 4;
/** Beyond these, timeliness is a problem worth naming. */
const SLOW_DECISION_HOURS = 48;
const SLOW_PUBLICATION_HOURS = 7 * 24;

const isPublicity = (section: string) => /外宣|对外|报道|新闻|舆论/.test(section);
const isTeam = (section: string) => /队伍|培训|人才/.test(section);
const isTheory = (section: string) => /理论|学习/.test(section);
const isEducation = (section: string) => /教育|文化|文明/.test(section) && !isTheory(section);

export function summaryTitle(townshipName: string, from: string, to: string): string {
  return `${townshipName}${periodLabel(from, to)}宣传思想工作总结`;
}

/** 一是<title>，由<unit>报送线索，<date>刊发于<outlet>（<level>）。: one sentence per story, as a township writes it. */
function storySentence(lead: HighlightLead, n: number): string {
  const where = lead.unitName ? `由${lead.unitName}报送线索` : '由镇宣传办采写';
  const ran = lead.publishedIn ? `，${publicationPhrase(lead.publishedIn)}` : '';
  return `${chineseNumber(n)}是${lead.title.replace(/[。.！!，,；;]+$/, '')}，${where}${ran}。`;
}

/** A part's heading reads as a finding, as in the seed: 理论武装扎实推进. */
const FINDINGS: [RegExp, string][] = [
  [/理论/, '扎实推进'],
  [/教育/, '深入开展'],
  [/外宣|对外/, '有力有效'],
  [/队伍|培训/, '实现加强'],
];
const finding = (section: string) =>
  /[进展效强好]$/.test(section) ? section : `${section}${FINDINGS.find(([re]) => re.test(section))?.[1] ?? '取得实效'}`;

function partText(n: number, section: string, stories: HighlightLead[], figures: string): string {
  const named = stories
    .slice(0, STORIES_IN_PROSE)
    .map((lead, i) => storySentence(lead, i + 1))
    .join('');
  // Said once for the part, not after every story: a township's text names the pending ones together.
  const pending = stories.slice(0, STORIES_IN_PROSE).filter((lead) => !lead.publishedIn).length;
  const namedCount = Math.min(stories.length, STORIES_IN_PROSE);
  const waiting = !pending
    ? ''
    : pending < namedCount
      ? `其中${pending}条已列入亮点素材，待刊发。`
      : namedCount === 1
        ? '该线索已列入亮点素材，待刊发。'
        : '以上线索均已列入亮点素材，待刊发。';
  const more =
    stories.length > STORIES_IN_PROSE ? `此外，另有${stories.length - STORIES_IN_PROSE}条线索列为本方面亮点。` : '';
  const lead = stories.length ? `围绕${section}，全镇共有${stories.length}条线索列为亮点。` : '';
  return `（${chineseNumber(n)}）${finding(section)}。${lead}${figures}${named}${waiting}${more}`;
}

function doneText(input: DraftInput): string {
  const f = input.figures;
  const stories = new Map(input.highlights.map((s) => [s.section, s.leads]));
  const order = [
    ...input.sections,
    ...input.highlights.map((s) => s.section).filter((s) => !input.sections.includes(s)),
  ];
  const publicityPart = order.find(isPublicity);
  const teamPart = order.find(isTeam);
  const theoryPart = order.find(isTheory);
  const educationPart = order.find(isEducation);
  const publicity = publicationsSentence(f) + articlesSentence(f) + newMediaSentence(f);
  const team = workPlanSentence(f) + teamSentence(f);
  // Figures without a part of their own open the section, so every figure is stated once.
  const opening = [
    leadsSentence(f),
    publicityPart ? '' : publicity,
    theoryPart ? '' : theorySentence(f),
    educationPart ? '' : educationSentence(f),
    teamPart ? '' : team,
    // Timeliness is an achievement only when it is not named among the problems.
    slowness(f).length ? '' : speedSentence(f),
  ].join('');
  const parts = order
    .map((section) => ({
      section,
      leads: stories.get(section) ?? [],
      figures:
        (section === theoryPart ? theorySentence(f) : '') +
        (section === educationPart ? educationSentence(f) : '') +
        (section === publicityPart ? publicity : '') +
        (section === teamPart ? team : ''),
    }))
    .filter((p) => p.leads.length || p.figures)
    .map((p, i) => partText(i + 1, p.section, p.leads, p.figures));
  const first = opening ? `${periodLabel(input.from, input.to)}，${opening}` : '';
  return [first, ...parts].filter(Boolean).join('\n') || '（本时段暂无可总结的记录，请据实填写。）';
}

function slowness(f: SummaryFigures): string[] {
  const slow: string[] = [];
  if (f.medianHoursToDecision !== null && f.medianHoursToDecision > SLOW_DECISION_HOURS) {
    slow.push(`线索从报送到首次审核的中位用时为${durationText(f.medianHoursToDecision)}`);
  }
  if (f.medianHoursToFirstPublication !== null && f.medianHoursToFirstPublication > SLOW_PUBLICATION_HOURS) {
    slow.push(`从报送到首次刊发的中位用时为${durationText(f.medianHoursToFirstPublication)}`);
  }
  return slow;
}

/** The units whose accounts went silent (newMedia.silentUnits), with the months that tell. */
export function silentAccountsText({ figures, from, to }: Pick<DraftInput, 'figures' | 'from' | 'to'>): string {
  const silent = figures.newMedia.silentUnits;
  if (!silent.length) return '';
  const window = silentWindow(from, to);
  const months = monthsOf(window.fromMonth, window.toMonth).length;
  const when = months === 1 ? '期末当月' : `近${chineseNumber(months)}个月`;
  return (
    `${names(silent)}${silent.length}个单位的新媒体账号${when}没有阅读（播放）量，处于停更状态，` +
    '账号开设后还要坚持经常更新、用好用活。'
  );
}

function problemsText(input: DraftInput): string {
  const { figures: f, alerts: a } = input;
  const items: string[] = [];
  const noPlatform = a.withoutPlatform.length ? a.withoutPlatform : f.unitsWithoutPlatform.units;
  if (noPlatform.length) {
    items.push(
      `宣传载体的建设还有待加强。目前还有${noPlatform.length}个村组（单位）没有建立自身的宣传平台（${names(noPlatform)}），` +
        '部分单位没有有效运用抖音、视频号等新媒体开展宣传思想工作。',
    );
  }
  const quiet = new Map<string, string>();
  for (const u of [...f.unitsWithoutLeads.units, ...a.belowMinimum]) quiet.set(u.id, u.name);
  // A unit that went a month without a lead but sent enough overall is uneven, not short: said apart.
  const gaps = a.silentUnits.filter((u) => !quiet.has(u.id));
  const list = (units: string[]) =>
    `${units.slice(0, 8).join('、')}${units.length > 8 ? '等' : ''}${units.length}个单位`;
  if (quiet.size || gaps.length) {
    const below = new Set(a.belowMinimum.map((b) => b.id)).size;
    const belowText = below ? `，其中${below}个单位有月份未达到每月报送线索的最低要求` : '';
    const quietText = quiet.size ? `${list([...quiet.values()])}报送线索偏少${belowText}` : '';
    const gapText = gaps.length ? `${list(gaps.map((u) => u.name))}期间曾连续${a.silentDays}天以上未报送线索` : '';
    items.push(
      `基层报送还不够均衡。${[quietText, gapText].filter(Boolean).join('；')}，基层通讯员的主动性还需进一步调动。`,
    );
  }
  const silent = silentAccountsText(input);
  if (silent) items.push(`新媒体平台的日常运营还不够经常。${silent}`);
  const unfinished = unfinishedPlanText(f);
  if (unfinished) items.push(`重点任务的推进还不够有力。${unfinished}`);
  const slow = slowness(f);
  if (slow.length) items.push(`新闻报道的时效性还需提高。${slow.join('，')}，部分稿件错过了最佳刊发时机。`);
  if (!items.length) items.push('（请结合本时段实际情况填写存在的问题和不足。）');
  const intro = `对于${periodLabel(input.from, input.to)}的宣传思想工作，虽然做出了一定的努力、取得了一定的成效，但还有一些工作没有做到位：`;
  return [intro, ...items.map((t, i) => `（${chineseNumber(i + 1)}）${t}`)].join('\n');
}

function plansText(input: DraftInput): string {
  const next = Number(input.to.slice(0, 4)) + 1;
  return [
    `${next}年，${input.townshipName}将继续围绕中心、服务大局，重点抓好以下工作：`,
    '（一）强化理论武装，……。一是……。二是……。',
    '（二）加强载体建设，……。一是……。二是……。',
    '（三）建强通讯员队伍，……。一是……。二是……。',
    '（四）抓好对外宣传，……。一是……。二是……。',
  ].join('\n');
}

function preambleText(input: DraftInput): string {
  const label = periodLabel(input.from, input.to);
  return (
    `${/^\d+年$/.test(label) ? `${label}以来` : label}，${input.townshipName}党委坚持以习近平新时代中国特色社会主义思想为指导，` +
    '紧紧围绕全镇中心工作，做实理论武装、强化舆论引导、加强队伍建设，较好地完成了各项宣传思想工作任务，' +
    '为全镇高质量发展提供了精神动力和思想保证。现将有关情况总结如下。'
  );
}

const DRAFTERS: Record<SectionKey, (input: DraftInput) => string> = {
  preamble: preambleText,
  done: doneText,
  problems: problemsText,
  plans: plansText,
};

export function draftSection(key: SectionKey, input: DraftInput): SummarySection {
  return { key, heading: SECTION_HEADINGS[key], text: DRAFTERS[key](input) };
}

export function draftDocument(input: DraftInput): SummaryDocument {
  return {
    title: summaryTitle(input.townshipName, input.from, input.to),
    issuer: input.issuer || `中共${input.townshipName}委员会`,
    signedOn: input.to,
    sections: SECTION_KEYS.map((key) => draftSection(key, input)),
  };
}
