// The platforms cloud function as deployed to WeChat, on the statistics store that keeps the monthly reach.
import { platformsFunction } from '../../../functions/platforms';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxStatsStore } from '../stats/store';

export const main = wxMain(platformsFunction, { notifier: wxSubscriptionNotifier, stats: wxStatsStore });
