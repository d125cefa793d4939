// The accounts cloud function as deployed to WeChat: its table alone, so the bundle carries nothing else.
import { accountsFunction } from '../../../functions/accounts';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';

export const main = wxMain(accountsFunction, { notifier: wxSubscriptionNotifier });
