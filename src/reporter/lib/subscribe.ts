// WeChat subscription to "线索审核结果" messages: asked for at the submit tap (WeChat only allows it inside a tap),
// one acceptance allows one message. The template comes from the mini-program's 订阅消息 console.
import Taro from '@tarojs/taro';

/** Template ID of 审核结果通知 (mp console → 订阅消息); empty: do not ask. Same as WX_TPL_LEAD_DECIDED on the server. */
export const LEAD_DECIDED_TEMPLATE_ID = '';

/** Call first thing in a tap handler, without awaiting anything before it; a refusal is fine. */
export function askForDecisionMessage(): void {
  if (process.env.TARO_ENV !== 'weapp' || !LEAD_DECIDED_TEMPLATE_ID) return;
  Taro.requestSubscribeMessage({
    tmplIds: [LEAD_DECIDED_TEMPLATE_ID],
  } as unknown as Taro.requestSubscribeMessage.Option).catch(() => undefined);
}
