// The workPlan cloud function as deployed to WeChat, on the desk's records alone (no statistics, no exporters).
import { workPlanFunction } from '../../../functions/workPlan';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';
import { wxRecordsStore } from '../stats/recordsStore';

export const main = wxMain(workPlanFunction, { notifier: wxSubscriptionNotifier, records: wxRecordsStore });
