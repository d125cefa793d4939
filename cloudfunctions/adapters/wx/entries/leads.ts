// The leads cloud function as deployed to WeChat: its table alone, so the bundle carries nothing else.
import { leadsFunction } from '../../../functions/leads';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';

export const main = wxMain(leadsFunction, { notifier: wxSubscriptionNotifier });
