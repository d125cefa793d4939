// A double of the wx-server-sdk object: init bookkeeping, the fake database, temp URLs and a settable caller.
import type { TempFileItem, WxCloud, WxContext } from '../../cloudfunctions/adapters/wx/sdk';
import { FakeDb } from './fakeDb';

export class FakeCloud implements WxCloud {
  readonly DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
  readonly db = new FakeDb();
  readonly initCalls: { env: unknown }[] = [];
  readonly tempUrlRequests: { fileID: string; maxAge: number }[][] = [];
  /** What getWXContext() reports; set per call by tests. */
  context: WxContext = {};

  init(options: { env: string }): void {
    this.initCalls.push(options);
  }

  database(): FakeDb {
    if (this.initCalls.length === 0) throw new Error('请先调用 cloud.init()');
    return this.db;
  }

  async getTempFileURL(options: { fileList: (string | { fileID: string; maxAge: number })[] }) {
    if (options.fileList.length > 50) throw new Error('getTempFileURL:fail 一次最多 50 个文件');
    const items = options.fileList.map((f) => (typeof f === 'string' ? { fileID: f, maxAge: 7200 } : f));
    this.tempUrlRequests.push(items);
    const fileList: TempFileItem[] = items.map(({ fileID, maxAge }) => {
      const m = /^cloud:\/\/[^.]+\.([^/]+)\/(.+)$/.exec(fileID);
      if (!m) return { fileID, tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' };
      return { fileID, tempFileURL: `https://${m[1]}.tcb.qcloud.la/${m[2]}?sign=fake&t=${maxAge}`, status: 0 };
    });
    return { fileList };
  }

  getWXContext(): WxContext {
    return { APPID: 'wx-test-app', ...this.context };
  }
}
