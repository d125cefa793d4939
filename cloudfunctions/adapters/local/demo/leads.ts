// A year of demo leads: each unit's stories in their season, reported by the unit's correspondent, reviewed by
// the editor (sometimes the admin) through the core's own state machine, so the history is one the real
// functions could have written.
import { statusAfterDecision, statusAfterReply } from '../../../core/leads/status';
import type { LeadRecord } from '../../../core/leads/records';
import type { Decision } from '../../../core/vocabulary';
import { DAY, HOUR, daysInMonth, demoYear, shanghaiMidnight, type DemoMonth } from './calendar';
import { DEMO_REPORTERS, DEMO_TOWNSHIP_ID, accountIdOf } from './people';
import type { Random } from './prng';
import { INFO_REQUESTS, REVIEW_NOTES } from './reviewTexts';
import { DEMO_STORIES, DUPLICATE_REPORTS, seriesStory, type Story } from './stories';

type Step = { at: number; by: string } & (
  { decision: Decision; note: string | null; mergeInto?: string } | { reply: string }
);

interface Report {
  story: Story;
  authorId: string;
  unitId: string;
  createdMs: number;
  /** The lead a second unit's report of the same event repeats. */
  duplicateOf?: Report;
  lead?: LeadRecord;
}

export interface DemoLeads {
  leads: LeadRecord[];
  /** The story each lead tells, for the articles written from it. */
  storyOf: Map<string, Story>;
}

/** The working day (08:00–20:00 Shanghai) reports are sent in, and how recent "recent" is for the queue. */
const WORK_START = 8 * HOUR;
const WORK_END = 20 * HOUR;
const RECENT_DAYS = 7;

/**
 * A working-day moment in `month` before `now` (less a couple of hours), or null when the story has not happened
 * yet: in the month still running, a story is told with the chance of the share of its days gone by, so on the 1st
 * only a few of the month's stories are in and none is crammed into its first morning. Reports of a month that
 * reaches into the last week mostly fall in that week, so the queue has fresh leads on any date.
 */
function reportTime(rnd: Random, now: number, { year, month }: DemoMonth): number | null {
  const latest = now - 2 * HOUR;
  const all = Array.from({ length: daysInMonth(year, month) }, (_, i) => shanghaiMidnight(year, month, i + 1));
  const days = all.filter((midnight) => midnight + WORK_START < latest);
  if (days.length === 0) return null;
  if (days.length < all.length && !rnd.chance(days.length / all.length)) return null;
  const recent = days.filter((midnight) => midnight >= now - RECENT_DAYS * DAY);
  const midnight = recent.length > 0 && rnd.chance(0.7) ? rnd.pick(recent) : rnd.pick(days);
  const end = Math.min(midnight + WORK_END, latest);
  return midnight + WORK_START + Math.floor(rnd.next() * (end - midnight - WORK_START));
}

function reviewer(rnd: Random): string {
  return accountIdOf(rnd.chance(0.8) ? 'editor' : 'admin');
}

/** The review story of one lead, by its age; steps in the future are dropped when applied. */
function planSteps(rnd: Random, report: Report, ageDays: number, mergeInto: string | null): Step[] {
  let t = report.createdMs + rnd.int(1, 30) * HOUR;
  const next = (hours: [number, number]) => (t += rnd.int(hours[0], hours[1]) * HOUR);
  const decide = (decision: 'accept' | 'reject'): Step => ({
    at: t,
    by: reviewer(rnd),
    decision,
    note: rnd.pick<string | null>(REVIEW_NOTES[decision]),
  });
  if (mergeInto) return [{ at: t, by: reviewer(rnd), decision: 'merge', note: REVIEW_NOTES.merge, mergeInto }];
  const [ask, answer] = rnd.pick(INFO_REQUESTS);
  const askInfo: Step = { at: t, by: reviewer(rnd), decision: 'needs_info', note: ask };
  if (ageDays < 3) {
    const r = rnd.next();
    if (r < 0.6) return [];
    return [r < 0.85 ? askInfo : decide('accept')];
  }
  // The stories worth an article or a highlight are the ones an editor takes.
  const strong = report.story.article !== undefined || report.story.section !== undefined;
  const flow = rnd.weighted(['accept', 'reject', 'info_accept', 'info_reject', 'info_open', 'info_replied'] as const, [
    60,
    strong ? 0 : 17,
    12,
    strong ? 0 : 5,
    ageDays < 30 ? 15 : 0,
    ageDays < 30 ? 10 : 0,
  ]);
  switch (flow) {
    case 'accept':
    case 'reject':
      return [decide(flow)];
    case 'info_open':
      return [askInfo];
    default: {
      const steps: Step[] = [askInfo];
      if (flow === 'info_reject') {
        next([72, 200]);
        return [...steps, { at: t, by: reviewer(rnd), decision: 'reject', note: REVIEW_NOTES.lapsed }];
      }
      next([2, 30]);
      steps.push({ at: t, by: report.authorId, reply: answer });
      if (flow === 'info_replied') return steps;
      next([1, 24]);
      return [...steps, decide('accept')];
    }
  }
}

