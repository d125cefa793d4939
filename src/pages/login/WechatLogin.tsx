// Mini-program login: first the privacy guide (when WeChat says it is still needed and the person has not said no on
// this phone already; either answer goes on), then accounts.me with the
// WeChat identity; UNAUTHENTICATED means "not bound yet" → invite code, name and phone (accounts.bind).
import { View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import TextField from '@/components/TextField';
import { useServerForm } from '@/hooks/useServerForm';
import { call, CloudError } from '@/services/cloud';
import { messageOf } from '@/services/envelope';
import { HOME_PAGE, saveAccount } from '@/services/session';
import { deviceStorage } from '@/privacy/askConsent';
import { asksAtStart } from '@/privacy/consent';
import PrivacyConsent, { platformNeedsConsent } from './PrivacyConsent';

type Step = 'privacy' | 'checking' | 'bind' | 'failed';

export default function WechatLogin() {
  const [step, setStep] = useState<Step>('checking');
  const [error, setError] = useState('');
  const binding = useServerForm({
    initial: { code: '', name: '', phone: '' },
    check: () => ({}),
    send: (f) => call('accounts', 'bind', { code: f.code.trim(), name: f.name.trim(), phone: f.phone.trim() }),
    onSaved: (me) => {
      saveAccount(me);
      void Taro.reLaunch({ url: HOME_PAGE });
    },
  });
  const { form, problems: errors, busy, save: bind } = binding;
  // Problems that belong to a field show under it; only the rest needs the banner.
  const bindError = Object.values(errors).some(Boolean) ? '' : binding.error;

  const check = async () => {
    setStep('checking');
    setError('');
    try {
      saveAccount(await call('accounts', 'me', {}));
      await Taro.reLaunch({ url: HOME_PAGE });
    } catch (err) {
      if (err instanceof CloudError && err.code === 'UNAUTHENTICATED') return setStep('bind');
      setError(messageOf(err));
      setStep('failed');
    }
  };

  useLoad(() => {
    void platformNeedsConsent().then((needed) => (asksAtStart(deviceStorage, needed) ? setStep('privacy') : check()));
  });

  const field = (key: keyof typeof form, label: string, placeholder: string, numeric = false) => (
    <View className="field">
      <View className="field-label">{label}</View>
      <TextField
        className={`js-${key}`}
        numeric={numeric}
        placeholder={placeholder}
        value={form[key]}
        onChange={(value) => binding.set(key, value)}
      />
      {errors[key] ? <View className="field-error">{errors[key]}</View> : null}
    </View>
  );

  if (step === 'privacy') return <PrivacyConsent onAnswered={() => void check()} />;
  if (step === 'checking') return <Loading text="正在确认微信身份…" />;
  if (step === 'failed') return <ErrorBanner message={error} onRetry={() => void check()} />;
  return (
    <View className="card login__card">
      <View className="card-title">绑定通讯员身份</View>
      <View className="muted">第一次使用，请填写镇宣传办给您的邀请码。</View>
      {error || bindError ? <ErrorBanner message={error || bindError} /> : null}
      {field('code', '邀请码', '请输入邀请码')}
      {field('name', '姓名', '请输入真实姓名')}
      {field('phone', '手机号', '请输入11位手机号', true)}
      <View className="gap" />
      <AppButton kind="primary" size="large" block loading={busy} className="js-bind" onClick={() => void bind()}>
        绑定并进入
      </AppButton>
    </View>
  );
}
