// consent.ts wired to this device: Taro storage, WeChat's privacy authorization, the browser's confirmation.
import Taro from '@tarojs/taro';
import { consentChoice, consentForPhotos, recordConsent, type ConsentChoice, type ConsentStorage } from './consent';

export const deviceStorage: ConsentStorage = {
  get: <T>(key: string) => {
    const value = Taro.getStorageSync(key) as T | '';
    return value === '' ? null : value;
  },
  set: (key, value) => Taro.setStorageSync(key, value),
};

export const rememberConsent = (choice: ConsentChoice) => recordConsent(deviceStorage, choice);

/** WeChat's own prompt (resolves at once when already agreed); older base libraries have none and ask nothing. */
const wechatAuthorization = () =>
  new Promise<boolean>((resolve) => {
    if (typeof Taro.requirePrivacyAuthorize !== 'function') return resolve(true);
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) } as never);
  });

const browserConfirmation = async () =>
  (
    await Taro.showModal({
      title: '添加照片前',
      content:
        '照片只发给镇宣传办，上传前会去掉拍摄地点等信息。同意《乡讯隐私保护指引》后才能添加照片；不同意也可以只报文字线索。',
      confirmText: '同意',
      cancelText: '不同意',
    })
  ).confirm;

/** True when photos may be picked now; asks again when the person has not agreed. */
export const askPhotoConsent = (): Promise<boolean> =>
  process.env.TARO_ENV === 'weapp'
    ? consentForPhotos(deviceStorage, wechatAuthorization, true)
    : consentForPhotos(deviceStorage, browserConfirmation);

/**
 * Browser: a click on the label of a photo input. Without consent the file dialog is held back, the person is asked,
 * and a yes opens the dialog (the tap on 同意 still counts as the user's gesture).
 */
export function holdFileDialogForConsent(e: { preventDefault(): void }, input: HTMLInputElement | null): void {
  if (consentChoice(deviceStorage) === 'agreed') return;
  e.preventDefault();
  void askPhotoConsent().then((yes) => yes && input?.click());
}
