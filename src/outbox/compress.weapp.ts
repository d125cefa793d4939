// Mini-program photo compression: compressImage to a 1600 px long edge at quality 70, stepping the quality down
// while the file is over 500 KB; a 2D offscreen canvas when compressImage is missing or fails (older base libraries).
// Every photo is re-encoded, even one already within budget: an original picked with sizeType 'original' carries
// its EXIF (GPS included), and the form promises to leave the place behind.
import Taro from '@tarojs/taro';
import { encodeWithinBudget, fitLongEdge } from '@/lib/photoBudget';

const sizeOf = (path: string) =>
  new Promise<number>((resolve) =>
    Taro.getFileSystemManager().getFileInfo({
      filePath: path,
      success: (r) => resolve(r.size),
      fail: () => resolve(Infinity),
    }),
  );

async function withCompressImage(src: string, width: number, height: number, quality: number): Promise<string> {
  const target = fitLongEdge(width, height);
  // compressedWidth alone would let a portrait photo keep a long edge over 1600 px.
  const size = width >= height ? { compressedWidth: target.width } : { compressedHeight: target.height };
  const res = await Taro.compressImage({
    src,
    quality: Math.round(quality * 100),
    ...size,
  } as Taro.compressImage.Option);
  return res.tempFilePath;
}

async function withCanvas(src: string, width: number, height: number, quality: number): Promise<string> {
  const target = fitLongEdge(width, height);
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: target.width, height: target.height }) as unknown as {
    getContext(kind: '2d'): { drawImage(img: unknown, x: number, y: number, w: number, h: number): void };
    createImage(): { src: string; onload: () => void; onerror: (e: unknown) => void };
  };
  const image = canvas.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = resolve;
    image.onerror = reject;
    image.src = src;
  });
  canvas.getContext('2d').drawImage(image, 0, 0, target.width, target.height);
  const res = await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'jpg',
    quality,
    destWidth: target.width,
    destHeight: target.height,
  } as Taro.canvasToTempFilePath.Option);
  return res.tempFilePath;
}

/** A re-encoded temporary JPEG of the picked photo, never the original file. */
export async function compressInMiniProgram(src: string): Promise<string> {
  const info = await Taro.getImageInfo({ src });
  const attempt = async (encode: typeof withCompressImage) =>
    (
      await encodeWithinBudget(async (quality) => {
        const path = await encode(src, info.width, info.height, quality);
        return { path, size: await sizeOf(path) };
      })
    ).path;
  try {
    return await attempt(withCompressImage);
  } catch {
    return attempt(withCanvas);
  }
}
