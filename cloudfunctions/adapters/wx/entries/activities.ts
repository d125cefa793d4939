// The activities cloud function as deployed to WeChat, on the statistics store that keeps the activity ledger.
import { activitiesFunction } from '../../../functions/activities';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxStatsStore } from '../stats/store';

export const main = wxMain(activitiesFunction, { notifier: wxSubscriptionNotifier, stats: wxStatsStore });
