// Issue 10, item 3 on WeChat: the phone uploads straight to cloud storage, so the mini-program's own pipeline
// (outbox vault → cloud upload) must leave no EXIF. The platform is shimmed with a file system in memory and a
// compressImage that, like some base libraries, copies the original's EXIF into its output.
import sharp from 'sharp';
import { metadataIn } from '../../cloudfunctions/core/photoMetadata';
import { platform } from '../../src/outbox/platform.weapp';
import { upload } from '../../src/services/cloud.weapp';
import { exifHasGps, jpegWithGps } from '../support/images';

const mockPhone = {
  files: new Map<string, Buffer>(),
  storage: new Map<string, unknown>(),
  cloud: new Map<string, Buffer>(),
  compressed: [] as string[],
};

jest.mock('@tarojs/taro', () => {
  const fs = {
    getFileInfo: (o: { filePath: string; success: (r: { size: number }) => void; fail: () => void }) => {
      const file = mockPhone.files.get(o.filePath);
      if (file) o.success({ size: file.length });
      else o.fail();
    },
    accessSync: (path: string) => {
      if (![...mockPhone.files.keys()].some((p) => p === path || p.startsWith(`${path}/`))) throw new Error('no such');
    },
    mkdirSync: () => undefined,
    readFileSync: (path: string) => {
      const file = mockPhone.files.get(path);
      if (!file) throw new Error(`no such file ${path}`);
      return file.buffer.slice(file.byteOffset, file.byteOffset + file.length);
    },
    writeFileSync: (path: string, data: ArrayBuffer) => void mockPhone.files.set(path, Buffer.from(data)),
    copyFileSync: (from: string, to: string) => void mockPhone.files.set(to, mockPhone.files.get(from) as Buffer),
    unlinkSync: (path: string) => void mockPhone.files.delete(path),
  };
  const taro = {
    getFileSystemManager: () => fs,
    getImageInfo: async ({ src }: { src: string }) => {
      // WeChat reads the header only, so a file cut short still answers
      const meta = await sharp(mockPhone.files.get(src))
        .metadata()
        .catch(() => ({ width: 40, height: 20, format: 'jpeg' }));
      return { width: meta.width, height: meta.height, type: meta.format };
    },
    compressImage: async ({ src }: { src: string }) => {
      const tempFilePath = `wxfile://tmp/compressed-${mockPhone.compressed.length}.jpg`;
      mockPhone.compressed.push(src);
      mockPhone.files.set(tempFilePath, mockPhone.files.get(src) as Buffer); // EXIF and all
      return { tempFilePath };
    },
    getStorageSync: (key: string) => mockPhone.storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void mockPhone.storage.set(key, value),
    removeStorageSync: (key: string) => void mockPhone.storage.delete(key),
    cloud: {
      uploadFile: (o: { cloudPath: string; filePath: string; success: (r: { fileID: string }) => void }) => {
        mockPhone.cloud.set(o.cloudPath, mockPhone.files.get(o.filePath) as Buffer);
        o.success({ fileID: `cloud://env.bucket/${o.cloudPath}` });
        return { onProgressUpdate: () => undefined };
      },
    },
  };
  return { __esModule: true, default: taro, ...taro };
});

beforeAll(() => {
  (globalThis as { wx?: unknown }).wx = { env: { USER_DATA_PATH: 'wxfile://usr' } };
  mockPhone.storage.set('xx.session.account', { id: 'a1', role: 'reporter', uploadFolder: 'uploads/openid-1' });
});

test('a small photo with GPS EXIF picked as original reaches cloud storage without any metadata', async () => {
  const original = await jpegWithGps(); // 40×20: already within the size budget
  expect(exifHasGps((await sharp(original).metadata()).exif)).toBe(true);
  mockPhone.files.set('wxfile://tmp/picked.jpg', original);

  const ref = await platform.vault.keep('wxfile://tmp/picked.jpg');
  expect(mockPhone.compressed).toEqual(['wxfile://tmp/picked.jpg']); // re-encoded although it fitted
  const { fileID } = await upload(await platform.vault.urlOf(ref), undefined, { key: 'lead-0' });

  expect(fileID).toBe('cloud://env.bucket/uploads/openid-1/lead-0.jpg');
  const stored = mockPhone.cloud.get('uploads/openid-1/lead-0.jpg') as Buffer;
  expect(metadataIn(stored)).toEqual([]);
  expect((await sharp(stored).metadata()).exif).toBeUndefined();
  expect(stored.includes(Buffer.from('XiangxunTestCam'))).toBe(false);
});

test('a damaged photo is refused with a typed error and nothing is kept in the outbox folder', async () => {
  mockPhone.files.set('wxfile://tmp/broken.jpg', (await jpegWithGps()).subarray(0, 100));
  const kept = () => [...mockPhone.files.keys()].filter((p) => p.startsWith('wxfile://usr/')).length;
  const before = kept();
  await expect(platform.vault.keep('wxfile://tmp/broken.jpg')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  expect(kept()).toBe(before);
});
