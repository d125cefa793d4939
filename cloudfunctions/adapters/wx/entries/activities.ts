// The activities cloud function as deployed to WeChat, on the desk's records alone (no statistics, no exporters).
import { activitiesFunction } from '../../../functions/activities';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxRecordsStore } from '../stats/recordsStore';

export const main = wxMain(activitiesFunction, { notifier: wxSubscriptionNotifier, records: wxRecordsStore });
