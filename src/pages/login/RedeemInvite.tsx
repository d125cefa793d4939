// 用邀请码注册 (H5 on the local host): the invite from the township office, a name, and the username and password
// this person will log in with. The invite decides role and unit; the account is logged in at once.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ACCOUNT_NAME_MAX, INVITE_CODE_MAX, PASSWORD_MAX, USERNAME_MAX } from '@core';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { redeemInvite } from '@/services/cloud';
import { useServerForm } from '@/hooks/useServerForm';
import { HOME_PAGE, saveLogin } from '@/services/session';

export default function RedeemInvite({ onBack }: { onBack: () => void }) {
  const { form, set, error, busy, save } = useServerForm({
    initial: { code: '', name: '', username: '', password: '' },
    check: (f): Record<string, string> =>
      f.code.trim() && f.name.trim() && f.username.trim() && f.password
        ? {}
        : { _: '请填写邀请码、姓名、用户名和密码' },
    send: (f) =>
      redeemInvite({
        code: f.code.replace(/\s/g, ''),
        name: f.name.trim(),
        username: f.username.trim(),
        password: f.password,
      }),
    onSaved: (result) => {
      saveLogin(result);
      void Taro.reLaunch({ url: HOME_PAGE });
    },
  });

  type Key = keyof typeof form;
  const field = (key: Key, label: string, placeholder: string, maxLength: number) => (
    <View className="field">
      <View className="field-label">{label}</View>
      <TextField
        className={`js-redeem-${key}`}
        password={key === 'password'}
        placeholder={placeholder}
        maxLength={maxLength}
        value={form[key]}
        onChange={(v) => set(key, v)}
        onConfirm={key === 'password' ? () => void save() : undefined}
      />
    </View>
  );

  return (
    <View className="card login__card js-redeem">
      <View className="card-title">用邀请码注册</View>
      <View className="muted">邀请码由镇宣传办生成；注册后用下面的用户名和密码登录</View>
      {error ? <ErrorBanner message={error} /> : null}
      {field('code', '邀请码', '8位邀请码', INVITE_CODE_MAX)}
      {field('name', '姓名', '真实姓名', ACCOUNT_NAME_MAX)}
      {field('username', '用户名', '3到32位字母或数字', USERNAME_MAX)}
      {field('password', '密码', '至少8位', PASSWORD_MAX)}
      <View className="gap" />
      <AppButton
        kind="primary"
        size="large"
        block
        loading={busy}
        className="js-redeem-submit"
        onClick={() => void save()}
      >
        注册并登录
      </AppButton>
      <View className="login__switch js-to-login" onClick={onBack}>
        已有账号？去登录
      </View>
    </View>
  );
}
