// Up to 9 photos with previews, upload progress and remove. Mini-program: chooseMedia (compressed).
// H5: a real <input type="file"> inside a label, which browsers and Playwright can both drive.
import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@core';
import type { ChangeEvent } from 'react';
import { photosLeft, type PhotoItem } from '../../../lib/photos';

interface Props {
  photos: PhotoItem[];
  locked: boolean;
  onAdd: (paths: string[]) => void;
  onRemove: (key: string) => void;
}

const progressText = (p: PhotoItem) =>
  p.status === 'uploading' ? `${p.progress}%` : p.status === 'failed' ? '上传失败' : p.status === 'done' ? '已上传' : '';

export default function PhotoPicker({ photos, locked, onAdd, onRemove }: Props) {
  const left = photosLeft(photos);

  const chooseInMiniProgram = async () => {
    try {
      const res = await Taro.chooseMedia({ count: left, mediaType: ['image'], sizeType: ['compressed'] });
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
      <label className='photo-picker__cell photo-picker__add js-add-photo'>
        <input
          className='photo-picker__file js-photo-input'
          type='file'
          accept='image/jpeg,image/png,image/webp'
          multiple
          disabled={locked}
          onChange={chooseInBrowser}
        />
        <View className='photo-picker__plus'>＋</View>
        <View>添加照片</View>
      </label>
    ) : (
      <View className='photo-picker__cell photo-picker__add js-add-photo' onClick={() => !locked && void chooseInMiniProgram()}>
        <View className='photo-picker__plus'>＋</View>
        <View>添加照片</View>
      </View>
    );

  return (
    <View className='photo-picker'>
      {photos.map((p) => (
        <View key={p.key} className={`photo-picker__cell js-photo-item photo-${p.status}`}>
          <Image className='photo-picker__img' src={p.path} mode='aspectFill' />
          {p.status !== 'waiting' ? <View className='photo-picker__progress'>{progressText(p)}</View> : null}
          {p.status === 'uploading' ? <View className='photo-picker__bar' style={{ width: `${p.progress}%` }} /> : null}
          {!locked ? (
            <View className='photo-picker__remove js-remove-photo' onClick={() => onRemove(p.key)}>
              ×
            </View>
          ) : null}
        </View>
      ))}
      {left > 0 ? addTile : null}
      <View className='photo-picker__hint'>
        {photos.length}/{MAX_PHOTOS} 张，一张好照片胜过千言
      </View>
    </View>
  );
}
