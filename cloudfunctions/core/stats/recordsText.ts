// Sentences for the records beyond leads and stories: activities by kind, the work plan and new-media reach. Each
// fills one of the seed's XX (领导干部XX人, 分XX批, 全体XX名职工, XX项重点任务, platforms and reach) from the figures,
// in Arabic numerals; a kind with nothing recorded is left out, never stated as zero.
import type { ActivityKindFigures, SummaryFigures } from './figures';

const of = (f: SummaryFigures, kind: string): ActivityKindFigures =>
  f.activitiesByKind[kind] ?? { count: 0, participants: 0, batches: 0 };

/** "分N批" only when the people came in more than one batch per activity. */
const inBatches = (k: ActivityKindFigures) => (k.batches > k.count ? `分${k.batches}批` : '');
/** A head count only when there is one (a training recorded without attendees has none). */
const people = (n: number, say: (n: number) => string) => (n > 0 ? say(n) : '');

/** 理论武装: study seminars, then 警示教育/实践学习 (the seed's 实践学习有声势). */
export function theorySentence(f: SummaryFigures): string {
  const study = of(f, '理论学习/研讨');
  const practice = of(f, '警示教育/实践学习');
  const parts: string[] = [];
  if (study.count) {
    parts.push(`组织${people(study.participants, (n) => `党员领导干部${n}人次`)}开展专题学习研讨${study.count}场`);
  }
  if (practice.count) {
    const who = people(practice.participants, (n) => `党员干部${n}人次`) || '党员干部';
    parts.push(`${inBatches(practice)}组织${who}赴教育基地开展警示教育和实践学习${practice.count}次`);
  }
  return parts.length ? `${parts.join('；')}。` : '';
}

/** 思想教育: education campaigns, talks (宣讲) and cultural activities. */
export function educationSentence(f: SummaryFigures): string {
  const phrases: [string, (k: ActivityKindFigures) => string][] = [
    ['思想教育', (k) => `开展思想教育活动${k.count}场${people(k.participants, (n) => `，职工群众参加${n}人次`)}`],
    ['宣讲', (k) => `${inBatches(k)}开展宣讲${k.count}场${people(k.participants, (n) => `，受众${n}人次`)}`],
    ['文化活动', (k) => `举办文化活动${k.count}场${people(k.participants, (n) => `，参与群众${n}人次`)}`],
  ];
  const parts = phrases.filter(([kind]) => of(f, kind).count > 0).map(([kind, say]) => say(of(f, kind)));
  return parts.length ? `${parts.join('；')}。` : '';
}

/** 队伍建设: the year's work plan, "明确了N项重点任务，已完成M项". */
export function workPlanSentence(f: SummaryFigures): string {
  const { tasks, done } = f.workPlan;
  if (tasks === 0) return '';
  return `制定下发年度宣传思想工作要点，明确了${tasks}项重点任务${done > 0 ? `，已完成${done}项` : ''}。`;
}

/** 载体建设: accounts the units run, followers at the period's end, reads in the period. */
export function newMediaSentence(f: SummaryFigures): string {
  const { accounts, followers, reads } = f.newMedia;
  if (accounts === 0) return '';
  const reach = [followers > 0 ? `期末粉丝${followers}人` : '', reads > 0 ? `期内阅读（播放）${reads}次` : '']
    .filter(Boolean)
    .join('，');
  return `全镇各单位共运营公众号、抖音等宣传平台账号${accounts}个${reach ? `，${reach}` : ''}。`;
}

/** The problems section's line on the work plan: tasks not finished by the period's end. */
export function unfinishedPlanText(f: SummaryFigures): string {
  const left = f.workPlan.tasks - f.workPlan.done;
  return left > 0 ? `年度工作要点明确的${f.workPlan.tasks}项重点任务中，还有${left}项尚未完成，需加快推进。` : '';
}
