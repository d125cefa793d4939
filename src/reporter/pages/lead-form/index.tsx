// 报线索: what, when, where, photos. Checked on the phone with the same schema the cloud function uses.
import { Picker, Switch, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { BODY_MAX, DEFAULT_CATEGORIES, TITLE_MAX } from '@core';
import { useMemo, useState } from 'react';
import AppButton from '../../../components/AppButton';
import ErrorBanner from '../../../components/ErrorBanner';
import TextField from '../../../components/TextField';
import { fieldErrorsFromDetails, type FieldErrors } from '../../../lib/fieldErrors';
import { counter, emptyLeadForm, validateLeadForm, type LeadFormState } from '../../../lib/leadForm';
import { addPhotos, removePhoto } from '../../../lib/photos';
import { uuidV4 } from '../../../lib/uuid';
import { call, CloudError } from '../../../services/cloud';
import { messageOf } from '../../../services/envelope';
import { getAccount, saveAccount } from '../../../services/session';
import CategoryChips from './CategoryChips';
import PhotoPicker from './PhotoPicker';
import { sendLead } from './sendLead';
import './index.scss';

const MINE_PAGE = '/reporter/pages/mine/index';

export default function LeadFormPage() {
  // The clientId is born with the draft: resending after a network failure cannot create a second lead.
  const [form, setForm] = useState<LeadFormState>(() => emptyLeadForm(uuidV4()));
  const [categories, setCategories] = useState<readonly string[]>(() => getAccount()?.categories ?? []);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  useLoad(() => {
    call('accounts', 'me', {})
      .then((me) => {
        saveAccount(me);
        setCategories(me.categories);
      })
      .catch(() => undefined); // the cached list (or the default one) still works
  });

  const set = <K extends keyof LeadFormState>(key: K, value: LeadFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setServerErrors((e) => ({ ...e, [key]: '' }));
  };

  const checked = useMemo(() => validateLeadForm(form), [form]);
  // Empty fields complain only after a first try; a too-long title complains while typing.
  const errorOf = (key: string) => {
    const message = serverErrors[key] || checked[key];
    const value = (form as unknown as Record<string, unknown>)[key];
    const filled = typeof value === 'string' ? value.trim() !== '' : true;
    return message && (tried || filled) ? message : '';
  };

  const submit = async () => {
    setTried(true);
    setError('');
    if (Object.keys(checked).length > 0) {
      void Taro.showToast({ title: Object.values(checked)[0], icon: 'none' });
      return;
    }
    setSending(true);
    try {
      await sendLead(form, (photos) => setForm((f) => ({ ...f, photos })));
      await Taro.showToast({ title: '已提交，等待审核', icon: 'success', duration: 1500 });
      setTimeout(() => void Taro.redirectTo({ url: MINE_PAGE }), 800);
    } catch (err) {
      const fields = err instanceof CloudError ? fieldErrorsFromDetails(err.details) : {};
      setServerErrors(fields);
      setError(messageOf(err));
    } finally {
      setSending(false);
    }
  };

  const choices = categories.length > 0 ? categories : DEFAULT_CATEGORIES;
  const titleOver = form.title.trim().length > TITLE_MAX;
  const bodyOver = form.body.trim().length > BODY_MAX;

  return (
    <View className='page lead-form'>
      {error ? <ErrorBanner message={error} /> : null}
      <View className='card'>
        <View className='field'>
          <View className='field-label'>标题</View>
          <TextField
            className='js-title'
            placeholder='一句话说清什么事（40字以内）'
            maxLength={TITLE_MAX + 20}
            value={form.title}
            onChange={(v) => set('title', v)}
          />
          <View className='field-foot'>
            <View className='field-error'>{errorOf('title')}</View>
            <View className={`js-title-count ${titleOver ? 'over' : ''}`}>{counter(form.title, TITLE_MAX)}</View>
          </View>
        </View>
        <View className='field'>
          <View className='field-label'>内容</View>
          <TextField
            multiline
            className='js-body'
            placeholder='什么时间、在哪里、有谁、做了什么、效果如何'
            maxLength={BODY_MAX + 200}
            value={form.body}
            onChange={(v) => set('body', v)}
          />
          <View className='field-foot'>
            <View className='field-error'>{errorOf('body')}</View>
            <View className={`js-body-count ${bodyOver ? 'over' : ''}`}>{counter(form.body, BODY_MAX)}</View>
          </View>
        </View>
      </View>

      <View className='card'>
        <View className='field-label'>类别</View>
        <CategoryChips categories={choices} value={form.category} onChange={(c) => set('category', c)} />
        {errorOf('category') ? <View className='field-error'>{errorOf('category')}</View> : null}
      </View>

      <View className='card'>
        <View className='field row-between'>
          <View className='field-label'>发生时间</View>
          <View className='row'>
            <Picker mode='date' value={form.date} onChange={(e) => set('date', String(e.detail.value))}>
              <View className='picker-value js-date'>{form.date}</View>
            </Picker>
            <Picker mode='time' value={form.time} onChange={(e) => set('time', String(e.detail.value))}>
              <View className='picker-value js-time'>{form.time}</View>
            </Picker>
          </View>
        </View>
        {errorOf('occurredAt') ? <View className='field-error'>{errorOf('occurredAt')}</View> : null}
        <View className='field'>
          <View className='field-label'>地点</View>
          <TextField className='js-place' placeholder='例如：青山村文化广场' value={form.place} onChange={(v) => set('place', v)} />
          {errorOf('place') ? <View className='field-error'>{errorOf('place')}</View> : null}
        </View>
        <View className='field row-between'>
          <View>
            <View className='field-label'>紧急线索</View>
            <View className='muted'>突发事件、时效性强的活动</View>
          </View>
          <Switch className='js-urgent' color='#c8102e' checked={form.urgent} onChange={(e) => set('urgent', e.detail.value)} />
        </View>
      </View>

      <View className='card'>
        <View className='field-label'>照片</View>
        <PhotoPicker
          photos={form.photos}
          locked={sending}
          onAdd={(paths) => {
            const { items, dropped } = addPhotos(form.photos, paths);
            set('photos', items);
            if (dropped > 0) void Taro.showToast({ title: `最多9张，已忽略${dropped}张`, icon: 'none' });
          }}
          onRemove={(key) => set('photos', removePhoto(form.photos, key))}
        />
        {errorOf('photos') ? <View className='field-error'>{errorOf('photos')}</View> : null}
      </View>

      <AppButton kind='primary' size='large' block loading={sending} className='js-submit' onClick={() => void submit()}>
        提交线索
      </AppButton>
    </View>
  );
}
