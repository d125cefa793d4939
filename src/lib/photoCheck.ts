// Is a picked file a photo this device can open? Checked at pick time by decoding it, so a random-bytes ".jpg" or a
// PDF is refused with a message at once instead of sitting in the form as a broken tile and failing at the server.
import Taro from '@tarojs/taro';

export const NOT_A_PHOTO = '这个文件不是能打开的照片，请换一张';

function decodesInBrowser(url: string): Promise<boolean> {
  const viaImage = () =>
    new Promise<boolean>((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img.naturalWidth > 0 && img.naturalHeight > 0);
      img.onerror = () => resolve(false);
      img.src = url;
    });
  if (typeof createImageBitmap !== 'function') return viaImage();
  return fetch(url)
    .then((res) => res.blob())
    .then((blob) => createImageBitmap(blob))
    .then(
      (bitmap) => {
        const ok = bitmap.width > 0 && bitmap.height > 0;
        bitmap.close();
        return ok;
      },
      () => false,
    );
}

/** True when the file at `path` (a temp file path on weapp, a blob: URL on H5) decodes as an image. */
export async function canOpenPhoto(path: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') return decodesInBrowser(path);
  try {
    const info = await Taro.getImageInfo({ src: path });
    return info.width > 0 && info.height > 0;
  } catch {
    return false;
  }
}
