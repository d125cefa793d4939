// WeChat's privacy APIs (用户隐私保护指引 applies to each since 2023-09-15), grouped the way the guide form asks
// for them. A platform fact, not a choice of ours: what the app uses is declared in declaration.ts, and a test
// fails when src/ calls one of these without declaring it.

/** How a use shows in the code: a `Taro.<api>(`/`wx.<api>(` call, a `<Button openType='x'>`, or a component `<X`. */
export type PrivacyApiUse = 'call' | 'openType' | 'component';

export interface PrivacyApi {
  name: string;
  use: PrivacyApiUse;
  /** The category on WeChat's guide form. */
  category: string;
}

const calls = (category: string, ...names: string[]): PrivacyApi[] =>
  names.map((name) => ({ name, use: 'call', category }));

export const WECHAT_PRIVACY_APIS: readonly PrivacyApi[] = [
  ...calls('相册（仅写入）', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'),
  ...calls('选中的照片或视频信息（拍照时用到摄像头）', 'chooseMedia', 'chooseImage', 'chooseVideo'),
  ...calls('选中的文件', 'chooseMessageFile'),
  ...calls('摄像头', 'createCameraContext', 'createVKSession'),
  { name: 'Camera', use: 'component', category: '摄像头' },
  ...calls('位置信息', 'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate'),
  ...calls('位置信息', 'startLocationUpdateBackground', 'onLocationChange'),
  ...calls('麦克风', 'startRecord', 'getRecorderManager', 'joinVoIPChat'),
  ...calls('剪切板', 'getClipboardData', 'setClipboardData'),
  ...calls('通讯录（仅写入）', 'addPhoneContact'),
  ...calls('微信运动步数', 'getWeRunData'),
  ...calls('蓝牙', 'openBluetoothAdapter'),
  ...calls('通讯地址', 'chooseAddress'),
  ...calls('发票信息', 'chooseInvoice', 'chooseInvoiceTitle'),
  ...calls('车牌', 'chooseLicensePlate'),
  ...calls('用户信息（微信昵称、头像）', 'getUserProfile', 'getUserInfo'),
  { name: 'getUserInfo', use: 'openType', category: '用户信息（微信昵称、头像）' },
  { name: 'chooseAvatar', use: 'openType', category: '用户信息（微信昵称、头像）' },
  { name: 'getPhoneNumber', use: 'openType', category: '手机号' },
  { name: 'getRealtimePhoneNumber', use: 'openType', category: '手机号' },
];
