// The trainings cloud function as deployed to WeChat, with the statistics store (and the exporters it brings).
import { trainingsFunction } from '../../../functions/trainings';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxStatsStore } from '../stats/store';

export const main = wxMain(trainingsFunction, { notifier: wxSubscriptionNotifier, stats: wxStatsStore });
