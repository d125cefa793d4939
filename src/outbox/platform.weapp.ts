// Mini-program: the queue and drafts in Taro storage, photo copies as compressed files under USER_DATA_PATH
// (temporary files from chooseMedia may be cleaned by WeChat at any time). Never bundled into H5.
import Taro from '@tarojs/taro';
import { stripMetadata } from '@core/photoMetadata';
import { uuidV4 } from '@/lib/uuid';
import { compressInMiniProgram } from './compress.weapp';
import type { Platform } from './platform';

declare const wx: { env: { USER_DATA_PATH: string } };

const folder = () => `${wx.env.USER_DATA_PATH}/outbox`;

function ensureFolder(fs: Taro.FileSystemManager): void {
  try {
    fs.accessSync(folder());
  } catch {
    fs.mkdirSync(folder(), true);
  }
}

export const platform: Platform = {
  kv: {
    get: <T>(key: string) => {
      const value = Taro.getStorageSync(key) as T | '';
      return value === '' ? null : value;
    },
    set: (key, value) => Taro.setStorageSync(key, value),
    remove: (key) => Taro.removeStorageSync(key),
  },
  vault: {
    async keep(source) {
      const compressed = await compressInMiniProgram(source);
      const fs = Taro.getFileSystemManager();
      ensureFolder(fs);
      const target = `${folder()}/${uuidV4()}.jpg`;
      // compressImage may copy the original's EXIF into its output: what the outbox keeps (and later uploads)
      // goes through the same stripper as the servers. A damaged file fails here with a typed error.
      const bytes = new Uint8Array(fs.readFileSync(compressed) as ArrayBuffer);
      fs.writeFileSync(target, stripMetadata(bytes).buffer as ArrayBuffer);
      return target;
    },
    async urlOf(ref) {
      try {
        Taro.getFileSystemManager().accessSync(ref);
      } catch {
        throw Object.assign(new Error('照片已丢失，请删除后重新添加'), { code: 'INVALID_ARGUMENT' });
      }
      return ref;
    },
    async discard(ref) {
      try {
        Taro.getFileSystemManager().unlinkSync(ref);
      } catch {
        // already gone
      }
    },
  },
  watchNetwork(onChange) {
    Taro.onNetworkStatusChange((res) => onChange(res.isConnected));
    Taro.getNetworkType({ success: (res) => onChange(res.networkType !== 'none') });
  },
};
