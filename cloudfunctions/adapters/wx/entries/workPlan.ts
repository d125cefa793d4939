// The workPlan cloud function as deployed to WeChat, on the statistics store that keeps the work plan.
import { workPlanFunction } from '../../../functions/workPlan';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxStatsStore } from '../stats/store';

export const main = wxMain(workPlanFunction, { notifier: wxSubscriptionNotifier, stats: wxStatsStore });
