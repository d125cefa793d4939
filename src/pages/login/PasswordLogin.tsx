// Username + password against the local host's /api/login (H5 only), after the privacy guide on a device that has
// not answered it yet (either answer leads on to the form).
import { View } from '@tarojs/components';
import { LOGIN_NAME_MAX, PASSWORD_MAX } from '@core';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { deviceStorage } from '@/privacy/askConsent';
import { asksAtStart } from '@/privacy/consent';
import { login } from '@/services/cloud';
import { useServerForm } from '@/hooks/useServerForm';
import { HOME_PAGE, saveLogin } from '@/services/session';
import ChangePassword from './ChangePassword';
import PrivacyConsent from './PrivacyConsent';

/** `onRedeem`: the way to 用邀请码注册, shown under the form once the privacy guide is answered. */
export default function PasswordLogin({ onRedeem }: { onRedeem?: () => void }) {
  /** Set when the account holds a one-time password: the page asks for a new one instead of going home. */
  const [mustChange, setMustChange] = useState(false);
  const [asking, setAsking] = useState(() => asksAtStart(deviceStorage, null));
  const {
    form,
    set,
    error,
    busy,
    save: submit,
  } = useServerForm({
    initial: { username: '', password: '' },
    check: (f): Record<string, string> => (f.username.trim() && f.password ? {} : { _: '请输入用户名和密码' }),
    send: (f) => login(f.username.trim(), f.password),
    onSaved: (result) => {
      saveLogin(result);
      if (result.account.mustChangePassword) setMustChange(true);
      else void Taro.reLaunch({ url: HOME_PAGE });
    },
  });
  const { username, password } = form;
  const setUsername = (v: string) => set('username', v);
  const setPassword = (v: string) => set('password', v);

  if (mustChange) return <ChangePassword username={username.trim()} oldPassword={password} />;
  if (asking) return <PrivacyConsent onAnswered={() => setAsking(false)} />;

  return (
    <View className="card login__card">
      {error ? <ErrorBanner message={error} /> : null}
      <View className="field">
        <View className="field-label">用户名</View>
        <TextField
          className="js-username"
          placeholder="请输入用户名"
          maxLength={LOGIN_NAME_MAX}
          value={username}
          onChange={setUsername}
        />
      </View>
      <View className="field">
        <View className="field-label">密码</View>
        <TextField
          className="js-password"
          password
          placeholder="请输入密码"
          maxLength={PASSWORD_MAX}
          value={password}
          onChange={setPassword}
          onConfirm={() => void submit()}
        />
      </View>
      <View className="gap" />
      <AppButton kind="primary" size="large" block loading={busy} className="js-login" onClick={() => void submit()}>
        登录
      </AppButton>
      {onRedeem ? (
        <View className="login__switch js-to-redeem" onClick={onRedeem}>
          有邀请码？用邀请码注册
        </View>
      ) : null}
    </View>
  );
}
