// Stored photos of a lead in a 3-column grid; a tap opens the full-screen viewer.
import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PhotoView } from '@core';
import './index.scss';

export default function PhotoGrid({ photos }: { photos: PhotoView[] }) {
  const urls = photos.map((p) => p.url).filter(Boolean);
  if (urls.length === 0) return null;
  return (
    <View className="xx-photos">
      {urls.map((url) => (
        <View
          key={url}
          className="xx-photos__cell js-photo"
          onClick={() => void Taro.previewImage({ urls, current: url })}
        >
          <Image className="xx-photos__img" src={url} mode="aspectFill" />
        </View>
      ))}
    </View>
  );
}
