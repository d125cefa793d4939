// First open in WeChat: the privacy guide must be agreed to before album and camera may be used (since 2023-09-15).
// WeChat decides whether it is needed (getPrivacySetting); agreeing happens on WeChat's own button type.
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

/** Resolves true when the user still has to agree to the privacy guide. */
export function needsPrivacyConsent(): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof Taro.getPrivacySetting !== 'function') return resolve(false); // older base library: nothing to ask
    Taro.getPrivacySetting({
      success: (res: { needAuthorization: boolean }) => resolve(res.needAuthorization),
      fail: () => resolve(false),
    } as never);
  });
}

export default function PrivacyConsent({ onAgreed }: { onAgreed: () => void }) {
  return (
    <View className='card login__card js-privacy'>
      <View className='card-title'>隐私保护指引</View>
      <View className='muted login__privacy-text'>
        乡讯需要使用相册和相机，让您为线索配上照片；照片只发给镇宣传办，上传前会去掉拍摄地点等信息。地点由您自己填写，乡讯不读取您的位置。
      </View>
      <View className='login__privacy-link' onClick={() => Taro.openPrivacyContract({})}>
        查看《乡讯隐私保护指引》
      </View>
      <Button className='xx-btn xx-btn--primary xx-btn--large xx-btn--block js-privacy-agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={onAgreed}>
        同意并继续
      </Button>
      <View className='muted login__privacy-text'>不同意也可以报文字线索，添加照片时会再次询问。</View>
    </View>
  );
}
