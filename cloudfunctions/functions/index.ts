// Every cloud function by name: the local host and the build of WeChat bundles both read this table, and the
// app's typed `call` is derived from its type (functions/api.ts).
import type { FunctionDef } from '../core/runtime';
import { accountsFunction } from './accounts';
import { activitiesFunction } from './activities';
import { articlesFunction } from './articles';
import { leadsFunction } from './leads';
import { platformsFunction } from './platforms';
import { statsFunction } from './stats';
import { trainingsFunction } from './trainings';
import { workPlanFunction } from './workPlan';

export const FUNCTIONS = {
  accounts: accountsFunction,
  leads: leadsFunction,
  articles: articlesFunction,
  stats: statsFunction,
  trainings: trainingsFunction,
  activities: activitiesFunction,
  workPlan: workPlanFunction,
  platforms: platformsFunction,
} satisfies Record<string, FunctionDef>;

export type FunctionName = keyof typeof FUNCTIONS;

/** The function a caller named, or undefined (names come from URLs and bundle entries). */
export function functionNamed(name: string): FunctionDef | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name as FunctionName] : undefined;
}
