// Login. H5 (local host): username + password. Mini-program: WeChat already knows who this is;
// a person not yet bound to an account enters the invite code from the township office.
import { View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import PasswordLogin from './PasswordLogin';
import RedeemInvite from './RedeemInvite';
import WechatLogin from './WechatLogin';
import './index.scss';

/** The title bar's home button leads nowhere from here (home needs a session and sends the person back). */
function hideHomeButton(hidden: boolean): void {
  if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('xx-no-home', hidden);
  else if (hidden) void Taro.hideHomeButton();
}

export default function LoginPage() {
  useDidShow(() => hideHomeButton(true));
  useDidHide(() => hideHomeButton(false));
  useEffect(() => () => hideHomeButton(false), []);
  // H5 only: an invite code can become a username-and-password account here (in WeChat, WechatLogin binds it).
  const [redeeming, setRedeeming] = useState(false);
  const h5 = redeeming ? (
    <RedeemInvite onBack={() => setRedeeming(false)} />
  ) : (
    <PasswordLogin onRedeem={() => setRedeeming(true)} />
  );
  return (
    <View className="page login">
      <View className="login__brand">
        <View className="login__logo">乡讯</View>
        <View className="login__slogan">乡镇宣传线索 · 随手报 · 及时审</View>
      </View>
      {process.env.TARO_ENV === 'h5' ? h5 : <WechatLogin />}
    </View>
  );
}
