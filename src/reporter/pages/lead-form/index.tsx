// 报线索: what, when, where, photos. Checked on the phone with the same schema the cloud function uses; every change is
// saved as a draft at once, and 提交 hands the lead to the outbox, which sends it whenever the network allows.
import { Picker, Switch, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { BODY_MAX, DEFAULT_CATEGORIES, PLACE_MAX, TITLE_MAX } from '@core';
import { useEffect, useMemo, useRef, useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import { LabelledText } from '@/components/FormField';
import { emptyLeadForm, leadPayload, validateLeadForm, type LeadFormState } from '@/lib/leadForm';
import { moveItem } from '@/reporter/lib/photoOrder';
import { askForDecisionMessage } from '@/reporter/lib/subscribe';
import { uuidV4 } from '@/lib/uuid';
import { photoVault, theDrafts, theOutbox, type Draft } from '@/outbox';
import { NOT_A_PHOTO } from '@/lib/photoCheck';
import { clientIdToSend, type SentContent } from '@/outbox/returned';
import { useQuery } from '@/hooks/useQuery';
import { call } from '@/services/cloud';
import { getAccount, saveAccount } from '@/services/session';
import CountedField from './CountedField';
import DraftBanner, { type Opened } from './DraftBanner';
import { asPhotoItems, keepPhoto, newPhotoKey, photosOfDraft, type FormPhoto } from './draftPhotos';
import PhotoPicker from './PhotoPicker';
import './index.scss';

const MINE_PAGE = '/reporter/pages/mine/index';

type Fields = Omit<LeadFormState, 'photos'>;

// The clientId is born with the draft: however often the outbox resends, the server makes one lead of it.
function blankFields(): Fields {
  const { photos, ...fields } = emptyLeadForm(uuidV4());
  void photos;
  return fields;
}

export default function LeadFormPage() {
  const [form, setForm] = useState<Fields>(blankFields);
  const [photos, setPhotos] = useState<FormPhoto[]>([]);
  const [returned, setReturned] = useState<SentContent | undefined>();
  const [opened, setOpened] = useState<Opened>(null);
  // The township's categories as last known on this device, then as the server says (a failure keeps those).
  const me = useQuery(['accounts', 'me'], () => call('accounts', 'me', {}), { refreshOnShow: false }).data;
  const categories = me?.categories ?? getAccount()?.categories ?? [];
  useEffect(() => {
    if (me) saveAccount(me);
  }, [me]);
  const [tried, setTried] = useState(false);
  const [ready, setReady] = useState(false);
  const sent = useRef(false);

  const open = (draft: Draft) => {
    const { photos: refs, updatedAt, returned: sentAs, ...fields } = draft;
    void updatedAt;
    setForm(fields);
    setReturned(sentAs);
    void photosOfDraft(refs).then(({ photos: kept, dropped }) => {
      setPhotos(kept);
      if (dropped > 0) void Taro.showToast({ title: `${dropped}张照片打不开，已去掉`, icon: 'none' });
    });
  };

  // 报线索 with a half-filled draft on the phone opens that draft (with 新建 above it) instead of a blank form;
  // 草稿箱 and the outbox open a given draft.
  useLoad((params: Record<string, string | undefined>) => {
    const drafts = theDrafts();
    const asked = params.draft ? drafts.get(decodeURIComponent(params.draft)) : undefined;
    const draft = asked ?? (params.draft ? undefined : drafts.list()[0]);
    if (draft) {
      open(draft);
      const returnedFrom = draft.returned;
      if (returnedFrom) setOpened({ kind: 'returned', reason: returnedFrom.reason });
      else if (!asked) setOpened({ kind: 'resumed', savedAt: draft.updatedAt });
    }
    setReady(true);
  });

  // The draft just shown stays in 草稿箱; the blank form is a new draft from its first keystroke.
  const startNew = () => {
    setForm(blankFields());
    setPhotos([]);
    setReturned(undefined);
    setOpened(null);
    setTried(false);
  };

  // Saved on every change; a draft survives closing the app, a crash or a reboot.
  useEffect(() => {
    if (!ready || sent.current) return;
    const refs = photos.map((p) => p.ref).filter((r): r is string => Boolean(r));
    theDrafts().save({ ...form, photos: refs, updatedAt: Date.now(), ...(returned ? { returned } : {}) });
  }, [form, photos, ready, returned]);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setForm((f) => ({ ...f, [key]: value }));

  const state: LeadFormState = { ...form, photos: asPhotoItems(photos) };
  const checked = useMemo(() => validateLeadForm(state), [form, photos]); // eslint-disable-line react-hooks/exhaustive-deps
  // Empty fields complain only after a first try; a too-long title complains while typing.
  const errorOf = (key: string) => {
    const message = checked[key];
    const value = (form as unknown as Record<string, unknown>)[key];
    const filled = typeof value === 'string' ? value.trim() !== '' : true;
    return message && (tried || filled) ? message : '';
  };

  const addPhotos = (paths: string[]) => {
    const room = Math.max(0, 9 - photos.length);
    if (paths.length > room) void Taro.showToast({ title: `最多9张，已忽略${paths.length - room}张`, icon: 'none' });
    const added = paths
      .slice(0, room)
      .map((path) => ({ photo: { key: newPhotoKey(), url: path, state: 'compressing' as const }, path }));
    setPhotos((list) => [...list, ...added.map((a) => a.photo)]);
    for (const { photo, path } of added) {
      void keepPhoto(photo, path).then((kept) => {
        if (!kept) void Taro.showToast({ title: NOT_A_PHOTO, icon: 'none', duration: 2500 });
        setPhotos((list) =>
          kept ? list.map((p) => (p.key === kept.key ? kept : p)) : list.filter((p) => p.key !== photo.key),
        );
      });
    }
  };

  const removePhoto = (key: string) => {
    const gone = photos.find((p) => p.key === key);
    setPhotos((list) => list.filter((p) => p.key !== key));
    if (gone?.ref) void photoVault.discard(gone.ref);
  };

  const submit = () => {
    // First, inside the tap: WeChat only shows the subscription dialog from a tap.
    askForDecisionMessage();
    setTried(true);
    if (Object.keys(checked).length > 0) {
      void Taro.showToast({ title: Object.values(checked)[0] as string, icon: 'none' });
      return;
    }
    if (photos.some((p) => p.state !== 'ready')) {
      void Taro.showToast({
        title: photos.some((p) => p.state === 'failed') ? '有照片读取失败，请删除后重新添加' : '照片还在压缩，请稍等',
        icon: 'none',
      });
      return;
    }
    const { clientId: draftId, photos: placeholders, ...lead } = leadPayload(state);
    void placeholders;
    const photoRefs = photos.map((p) => p.ref as string);
    sent.current = true;
    const clientId = clientIdToSend({ clientId: draftId, returned }, lead, photoRefs, uuidV4);
    theOutbox().add({ clientId, lead, photoRefs });
    theDrafts().remove(draftId);
    void Taro.showToast({ title: '已放入发件箱，有网就自动发送', icon: 'none', duration: 1500 });
    setTimeout(() => void Taro.redirectTo({ url: MINE_PAGE }), 600);
  };

  const choices = categories.length > 0 ? categories : DEFAULT_CATEGORIES;
  const field = (key: 'title' | 'body' | 'place') => ({
    name: key,
    className: `js-${key}`,
    value: form[key],
    onChange: (v: string) => set(key, v),
    problem: errorOf(key),
  });

  return (
    <View className="page lead-form">
      <DraftBanner opened={opened} onNew={startNew} />
      <View className="card">
        <CountedField
          label="标题"
          placeholder="一句话说清什么事（40字以内）"
          maxLength={TITLE_MAX}
          {...field('title')}
        />
        <CountedField
          label="内容"
          placeholder="什么时间、在哪里、有谁、做了什么、效果如何"
          multiline
          maxLength={BODY_MAX}
          {...field('body')}
        />
      </View>

      <View className="card">
        <View className="field-label">类别</View>
        <ChoiceChips
          className="js-category-picker"
          itemClass="js-category"
          options={choices.map((c) => ({ value: c, label: c }))}
          value={form.category || null}
          onChange={(c) => set('category', c)}
        />
        {errorOf('category') ? <View className="field-error">{errorOf('category')}</View> : null}
      </View>

      <View className="card">
        <View className="field row-between">
          <View className="field-label">发生时间</View>
          <View className="row">
            <Picker mode="date" value={form.date} onChange={(e) => set('date', String(e.detail.value))}>
              <View className="picker-value js-date">{form.date}</View>
            </Picker>
            <Picker mode="time" value={form.time} onChange={(e) => set('time', String(e.detail.value))}>
              <View className="picker-value js-time">{form.time}</View>
            </Picker>
          </View>
        </View>
        {errorOf('occurredAt') ? <View className="field-error">{errorOf('occurredAt')}</View> : null}
        <LabelledText label="地点" placeholder="例如：青山村文化广场" maxLength={PLACE_MAX} {...field('place')} />
        <View className="field row-between">
          <View>
            <View className="field-label">紧急线索</View>
            <View className="muted">突发事件、时效性强的活动</View>
          </View>
          <Switch
            className="js-urgent"
            color="#c8102e"
            checked={form.urgent}
            onChange={(e) => set('urgent', e.detail.value)}
          />
        </View>
      </View>

      <View className="card">
        <View className="field-label">照片</View>
        <PhotoPicker
          photos={photos}
          onAdd={addPhotos}
          onRemove={removePhoto}
          onMove={(key, delta) => setPhotos((list) => moveItem(list, key, delta))}
        />
        {errorOf('photos') ? <View className="field-error">{errorOf('photos')}</View> : null}
      </View>

      <AppButton kind="primary" size="large" block className="js-submit" onClick={submit}>
        提交线索
      </AppButton>
      <View className="muted draft-saved js-draft-saved">
        <View>草稿已自动保存在本机</View>
        <View>没网也能提交，恢复网络后自动发送</View>
      </View>
    </View>
  );
}
