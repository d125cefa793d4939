// The ONE declaration of what the app does with personal data: the privacy APIs it calls and the personal data it
// holds, each with its purpose. The consent screen shows it, scripts/privacy-docs.ts turns it into docs/privacy.md
// (the text pasted into WeChat's 用户隐私保护指引), and tests/app/privacyDeclaration.test.ts checks it against src/.

export interface DeclaredApi {
  /** A name from WECHAT_PRIVACY_APIS. */
  api: string;
  purpose: string;
}

export interface DeclaredData {
  item: string;
  /** Where it comes from. */
  source: string;
  purpose: string;
}

export const DECLARED_APIS: readonly DeclaredApi[] = [
  { api: 'chooseMedia', purpose: '拍照或从相册选择照片，为新闻线索、补充材料和刊发凭证配图' },
  { api: 'setClipboardData', purpose: '管理员生成邀请码后一键复制，转发给被邀请的人' },
  { api: 'chooseMessageFile', purpose: '管理员从微信聊天中选择填好的新媒体数据 Excel 表，导入各单位的月度数据' },
];

export const DECLARED_DATA: readonly DeclaredData[] = [
  {
    item: '姓名',
    source: '绑定邀请码时由您填写，或由镇宣传办管理员录入',
    purpose: '在线索、稿件署名和年度宣传统计中标明报送人',
  },
  {
    item: '手机号',
    source: '绑定邀请码时由您填写，或由管理员录入',
    purpose: '镇宣传办核实线索时联系您；列表中只显示为 138****5678，不写入日志',
  },
  {
    item: '照片',
    source: '您在报送线索、补充材料时拍摄或选择',
    purpose: '作为新闻线索的素材，只发给镇宣传办；上传前在手机上去掉拍摄地点、时间、设备等信息',
  },
  {
    item: '微信身份（openid）',
    source: '微信在您打开小程序时提供',
    purpose: '识别您的通讯员账号，免去密码；向您发送审核结果的订阅消息',
  },
];

/** What declining means, said on the consent screen and in the guide. */
export const WITHOUT_CONSENT = '不同意也可以报送文字线索；添加照片时会再次询问。';

/** What the app never does, said once. */
export const NEVER = '乡讯不读取您的位置（地点由您自己填写），不向镇宣传办以外的任何人提供您的信息。';
