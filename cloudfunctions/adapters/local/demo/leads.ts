// A year of demo leads: every status, some urgent, reviewed by the editor (sometimes the admin) through
// the core's own state machine, so the history is one the real functions could have written.
import { statusAfterDecision, statusAfterReply } from '../../../core/leads/status';
import type { LeadRecord } from '../../../core/leads/records';
import { DEFAULT_CATEGORIES, DEFAULT_HIGHLIGHT_SECTIONS, type Decision } from '../../../core/vocabulary';
import { CATEGORY_WEIGHTS, LEAD_TEMPLATES, PLACES, REPLY_TEXTS, REVIEW_NOTES } from './leadTexts';
import { DEMO_REPORTERS, DEMO_TOWNSHIP_ID, accountIdOf, unitNameOf } from './people';
import type { Random } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_LEAD_COUNT = 260;

type Step = { at: number; by: string } & ({ decision: Decision; note: string | null; mergeInto?: string } | { reply: string });


function fill(template: string, unitName: string, n: number, place: string): string {
  return template.replaceAll('{u}', unitName).replaceAll('{n}', String(n)).replaceAll('{p}', place);
}

/** A time in the township's working day (08:00–20:00 Asia/Shanghai, i.e. 00:00–12:00 UTC) `ageDays` ago. */
function workingTime(rnd: Random, now: number, ageDays: number): number {
  const day = new Date(now - ageDays * DAY);
  day.setUTCHours(rnd.int(0, 11), rnd.int(0, 59), rnd.int(0, 59), rnd.int(0, 999));
  return Math.min(day.getTime(), now - rnd.int(2, 6) * HOUR);
}

function reviewer(rnd: Random): string {
  return accountIdOf(rnd.chance(0.8) ? 'editor' : 'admin');
}

/** The review story of one lead, by its age; steps in the future are dropped when applied. */
function planSteps(rnd: Random, createdAt: number, ageDays: number, author: string, earlierAccepted: LeadRecord[]): Step[] {
  let t = createdAt + rnd.int(1, 30) * HOUR;
  const next = (hours: [number, number]) => (t += rnd.int(hours[0], hours[1]) * HOUR);
  const decide = (decision: Decision, mergeInto?: string): Step => {
    const notes = REVIEW_NOTES[decision] as readonly (string | null)[];
    return { at: t, by: reviewer(rnd), decision, note: rnd.pick(notes), mergeInto };
  };
  if (ageDays < 3) {
    const r = rnd.next();
    if (r < 0.6) return [];
    return [decide(r < 0.8 ? 'needs_info' : 'accept')];
  }
  const flow = rnd.weighted(
    ['accept', 'reject', 'info_accept', 'info_reject', 'merge', 'info_open', 'info_replied'] as const,
    [55, 15, 10, 5, 7, ageDays < 30 ? 8 : 0, ageDays < 30 ? 8 : 0],
  );
  switch (flow) {
    case 'accept':
    case 'reject':
      return [decide(flow)];
    case 'merge': {
      const target = earlierAccepted.length > 0 ? rnd.pick(earlierAccepted.slice(-15)) : null;
      return [target ? decide('merge', target.id) : decide('accept')];
    }
    case 'info_open':
      return [decide('needs_info')];
    default: {
      const steps: Step[] = [decide('needs_info')];
      if (flow === 'info_reject') {
        next([72, 200]);
        return [...steps, { at: t, by: reviewer(rnd), decision: 'reject', note: '长时间未补充信息，本条线索暂不采用' }];
      }
      next([2, 30]);
      steps.push({ at: t, by: author, reply: rnd.pick(REPLY_TEXTS) });
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

export function generateLeads(rnd: Random, now: Date): LeadRecord[] {
  const nowMs = now.getTime();
  const times = Array.from({ length: DEMO_LEAD_COUNT }, () => {
    const ageDays = rnd.next() < 0.06 ? rnd.next() * 3 : rnd.next() * 365;
    return workingTime(rnd, nowMs, ageDays);
  }).sort((a, b) => a - b);

  const leads: LeadRecord[] = [];
  const accepted: LeadRecord[] = [];
  times.forEach((createdMs, i) => {
    const person = rnd.weighted(DEMO_REPORTERS, DEMO_REPORTERS.map((p) => p.activity));
    const category =
      person.focus && rnd.chance(0.85) ? rnd.pick(person.focus) : rnd.weighted(DEFAULT_CATEGORIES, CATEGORY_WEIGHTS);
    const [title, body] = rnd.pick(LEAD_TEMPLATES[category] ?? LEAD_TEMPLATES['其他'] ?? []);
    const unitName = unitNameOf(person.unitId);
    const place = rnd.pick(PLACES);
    const n = rnd.int(3, 60);
    const createdAt = new Date(createdMs).toISOString();
    const lead: LeadRecord = {
      id: `l_demo_${String(i + 1).padStart(4, '0')}`,
      townshipId: DEMO_TOWNSHIP_ID,
      unitId: person.unitId,
      authorId: accountIdOf(person.username),
      clientId: rnd.uuid(),
      title: fill(title, unitName, n, place),
      body: fill(body, unitName, n, place),
      category,
      occurredAt: rnd.chance(0.7) ? new Date(createdMs - rnd.int(1, 48) * HOUR).toISOString() : null,
      place: rnd.chance(0.6) ? place : null,
      photos: [],
      urgent: rnd.chance(category === '安全生产' ? 0.35 : 0.06),
      status: 'submitted',
      history: [],
      replies: [],
      mergedInto: null,
      highlightSection: null,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
    const ageDays = (nowMs - createdMs) / DAY;
    apply(lead, planSteps(rnd, createdMs, ageDays, lead.authorId, accepted), nowMs);
    if (lead.status === 'accepted') {
      accepted.push(lead);
      if (rnd.chance(0.12)) lead.highlightSection = rnd.pick(DEFAULT_HIGHLIGHT_SECTIONS);
    }
    leads.push(lead);
  });
  return leads;
}
