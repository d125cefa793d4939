// The editor asked for more: the reporter answers with text and photos here, and the lead goes back to the queue.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BODY_MAX, MAX_PHOTOS, type LeadView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import PhotoUpload from '@/components/PhotoUpload';
import TextField from '@/components/TextField';
import { call, type Uploaded } from '@/services/cloud';
import { useServerForm } from '@/hooks/useServerForm';
import { formatDateTime } from '@/lib/time';
import './ReplyBox.scss';

/** The editor's latest 请补充信息: what the reply has to answer. */
const latestQuestion = (lead: LeadView) => [...lead.history].reverse().find((h) => h.decision === 'needs_info');

export default function ReplyBox({ lead, onReplied }: { lead: LeadView; onReplied: (lead: LeadView) => void }) {
  const [uploading, setUploading] = useState(false);
  const {
    form,
    set,
    setForm,
    error,
    busy,
    save: send,
  } = useServerForm({
    initial: { text: '', photos: [] as Uploaded[] },
    check: (f): Record<string, string> => {
      if (!f.text.trim()) return { _: '请填写补充的内容' };
      return uploading ? { _: '照片还在上传，请稍候' } : {};
    },
    send: (f) => call('leads', 'reply', { id: lead.id, text: f.text.trim(), photos: f.photos.map((p) => p.fileID) }),
    onSaved: (next) => {
      setForm({ text: '', photos: [] });
      onReplied(next);
      void Taro.showToast({ title: '已补充，重新进入审核', icon: 'none' });
    },
    invalidates: [['leads', 'mine']],
  });
  const { text, photos } = form;
  const setText = (v: string) => set('text', v);
  const setPhotos = (v: Uploaded[]) => set('photos', v);
  const question = latestQuestion(lead);

  return (
    <View className="card js-reply-box">
      <View className="card-title">编辑请你补充</View>
      {question ? (
        <View className="reply-question js-question">
          <View className="reply-question__text">{question.note || '请补充信息'}</View>
          <View className="muted">
            {question.byName || '编辑'} · {formatDateTime(question.at)}
          </View>
        </View>
      ) : null}
      {error ? <ErrorBanner message={error} /> : null}
      <TextField
        multiline
        className="js-reply"
        placeholder="按编辑的要求补充内容"
        maxLength={BODY_MAX}
        value={text}
        onChange={setText}
      />
      <View className="row js-reply-photos">
        {photos.map((photo, i) => (
          <PhotoUpload
            key={photo.fileID}
            label={`照片${i + 1}`}
            value={photo}
            onChange={(next) =>
              setPhotos(next ? photos.map((p, j) => (j === i ? next : p)) : photos.filter((_, j) => j !== i))
            }
          />
        ))}
        {photos.length < MAX_PHOTOS ? (
          <PhotoUpload
            key={`add-${photos.length}`}
            label="补充照片"
            value={null}
            onBusy={setUploading}
            onChange={(next) => next && setPhotos([...photos, next])}
          />
        ) : null}
      </View>
      <AppButton kind="primary" block loading={busy} className="js-send-reply" onClick={() => void send()}>
        提交补充
      </AppButton>
    </View>
  );
}
