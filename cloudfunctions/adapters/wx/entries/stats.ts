// The stats cloud function as deployed to WeChat, with the statistics store (and the exporters it brings).
import { statsFunction } from '../../../functions/stats';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxStatsStore } from '../stats/store';

export const main = wxMain(statsFunction, { notifier: wxSubscriptionNotifier, stats: wxStatsStore });
