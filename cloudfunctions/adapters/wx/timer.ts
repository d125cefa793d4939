// The leads function's timer trigger (config.json `triggers`, declared in functions/deployment.ts): once a day it
// purges what the retention period allows. The event is `{Type: 'Timer', TriggerName, Time}` per
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
import { purgeExpiredLeads, RETENTION_TRIGGER } from '../../core/leads/retention';
import type { Envelope } from '../../core/errors';
import type { Context } from '../../core/ports';

/**
 * Runs the purge for this trigger's event, or answers null for any other event. Paged and idempotent: a run cut
 * short by the function's time limit leaves the rest for the next day.
 */
export function handleRetentionTimer(event: unknown, ctx: Context): Promise<Envelope<unknown>> | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as Record<string, unknown>;
  if (e.Type !== 'Timer' || e.TriggerName !== RETENTION_TRIGGER) return null;
  return purgeExpiredLeads(ctx).then((data) => ({ ok: true, data }));
}
