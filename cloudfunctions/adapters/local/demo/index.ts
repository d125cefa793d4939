// Seeds the demo township 示范镇 (DESIGN 4.4) into an EMPTY database, in one transaction.
import type { InviteRecord } from '../../../core/accounts/records';
import { insertArticleRow, upsertPublicationRow } from '../articleTables';
import { appendLeadEvent } from '../leadEvents';
import { saveActivity } from '../stats/activitiesSql';
import { hashPassword } from '../../../shared/passwords';
import { accountToRow, insertSql, inviteToRow, leadToRow } from '../rows';
import type { LocalStore } from '../store';
import { generateArticles } from './articles';
import { demoLeadEvents } from './events';
import { generateLeads } from './leads';
import { demoTrainings } from './trainings';
import { demoActivities, demoPlatformMonths, demoWorkPlan } from './ledger';
import { savePlatformMonths } from '../stats/reachSql';
import { saveWorkTask } from '../stats/workPlanSql';
import { DEMO_PASSWORD, DEMO_TOWNSHIP, DEMO_UNITS, accountIdOf, demoAccounts, unitSince } from './people';
import { seededRandom } from './prng';
export { DEMO_PASSWORD, DEMO_TOWNSHIP_ID } from './people';
export { demoYear, type DemoYear } from './calendar';
export const DEMO_USERNAMES = ['admin', 'editor', 'reporter1', 'reporter2'] as const;
export const DEMO_SEED = 20240601;

const YEAR_MS = 365 * 24 * 3_600_000;

export interface SeedSummary {
  units: number;
  accounts: number;
  leads: number;
  articles: number;
  publications: number;
  trainings: number;
  /** Besides the trainings. */
  activities: number;
  workTasks: number;
}

function demoInvites(now: Date): InviteRecord[] {
  const expiresAt = new Date(now.getTime() + YEAR_MS).toISOString();
  const base = {
    townshipId: DEMO_TOWNSHIP.id,
    role: 'reporter' as const,
    expiresAt,
    usesLeft: 30,
    createdBy: accountIdOf('admin'),
    createdAt: now.toISOString(),
  };
  return [
    { ...base, code: 'QSCUN234', unitId: 'u_qingshi' },
    { ...base, code: 'LTCUN567', unitId: 'u_liutang' },
  ];
}

/**
 * Seeds only when the database holds no township and no account; returns null when it left it alone.
 * The data is the same on every run for the same `now` (seeded generator), dated over the twelve months that end
 * with `now`'s month (see calendar.ts): the host passes its clock's time, tests a fixed date.
 */
export async function seedDemoIfEmpty(store: LocalStore, now: Date = new Date()): Promise<SeedSummary | null> {
  if (!store.isEmpty()) return null;
  // Hashed once before the (synchronous) transaction: every demo account shares the published password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rnd = seededRandom(DEMO_SEED);
  const demoLeads = generateLeads(rnd, now);
  const { leads } = demoLeads;
  const { articles, publications } = generateArticles(rnd, now, demoLeads);
  // Accounts and units exist from a week before the demo year, their platforms with them.
  const since = new Date(now.getTime() - YEAR_MS - 7 * 24 * 3_600_000).toISOString();
  const accounts = demoAccounts(passwordHash, since);
  const db = store.db;

  return store.transaction(() => {
    // Checked again inside the transaction: another process may have written meanwhile.
    if (!store.isEmpty()) return null;
    store.insertTownship(DEMO_TOWNSHIP);
    DEMO_UNITS.forEach((u, i) => store.insertUnit(unitSince(u, since), i));
    for (const a of accounts) {
      const row = accountToRow(a);
      db.prepare(insertSql('accounts', row)).run(row);
    }
    for (const invite of demoInvites(now)) {
      const row = inviteToRow(invite);
      db.prepare(insertSql('invites', row)).run(row);
    }
    for (const lead of leads) {
      const row = leadToRow(lead);
      db.prepare(insertSql('leads', row)).run(row);
    }
    articles.forEach((a) => insertArticleRow(db, a));
    publications.forEach((p) => upsertPublicationRow(db, p));
    for (const { lead, event } of demoLeadEvents(leads, articles)) appendLeadEvent(db, lead, 0, event);
    const trainings = demoTrainings(now);
    trainings.forEach((t) => saveActivity(db, t));
    const activities = demoActivities(now);
    activities.forEach((a) => saveActivity(db, a));
    const workPlan = demoWorkPlan(now);
    workPlan.forEach((t) => saveWorkTask(db, t));
    savePlatformMonths(db, demoPlatformMonths(now));
    return {
      units: DEMO_UNITS.length,
      accounts: accounts.length,
      leads: leads.length,
      articles: articles.length,
      publications: publications.length,
      trainings: trainings.length,
      activities: activities.length,
      workTasks: workPlan.length,
    };
  });
}
