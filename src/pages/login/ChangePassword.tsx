// The first login's second step (DESIGN 4.5): an account holding a one-time password chooses its own before anything
// else. The change ends the current token, so the page logs in again with the new password and goes home.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PASSWORD_MAX } from '@core';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import { LabelledText } from '@/components/FormField';
import { useServerForm } from '@/hooks/useServerForm';
import { call, login } from '@/services/cloud';
import { HOME_PAGE, saveLogin } from '@/services/session';
import { newPasswordProblems, type NewPasswordForm } from './newPassword';

interface Props {
  username: string;
  oldPassword: string;
}

const PASSWORD_FIELDS = [
  { name: 'newPassword', label: '新密码', placeholder: '请输入新密码', className: 'js-new-password' },
  { name: 'confirm', label: '确认新密码', placeholder: '请再输入一次新密码', className: 'js-confirm-password' },
] as const;

export default function ChangePassword({ username, oldPassword }: Props) {
  const { bind, error, busy, save } = useServerForm<NewPasswordForm, void>({
    initial: { newPassword: '', confirm: '' },
    check: (f) => newPasswordProblems(f, oldPassword),
    send: async (f) => {
      await call('accounts', 'changePassword', { oldPassword, newPassword: f.newPassword });
      saveLogin(await login(username, f.newPassword));
    },
    onSaved: () => void Taro.reLaunch({ url: HOME_PAGE }),
  });

  return (
    <View className="card login__card js-change-password">
      <View className="login__notice">这是初始密码，请先设置您自己的新密码（至少 8 位），之后用新密码登录。</View>
      {error ? <ErrorBanner message={error} /> : null}
      {PASSWORD_FIELDS.map(({ name, label, placeholder, className }) => (
        <LabelledText
          key={name}
          label={label}
          password
          placeholder={placeholder}
          maxLength={PASSWORD_MAX}
          {...bind(name)}
          className={className}
          onConfirm={name === 'confirm' ? () => void save() : undefined}
        />
      ))}
      <View className="gap" />
      <AppButton kind="primary" size="large" block loading={busy} className="js-change" onClick={() => void save()}>
        修改密码并登录
      </AppButton>
    </View>
  );
}