function apply(lead: LeadRecord, steps: Step[], now: number): void {
  for (const step of steps) {
    if (step.at >= now - 60_000) break;
    const at = new Date(step.at).toISOString();
    if ('reply' in step) {
      const to = statusAfterReply(lead.status);
      if (!to) break;
      lead.replies.push({ at, by: step.by, text: step.reply, photos: [] });
      lead.status = to;
    } else {
      const to = statusAfterDecision(lead.status, step.decision);
      if (!to) break;
      lead.history.push({ at, by: step.by, decision: step.decision, note: step.note, from: lead.status, to });
      lead.status = to;
      if (step.mergeInto) lead.mergedInto = step.mergeInto;
    }
    lead.updatedAt = at;
    lead.version += 1;
  }
}

/** Every story of every unit placed once in the demo year: series once a month, the others in their season. */
function plan(rnd: Random, now: Date): Report[] {
  const { months } = demoYear(now);
  const reports: Report[] = [];
  for (const unit of DEMO_STORIES) {
    const person = DEMO_REPORTERS.find((p) => p.unitId === unit.unitId);
    if (!person) throw new Error(`no demo reporter for ${unit.unitId}`);
    const add = (story: Story) => {
      const month = rnd.pick(months.filter((m) => story.months.includes(m.month)));
      const createdMs = reportTime(rnd, now.getTime(), month);
      if (createdMs === null) return;
      reports.push({ story, authorId: accountIdOf(person.username), unitId: unit.unitId, createdMs });
    };
    for (const series of unit.series) for (const m of months) add(seriesStory(series, m.month));
    unit.stories.forEach(add);
  }
  for (const dup of DUPLICATE_REPORTS) {
    const original = reports.find((r) => r.story.title === dup.of);
    const person = DEMO_REPORTERS.find((p) => p.unitId === dup.unitId);
    if (!person) throw new Error(`no demo reporter for ${dup.unitId}`);
    // On the first hours of a month its reports are not written yet, and neither are their duplicates.
    if (!original) continue;
    reports.push({
      story: { ...original.story, title: dup.title, body: dup.body, article: undefined, section: undefined },
      authorId: accountIdOf(person.username),
      unitId: dup.unitId,
      // Within the same working day: the second unit heard of it at the same event.
      createdMs: original.createdMs + rnd.int(10, 90) * 60_000,
      duplicateOf: original,
    });
  }
  return reports.sort((a, b) => a.createdMs - b.createdMs);
}

export function generateLeads(rnd: Random, now: Date): DemoLeads {
  const nowMs = now.getTime();
  const storyOf = new Map<string, Story>();
  const reports = plan(rnd, now);
  reports.forEach((report, i) => {
    const { story, createdMs } = report;
    const createdAt = new Date(createdMs).toISOString();
    const lead: LeadRecord = {
      id: `l_demo_${String(i + 1).padStart(4, '0')}`,
      townshipId: DEMO_TOWNSHIP_ID,
      unitId: report.unitId,
      authorId: report.authorId,
      clientId: rnd.uuid(),
      title: story.title,
      body: story.body,
      category: story.category,
      occurredAt: rnd.chance(0.7) ? new Date(createdMs - rnd.int(1, 48) * HOUR).toISOString() : null,
      place: rnd.chance(0.8) ? story.place : null,
      photos: [],
      urgent: rnd.chance(story.category === '安全生产' ? 0.3 : 0.04),
      status: 'submitted',
      history: [],
      replies: [],
      mergedInto: null,
      highlightSection: null,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
    report.lead = lead;
    storyOf.set(lead.id, story);
    const target = report.duplicateOf?.lead ?? null;
    apply(lead, planSteps(rnd, report, (nowMs - createdMs) / DAY, target ? target.id : null), nowMs);
    if (lead.status === 'accepted' && story.section && rnd.chance(story.article ? 0.9 : 0.4)) {
      lead.highlightSection = story.section;
    }
  });
  return { leads: reports.map((r) => r.lead as LeadRecord), storyOf };
}
