// Every cloud function by name: the local host and the build of WeChat bundles both read this table.
import type { FunctionDef } from '../core/runtime';
import { accountsFunction } from './accounts';
import { articlesFunction } from './articles';
import { leadsFunction } from './leads';
import { statsFunction } from './stats';
import { trainingsFunction } from './trainings';

export const FUNCTIONS: Record<string, FunctionDef> = {
  accounts: accountsFunction,
  leads: leadsFunction,
  articles: articlesFunction,
  stats: statsFunction,
  trainings: trainingsFunction,
};
