// The leads cloud function as deployed to WeChat: its table alone, so the bundle carries nothing else.
import { leadsFunction } from '../../../functions/leads';
import { wxMain } from '../main';
import { handleMediaCheckPush } from '../mediaPush';
import { wxSubscriptionNotifier } from '../notifier';
import { handleRetentionTimer } from '../timer';

/** Also the target of the `wxa_media_check` message push (photo verdicts) and of the daily retention timer. */
export const main = wxMain(leadsFunction, {
  notifier: wxSubscriptionNotifier,
  platformPush: (event, ctx) => handleMediaCheckPush(event, ctx) ?? handleRetentionTimer(event, ctx),
});
