// The articles cloud function as deployed to WeChat: its table alone, so the bundle carries nothing else.
import { articlesFunction } from '../../../functions/articles';
import { wxMain } from '../main';
import { wxSubscriptionNotifier } from '../notifier';

export const main = wxMain(articlesFunction, { notifier: wxSubscriptionNotifier });
