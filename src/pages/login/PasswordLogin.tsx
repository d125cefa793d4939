// Username + password against the local host's /api/login (H5 only).
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import AppButton from '../../components/AppButton';
import ErrorBanner from '../../components/ErrorBanner';
import TextField from '../../components/TextField';
import { login } from '../../services/cloud';
import { messageOf } from '../../services/envelope';
import { HOME_PAGE, saveLogin } from '../../services/session';
import ChangePassword from './ChangePassword';

export default function PasswordLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  /** Set when the account holds a one-time password: the page asks for a new one instead of going home. */
  const [mustChange, setMustChange] = useState(false);

  const submit = async () => {
    if (!username.trim() || !password) {
      setError('请输入用户名和密码');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const result = await login(username.trim(), password);
      saveLogin(result);
      if (result.account.mustChangePassword) setMustChange(true);
      else await Taro.reLaunch({ url: HOME_PAGE });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (mustChange) return <ChangePassword username={username.trim()} oldPassword={password} />;

  return (
    <View className='card login__card'>
      {error ? <ErrorBanner message={error} /> : null}
      <View className='field'>
        <View className='field-label'>用户名</View>
        <TextField className='js-username' placeholder='请输入用户名' value={username} onChange={setUsername} />
      </View>
      <View className='field'>
        <View className='field-label'>密码</View>
        <TextField
          className='js-password'
          password
          placeholder='请输入密码'
          value={password}
          onChange={setPassword}
          onConfirm={() => void submit()}
        />
      </View>
      <View className='gap' />
      <AppButton kind='primary' size='large' block loading={busy} className='js-login' onClick={() => void submit()}>
        登录
      </AppButton>
    </View>
  );
}
