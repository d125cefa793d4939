// The entry of every WeChat cloud function: caller from getWXContext(), account by openid, then core dispatch.
import { randomUUID } from 'crypto';
import { errorEnvelope, type Envelope } from '../../core/errors';
import { SILENT_NOTIFIER, wireContext, type Clock, type Context, type Identity, type Notifier } from '../../core/ports';
import { scryptPasswords } from '../../shared/passwords';
import type { RecordsStore, StatsStore } from '../../core/stats/ports';
import type { FunctionDef } from '../../core/runtime';
import { dispatch } from '../../core/runtime';
import { deploymentOf } from '../../functions/deployment';
import { afterAnswer, type AfterAnswer } from './afterAnswer';
import { WxFiles } from './files';
import { WithinCallJobs } from './jobs';
import { WxModerator } from './moderation';
import type { WxCloud } from './sdk';
import { WxStore } from './store';

export interface WxMainOptions {
  /** Where the SDK comes from; tests pass a double, deployed bundles `require` the real one. */
  loadSdk?: () => WxCloud;
  clock?: Clock;
  newId?: () => string;
  /** Subscription messages; silent until the subscription notifier is wired in. */
  notifier?: (wx: WxCloud) => Notifier;
  /** Statistics: passed only by the stats entry, so other bundles never carry the pipelines and exporters. */
  stats?: (wx: WxCloud) => StatsStore;
  /** The desk's records alone (rules, activities, work plan, reach), for the record-keeping entries. */
  records?: (wx: WxCloud) => RecordsStore;
  /** The function's timeout (deployment.ts); notifications may use what the action left of it. */
  timeoutSeconds?: number;
  /**
   * A platform message push this function answers (the leads function: `wxa_media_check`), or null for any other
   * event. Only consulted for invocations without a user's OPENID, which no mini-program call can be.
   */
  platformPush?: (event: unknown, ctx: Context) => Promise<Envelope<unknown>> | null;
}

/** Kept free at the end of the timeout for returning the answer. */
const ANSWER_MARGIN_MS = 500;

export type WxHandler = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>;

/** The real SDK, kept out of the bundle (external) and out of tests (never loaded unless a deployed function runs). */
export function requireRealSdk(): WxCloud {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxCloud;
}

/** callFunction adds `userInfo: {appId, openId}` to the event; it is not part of any payload schema. */
export function stripUserInfo(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  const { userInfo, ...rest } = event as Record<string, unknown>;
  void userInfo;
  return rest;
}

export function wxMain(fn: FunctionDef, options: WxMainOptions = {}): WxHandler {
  const loadSdk = options.loadSdk ?? requireRealSdk;
  const clock: Clock = options.clock ?? { now: () => new Date() };
  const newId = options.newId ?? (() => randomUUID());
  let cloud: WxCloud | null = null;

  // Initialised on the first call, not at module load, so a cold start that fails is reported as an envelope.
  function sdk(): WxCloud {
    if (!cloud) {
      const loaded = loadSdk();
      loaded.init({ env: loaded.DYNAMIC_CURRENT_ENV as unknown as string });
      cloud = loaded;
    }
    return cloud;
  }

  const timeoutMs = (options.timeoutSeconds ?? deploymentOf(fn.name).timeoutSeconds) * 1000;

  return async (event) => {
    const started = Date.now();
    let ctx: Context;
    let identity: Identity;
    let notifications: AfterAnswer;
    try {
      const wx = sdk();
      const store = new WxStore(wx.database());
      notifications = afterAnswer(options.notifier?.(wx) ?? SILENT_NOTIFIER);
      ctx = wireContext({
        store,
        stats: options.stats?.(wx),
        records: options.records?.(wx),
        jobs: options.stats ? new WithinCallJobs(clock) : undefined,
        passwords: scryptPasswords,
        files: new WxFiles(wx),
        clock,
        newId,
        notifier: notifications.notifier,
        moderation: new WxModerator(wx),
      });
      const openid = wx.getWXContext().OPENID || null;
      const pushed = openid ? null : options.platformPush?.(event, ctx);
      if (pushed) return await pushed;
      identity = { openid, account: openid ? await store.getAccountByOpenid(openid) : null };
    } catch (err) {
      console.error(err);
      return errorEnvelope(err);
    }
    const answer = await dispatch(fn, stripUserInfo(event), identity, ctx);
    // The answer is ready; the notifications the action started finish (or are given up) before it is returned.
    const left = await notifications.settle(Math.max(0, timeoutMs - (Date.now() - started) - ANSWER_MARGIN_MS));
    if (left.pending > 0) console.warn('订阅消息未在云函数超时前发完', left);
    return answer;
  };
}
