// The editor asked for more: the reporter answers with text and photos here, and the lead goes back to the queue.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BODY_MAX, MAX_PHOTOS, type LeadView } from '@core';
import { useState } from 'react';
import AppButton from '../../../components/AppButton';
import ErrorBanner from '../../../components/ErrorBanner';
import PhotoUpload from '../../../components/PhotoUpload';
import TextField from '../../../components/TextField';
import { call, type Uploaded } from '../../../services/cloud';
import { messageOf } from '../../../services/envelope';

export default function ReplyBox({ lead, onReplied }: { lead: LeadView; onReplied: (lead: LeadView) => void }) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<Uploaded[]>([]);
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const send = async () => {
    if (!text.trim()) return setError('请填写补充的内容');
    if (uploading) return setError('照片还在上传，请稍候');
    setBusy(true);
    setError('');
    try {
      onReplied(await call('leads', 'reply', { id: lead.id, text: text.trim(), photos: photos.map((p) => p.fileID) }));
      setText('');
      setPhotos([]);
      void Taro.showToast({ title: '已补充，重新进入审核', icon: 'none' });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='card'>
      <View className='card-title'>补充信息</View>
      {error ? <ErrorBanner message={error} /> : null}
      <TextField multiline className='js-reply' placeholder='按编辑的要求补充内容' maxLength={BODY_MAX} value={text} onChange={setText} />
      <View className='row js-reply-photos'>
        {photos.map((photo, i) => (
          <PhotoUpload
            key={photo.fileID}
            label={`照片${i + 1}`}
            value={photo}
            onChange={(next) => setPhotos(next ? photos.map((p, j) => (j === i ? next : p)) : photos.filter((_, j) => j !== i))}
          />
        ))}
        {photos.length < MAX_PHOTOS ? (
          <PhotoUpload key={`add-${photos.length}`} label='补充照片' value={null} onBusy={setUploading} onChange={(next) => next && setPhotos([...photos, next])} />
        ) : null}
      </View>
      <AppButton kind='primary' block loading={busy} className='js-send-reply' onClick={() => void send()}>
        提交补充
      </AppButton>
    </View>
  );
}
