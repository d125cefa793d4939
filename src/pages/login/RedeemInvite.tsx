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
      f.code.trim() && f.name.trim() && f.username.trim() && f.password ? {} : { _: '请填写邀请码、姓名、用户名和密码' },
    send: (f) =>
      redeemInvite({ code: f.code.replace(/\s/g, ''), name: f.name.trim(), username: f.username.trim(), password: f.password }),
    onSaved: (result) => {
      saveLogin(result);
      void Taro.reLaunch({ url: HOME_PAGE });
    },
  });

  return (
    <View className='card login__card js-redeem'>
      <View className='card-title'>用邀请码注册</View>
      <View className='muted'>邀请码由镇宣传办生成；注册后用下面的用户名和密码登录</View>
      {error ? <ErrorBanner message={error} /> : null}
      <View className='field'>
        <View className='field-label'>邀请码</View>
        <TextField className='js-redeem-code' placeholder='8位邀请码' maxLength={INVITE_CODE_MAX} value={form.code} onChange={(v) => set('code', v)} />
      </View>
      <View className='field'>
        <View className='field-label'>姓名</View>
        <TextField className='js-redeem-name' placeholder='真实姓名' maxLength={ACCOUNT_NAME_MAX} value={form.name} onChange={(v) => set('name', v)} />
      </View>
      <View className='field'>
        <View className='field-label'>用户名</View>
        <TextField
          className='js-redeem-username'
          placeholder='3到32位字母或数字'
          maxLength={USERNAME_MAX}
          value={form.username}
          onChange={(v) => set('username', v)}
        />
      </View>
      <View className='field'>
        <View className='field-label'>密码</View>
        <TextField
          className='js-redeem-password'
          password
          placeholder='至少8位'
          maxLength={PASSWORD_MAX}
          value={form.password}
          onChange={(v) => set('password', v)}
          onConfirm={() => void save()}
        />
      </View>
      <View className='gap' />
      <AppButton kind='primary' size='large' block loading={busy} className='js-redeem-submit' onClick={() => void save()}>
        注册并登录
      </AppButton>
      <View className='login__switch js-to-login' onClick={onBack}>
        已有账号？去登录
      </View>
    </View>
  );
}
