// A double of `cloud.openapi.security` (content security v2 cloud calls), answering as the platform documents:
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html — `result:
// {suggest: 'pass'|'review'|'risky', label}`, errcode 0 on success; mediaCheckAsync.html — errcode 0 and a
// `trace_id` now (camelCased `traceId` through the SDK), the verdict later as the `wxa_media_check` push.
import type { SecCheckAnswer, WxSecurityApi } from '../../cloudfunctions/adapters/wx/sdk';
import { FakeCloud } from './fakeCloud';

type TextRequest = Parameters<WxSecurityApi['msgSecCheck']>[0];
type MediaRequest = Parameters<WxSecurityApi['mediaCheckAsync']>[0];

export class FakeSecurity implements WxSecurityApi {
  readonly textRequests: TextRequest[] = [];
  readonly mediaRequests: MediaRequest[] = [];
  /** What msgSecCheck answers (or throws); by default a pass. */
  text: (req: TextRequest) => SecCheckAnswer = () => ({ errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest: 'pass', label: 100 } });
  /** What mediaCheckAsync answers (or throws); by default accepted with the next trace id. */
  media: (req: MediaRequest) => SecCheckAnswer = () => ({ errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId: `trace-${this.mediaRequests.length}` });

  async msgSecCheck(req: TextRequest): Promise<SecCheckAnswer> {
    this.textRequests.push(req);
    return this.text(req);
  }

  async mediaCheckAsync(req: MediaRequest): Promise<SecCheckAnswer> {
    this.mediaRequests.push(req);
    return this.media(req);
  }
}

/** The SDK double with cloud calls (`cloud.openapi.security`) and deleteFile, which records what it deleted. */
export class CheckingCloud extends FakeCloud {
  readonly security = new FakeSecurity();
  readonly openapi = { security: this.security };
  readonly deleted: string[] = [];

  async deleteFile(options: { fileList: string[] }) {
    if (options.fileList.length > 50) throw new Error('deleteFile:fail 一次最多 50 个文件');
    this.deleted.push(...options.fileList);
    return { fileList: options.fileList.map((fileID) => ({ fileID, status: 0 })) };
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
