// WeChat's `wxa_media_check` message push (the asynchronous answer to mediaCheckAsync v2), routed to the leads
// function by the console's 消息推送 setting. Shape per
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html :
// {ToUserName, FromUserName, CreateTime, MsgType: 'event', Event: 'wxa_media_check', appid, trace_id, version: 2,
//  detail: [...], errcode, errmsg, result: {suggest: 'risky'|'pass'|'review', label}}.
import { applyMediaVerdict } from '../../core/moderation/mediaVerdict';
import type { Moderation } from '../../core/moderation/verdicts';
import type { Context } from '../../core/ports';
import type { Envelope } from '../../core/errors';
import { verdictOf } from './moderation';
import type { SecCheckAnswer } from './sdk';

export interface MediaCheckPush {
  traceId: string;
  verdict: Moderation;
}

/** The push's trace id and verdict, or null when the event is anything else (an ordinary call, another push). */
export function mediaCheckPush(event: unknown): MediaCheckPush | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as Record<string, unknown>;
  if (e.Event !== 'wxa_media_check' || typeof e.trace_id !== 'string' || e.trace_id === '') return null;
  const errcode = typeof e.errcode === 'number' ? e.errcode : 0;
  const verdict: Moderation =
    errcode === 0
      ? verdictOf(e.result as SecCheckAnswer['result'])
      : { state: 'review', reasons: [`平台图片审核失败（错误码 ${errcode}），请人工审核`] };
  return { traceId: e.trace_id, verdict };
}

/**
 * Applies a media push, or answers null for any other event. wxMain calls it only when the invocation carries no
 * user's OPENID: a mini-program user's callFunction always does, so a reporter cannot forge a verdict.
 */
export function handleMediaCheckPush(event: unknown, ctx: Context): Promise<Envelope<unknown>> | null {
  const push = mediaCheckPush(event);
  if (!push) return null;
  return applyMediaVerdict(ctx, push.traceId, push.verdict).then((outcome) => ({ ok: true, data: { outcome } }));
}
