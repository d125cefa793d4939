// The moderation port on WeChat's content security: msgSecCheck v2 answers text at once; mediaCheckAsync v2 answers
// each photo later through the `wxa_media_check` message push, matched by trace_id (handled in mediaPush.ts).
import type {
  MediaCheckInput,
  MediaVerdict,
  ModerationPort,
  TextCheckInput,
  TextScene,
} from '../../core/moderation/ports';
import type { Moderation, ModerationState } from '../../core/moderation/verdicts';
import type { SecCheckAnswer, WxCloud } from './sdk';

/** msgSecCheck v2 scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
const TEXT_SCENES: Record<TextScene, number> = { lead: 3, reply: 2, article: 1 };
/** mediaCheckAsync v2: media_type 2 is a picture; the photos of a lead are posts (论坛). */
const MEDIA_SCENE = 3;
/** The platform fetches the picture within its 30 minutes; the URL outlives that. */
const MEDIA_URL_SECONDS = 3600;

/** The result labels of content security v2, in the words an editor reads. */
export const LABELS: Record<number, string> = {
  100: '正常',
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
};

const failed = (why: string): Moderation => ({
  state: 'review',
  reasons: [`平台内容安全检查未完成（${why}），请人工审核`],
});
const errorCode = (a: SecCheckAnswer) => a.errCode ?? a.errcode ?? 0;

/** A v2 `result` as a verdict; an unknown suggestion is treated as needing review, never as a pass. */
export function verdictOf(result: SecCheckAnswer['result']): Moderation {
  const suggest = result?.suggest;
  const state: ModerationState = suggest === 'pass' || suggest === 'risky' ? suggest : 'review';
  if (state === 'pass') return { state, reasons: [] };
  const label = result?.label;
  const name = label !== undefined ? (LABELS[label] ?? `类别${label}`) : '未说明';
  return { state, reasons: [`微信内容安全：疑似${name}`] };
}

export class WxModerator implements ModerationPort {
  constructor(private readonly cloud: Pick<WxCloud, 'openapi' | 'getTempFileURL'>) {}

  async checkText(input: TextCheckInput): Promise<Moderation> {
    const security = this.cloud.openapi?.security;
    if (!security) return failed('云调用不可用');
    // v2 requires the author's openid (active within two hours): accounts made on the local host have none.
    if (!input.openid) return failed('账号未绑定微信');
    try {
      const answer = await security.msgSecCheck({
        version: 2,
        openid: input.openid,
        scene: TEXT_SCENES[input.scene],
        content: input.body,
        ...(input.title ? { title: input.title } : {}),
      });
      if (errorCode(answer) !== 0) return failed(`错误码 ${errorCode(answer)}`);
      return verdictOf(answer.result);
    } catch (err) {
      return failed(err instanceof Error && /timeout/i.test(err.message) ? '超时' : '调用失败');
    }
  }

  async checkMedia(input: MediaCheckInput): Promise<MediaVerdict> {
    const security = this.cloud.openapi?.security;
    if (!security) return failed('云调用不可用');
    if (!input.openid) return failed('账号未绑定微信');
    try {
      const { fileList } = await this.cloud.getTempFileURL({
        fileList: [{ fileID: input.fileID, maxAge: MEDIA_URL_SECONDS }],
      });
      const url = fileList[0]?.status === 0 ? fileList[0].tempFileURL : '';
      if (!url) return failed('取不到图片地址');
      const answer = await security.mediaCheckAsync({
        version: 2,
        openid: input.openid,
        scene: MEDIA_SCENE,
        media_url: url,
        media_type: 2,
      });
      const traceId = answer.traceId ?? answer.trace_id;
      if (errorCode(answer) !== 0 || !traceId) return failed(`错误码 ${errorCode(answer)}`);
      return { pending: true, traceId };
    } catch {
      return failed('调用失败');
    }
  }
}
