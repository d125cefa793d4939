// A double of `cloud.openapi.security` (content security v2 cloud calls), answering as the platform documents:
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html — `result:
// {suggest: 'pass'|'review'|'risky', label}`, errcode 0 on success; mediaCheckAsync.html — errcode 0 and a
// `trace_id` now (camelCased `traceId` through the SDK), the verdict later as the `wxa_media_check` push.
import type { SecCheckAnswer, WxSecurityApi } from '../../cloudfunctions/adapters/wx/sdk';
import type { FakeDb } from './fakeDb';

type TextRequest = Parameters<WxSecurityApi['msgSecCheck']>[0];
type MediaRequest = Parameters<WxSecurityApi['mediaCheckAsync']>[0];

export class FakeSecurity implements WxSecurityApi {
  /** Each cloud call is a round trip of its own, counted with the database's (budgets.test.ts). */
  constructor(private readonly db: FakeDb) {}

  readonly textRequests: TextRequest[] = [];
  readonly mediaRequests: MediaRequest[] = [];
  /** What msgSecCheck answers (or throws); by default a pass. */
  text: (req: TextRequest) => SecCheckAnswer = () => ({
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: { suggest: 'pass', label: 100 },
  });
  /** What mediaCheckAsync answers (or throws); by default accepted with the next trace id. */
  media: (req: MediaRequest) => SecCheckAnswer = () => ({
    errCode: 0,
    errMsg: 'openapi.security.mediaCheckAsync:ok',
    traceId: `trace-${this.mediaRequests.length}`,
  });

  async msgSecCheck(req: TextRequest): Promise<SecCheckAnswer> {
    await this.db.roundTrip('openapi.security.msgSecCheck', '');
    this.textRequests.push(req);
    return this.text(req);
  }

  async mediaCheckAsync(req: MediaRequest): Promise<SecCheckAnswer> {
    await this.db.roundTrip('openapi.security.mediaCheckAsync', '');
    this.mediaRequests.push(req);
    return this.media(req);
  }
}

/** The message push WeChat sends when a photo's check is done. */
export function mediaCheckPushEvent(traceId: string, suggest: 'pass' | 'review' | 'risky', label = 100, errcode = 0) {
  return {
    ToUserName: 'gh_38cc49f9733b',
    FromUserName: 'oUwZU5JHn2r9LxbAYcRk5sWb7Plw',
    CreateTime: 1626959646,
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx-test-app',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    errcode,
    errmsg: errcode === 0 ? 'ok' : 'system error',
    result: { suggest, label },
  };
}
