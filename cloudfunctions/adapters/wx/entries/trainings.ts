// The trainings cloud function as deployed to WeChat, on the desk's records alone (no statistics, no exporters).
import { trainingsFunction } from '../../../functions/trainings';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxRecordsStore } from '../stats/recordsStore';

export const main = wxMain(trainingsFunction, { notifier: wxSubscriptionNotifier, records: wxRecordsStore });
