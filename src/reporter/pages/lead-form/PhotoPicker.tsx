// Up to 9 photos with previews, compression state, remove and reorder. Mini-program: chooseMedia from camera or
// album. H5: a real <input type="file"> inside a label, which browsers and Playwright can both drive. Without consent
// to the privacy guide, a tap on 添加照片 asks again first (text-only leads need no consent).
import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@core';
import type { ChangeEvent } from 'react';
import PhotoFileInput from '@/components/PhotoFileInput';
import { askPhotoConsent } from '@/privacy/askConsent';
import type { FormPhoto } from './draftPhotos';

interface Props {
  photos: FormPhoto[];
  onAdd: (paths: string[]) => void;
  onRemove: (key: string) => void;
  onMove: (key: string, delta: number) => void;
}

const STATE_TEXT: Record<FormPhoto['state'], string> = { compressing: '压缩中…', ready: '', failed: '照片读取失败' };

export default function PhotoPicker({ photos, onAdd, onRemove, onMove }: Props) {
  const left = Math.max(0, MAX_PHOTOS - photos.length);

  const chooseInMiniProgram = async () => {
    if (!(await askPhotoConsent())) return;
    try {
      const res = await Taro.chooseMedia({
        count: left,
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['original'],
      });
      onAdd(res.tempFiles.map((f) => f.tempFilePath));
    } catch {
      // Closing the album is not an error.
    }
  };

  const chooseInBrowser = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    onAdd(files.map((f) => URL.createObjectURL(f)));
    e.target.value = '';
  };

  const addTile =
    process.env.TARO_ENV === 'h5' ? (
      <PhotoFileInput
        className="photo-picker__cell photo-picker__add js-add-photo"
        inputClassName="photo-picker__file js-photo-input"
        multiple
        onChange={chooseInBrowser}
      >
        <View className="photo-picker__plus">＋</View>
        <View>添加照片</View>
      </PhotoFileInput>
    ) : (
      <View className="photo-picker__cell photo-picker__add js-add-photo" onClick={() => void chooseInMiniProgram()}>
        <View className="photo-picker__plus">＋</View>
        <View>拍照或相册</View>
      </View>
    );

  return (
    <View className="photo-picker">
      {photos.map((p, i) => (
        <View key={p.key} className={`photo-picker__cell js-photo-item photo-${p.state}`}>
          {p.url ? <Image className="photo-picker__img" src={p.url} mode="aspectFill" /> : null}
          {STATE_TEXT[p.state] ? <View className="photo-picker__progress">{STATE_TEXT[p.state]}</View> : null}
          <View className="photo-picker__remove js-remove-photo" onClick={() => onRemove(p.key)}>
            ×
          </View>
          {i > 0 ? (
            <View className="photo-picker__move js-move-photo" onClick={() => onMove(p.key, -1)}>
              ‹
            </View>
          ) : null}
        </View>
      ))}
      {left > 0 ? addTile : null}
      <View className="photo-picker__hint">
        {photos.length}/{MAX_PHOTOS} 张，一张好照片胜过千言；点 ‹ 往前挪，第一张是封面
      </View>
    </View>
  );
}
