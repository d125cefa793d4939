// Mini-program gateway: WeChat cloud functions and cloud storage. Never bundled into H5.
import Taro from '@tarojs/taro';
import { CloudError, networkError, unwrapEnvelope } from './envelope';
import type { CallGateway, LoginGateway, RedeemGateway, UploadGateway } from './gateway';
import { expireSession, getAccount } from './session';
import { uuidV4 } from '@/lib/uuid';

export { CloudError } from './envelope';

export const call: CallGateway = async (fn, action, payload) => {
  let raw: unknown;
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { ...(payload as object), action } });
    raw = res.result;
  } catch {
    throw networkError();
  }
  try {
    return unwrapEnvelope(raw);
  } catch (err) {
    // accounts.me answers UNAUTHENTICATED for a WeChat user not yet bound: the login page shows the bind form.
    if (err instanceof CloudError && err.code === 'UNAUTHENTICATED') expireSession();
    throw err;
  }
};

export const login: LoginGateway = () =>
  Promise.reject(new CloudError('INVALID_ARGUMENT', '小程序里使用微信身份登录，无需用户名和密码'));

export const redeemInvite: RedeemGateway = () =>
  Promise.reject(new CloudError('INVALID_ARGUMENT', '小程序里请在登录页输入邀请码绑定微信'));

/**
 * The folder the server names for this account's uploads (`uploads/<openid>`): cloud storage rules can require the
 * openid in the path, and the functions accept only photos from the caller's own folder.
 */
function uploadFolder(): string {
  const folder = getAccount()?.uploadFolder;
  if (!folder) throw new CloudError('UNAUTHENTICATED', '请先完成账号绑定，再上传照片');
  return folder;
}

const extensionOf = (path: string) => /\.(png|webp)$/i.exec(path)?.[1].toLowerCase() ?? 'jpg';

/** A keyed upload lands on the same cloud path every time, so cloud storage overwrites it and keeps its fileID. */
const safeName = (key: string) => key.replace(/[^0-9A-Za-z_-]/g, '').slice(0, 80) || uuidV4();

export const upload: UploadGateway = (filePath, onProgress, options) =>
  new Promise((resolve, reject) => {
    const name = options?.key ? safeName(options.key) : uuidV4();
    const task = Taro.cloud.uploadFile({
      cloudPath: `${uploadFolder()}/${name}.${options?.spreadsheet ? 'xlsx' : extensionOf(filePath)}`,
      filePath,
      success: (res) => {
        onProgress?.(100);
        resolve({ fileID: res.fileID, url: filePath });
      },
      fail: () => reject(networkError()),
    });
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress));
  });
