// The privacy guide before anything else, with a real choice. In WeChat, agreeing happens on WeChat's own button
// type (since 2023-09-15 album and camera need it) and WeChat says whether it is still needed (getPrivacySetting);
// in the browser the answer is kept on this device. 不同意 still lets a reporter send text-only leads.
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import AppButton from '@/components/AppButton';
import { rememberConsent } from '@/privacy/askConsent';
import { DECLARED_DATA, NEVER, WITHOUT_CONSENT } from '@/privacy/declaration';

/** Resolves whether WeChat still needs the guide agreed to; null outside WeChat (no platform to ask). */
export function platformNeedsConsent(): Promise<boolean | null> {
  return new Promise((resolve) => {
    if (process.env.TARO_ENV !== 'weapp') return resolve(null);
    if (typeof Taro.getPrivacySetting !== 'function') return resolve(false); // older base library: nothing to ask
    Taro.getPrivacySetting({
      success: (res: { needAuthorization: boolean }) => resolve(res.needAuthorization),
      fail: () => resolve(false),
    } as never);
  });
}

interface Props {
  /** Called after the answer is remembered; `agreed` is the answer. */
  onAnswered: (agreed: boolean) => void;
}

export default function PrivacyConsent({ onAnswered }: Props) {
  const answer = (agreed: boolean) => {
    rememberConsent(agreed ? 'agreed' : 'declined');
    onAnswered(agreed);
  };
  const openGuide = () =>
    process.env.TARO_ENV === 'weapp'
      ? void Taro.openPrivacyContract({})
      : void Taro.showModal({
          title: '乡讯隐私保护指引',
          content: DECLARED_DATA.map((d) => `${d.item}：${d.purpose}`).join('\n'),
          showCancel: false,
        });

  return (
    <View className="card login__card js-privacy">
      <View className="card-title">隐私保护指引</View>
      <View className="muted login__privacy-text">乡讯会用到以下信息，只发给镇宣传办：</View>
      {DECLARED_DATA.map((d) => (
        <View key={d.item} className="muted login__privacy-text">
          · {d.item}：{d.purpose}
        </View>
      ))}
      <View className="muted login__privacy-text">{NEVER}</View>
      <View className="login__privacy-link js-privacy-guide" onClick={openGuide}>
        查看《乡讯隐私保护指引》
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button
          className="xx-btn xx-btn--primary xx-btn--large xx-btn--block js-privacy-agree"
          openType="agreePrivacyAuthorization"
          onAgreePrivacyAuthorization={() => answer(true)}
        >
          同意并继续
        </Button>
      ) : (
        <AppButton kind="primary" size="large" block className="js-privacy-agree" onClick={() => answer(true)}>
          同意并继续
        </AppButton>
      )}
      <View className="gap" />
      <AppButton size="large" block className="js-privacy-decline" onClick={() => answer(false)}>
        不同意
      </AppButton>
      <View className="muted login__privacy-text">{WITHOUT_CONSENT}</View>
    </View>
  );
}
