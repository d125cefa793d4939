// The platforms cloud function as deployed to WeChat, on the desk's records alone (no statistics, no exporters).
import { platformsFunction } from '../../../functions/platforms';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxRecordsStore } from '../stats/recordsStore';

export const main = wxMain(platformsFunction, { notifier: wxSubscriptionNotifier, records: wxRecordsStore });
