// One photo uploaded on the spot (a publication's proof screenshot): pick, upload with progress, preview, remove.
// Mini-program: chooseMedia. H5: a real <input type="file"> (class js-proof-input) that Playwright can fill.
// Both ask for consent to the privacy guide first when it was not given.
import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ChangeEvent } from 'react';
import PhotoFileInput from '@/components/PhotoFileInput';
import { askPhotoConsent } from '@/privacy/askConsent';
import { upload, type Uploaded } from '@/services/cloud';
import { messageOf } from '@/services/envelope';
import './index.scss';

interface Props {
  value: Uploaded | null;
  onChange: (value: Uploaded | null) => void;
  label: string;
  /** Tells the form an upload is running, so it is not saved half-way. */
  onBusy?: (busy: boolean) => void;
}

export default function PhotoUpload({ value, onChange, label, onBusy }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');

  const send = async (path: string) => {
    setError('');
    setProgress(0);
    onBusy?.(true);
    try {
      const stored = await upload(path, setProgress);
      onChange(stored);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setProgress(null);
      onBusy?.(false);
    }
  };

  const chooseInMiniProgram = async () => {
    if (!(await askPhotoConsent())) return;
    try {
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'] });
      const path = res.tempFiles[0]?.tempFilePath;
      if (path) await send(path);
    } catch {
      // Closing the album is not an error.
    }
  };

  const chooseInBrowser = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void send(URL.createObjectURL(file));
  };

  const busy = progress !== null;
  return (
    <View className="xx-upload">
      {value ? (
        <View className="xx-upload__cell js-proof">
          <Image
            className="xx-upload__img"
            src={value.url}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ urls: [value.url] })}
          />
          <View className="xx-upload__remove js-proof-remove" onClick={() => onChange(null)}>
            ×
          </View>
        </View>
      ) : process.env.TARO_ENV === 'h5' ? (
        <PhotoFileInput
          className="xx-upload__cell xx-upload__add js-proof-add"
          inputClassName="xx-upload__file js-proof-input"
          disabled={busy}
          onChange={chooseInBrowser}
        >
          <View>{busy ? `上传中 ${progress}%` : `＋ ${label}`}</View>
        </PhotoFileInput>
      ) : (
        <View
          className="xx-upload__cell xx-upload__add js-proof-add"
          onClick={() => !busy && void chooseInMiniProgram()}
        >
          {busy ? `上传中 ${progress}%` : `＋ ${label}`}
        </View>
      )}
      {error ? <View className="field-error js-proof-error">{error}</View> : null}
    </View>
  );
}
