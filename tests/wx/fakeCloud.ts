// A double of the wx-server-sdk object: init bookkeeping, the fake database, storage with temporary URLs that
// expire, and a settable caller.
import type { TempFileItem, WxCloud, WxContext } from '../../cloudfunctions/adapters/wx/sdk';
import { FakeDb } from './fakeDb';
import { FakeSecurity } from './fakeSecurity';

/** getTempFileURL answers at most 50 files per call (developers.weixin.qq.com/miniprogram/dev/wxcloud/
 * reference-server-api/storage/getTempFileURL.html). */
export const TEMP_URL_MAX_FILES = 50;
const ENV = 'env-test';
const BUCKET = '656e-env-test-1300000000';

export class FakeCloud implements WxCloud {
  readonly DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
  readonly db = new FakeDb();
  readonly initCalls: { env: unknown }[] = [];
  readonly tempUrlRequests: { fileID: string; maxAge: number }[][] = [];
  /** Stored files: fileID → the openid of the phone that uploaded it (null: written by a function). */
  readonly files = new Map<string, string | null>();
  /** What functions wrote to storage (exports), by fileID. */
  readonly contents = new Map<string, Buffer>();
  /**
   * Storage rule. Private (the "仅创建者可读写" default hardened to functions only) makes temporary URLs expire after
   * maxAge; with public read a temporary URL never expires (guide/storage/security-rules.html; TOOLCHAIN.md).
   */
  storagePublicRead = false;
  /** The double's clock for URL expiry, in ms; tests move it, nothing reads today's date. */
  nowMs = Date.parse('2026-01-01T00:00:00.000Z');
  /** What getWXContext() reports; set per call by tests. */
  context: WxContext = {};
  /** Content security cloud calls: text passes and photos get trace ids unless a test says otherwise. */
  readonly security = new FakeSecurity(this.db);
  openapi: WxCloud['openapi'] = { security: this.security };
  /** What deleteFile removed (retention), in order. */
  readonly deleted: string[] = [];

  /** deleteFile: at most 50 files per call; a file that is not there answers a non-zero status. */
  async deleteFile(options: { fileList: string[] }) {
    if (options.fileList.length > TEMP_URL_MAX_FILES) throw new Error('deleteFile:fail 一次最多 50 个文件');
    await this.db.roundTrip('storage.deleteFile', '');
    const fileList = options.fileList.map((fileID) => ({ fileID, status: this.files.delete(fileID) ? 0 : -1 }));
    this.deleted.push(...options.fileList);
    return { fileList };
  }

  init(options: { env: string }): void {
    this.initCalls.push(options);
  }

  database(): FakeDb {
    if (this.initCalls.length === 0) throw new Error('请先调用 cloud.init()');
    return this.db;
  }

  /** wx.cloud.uploadFile from a phone: the file lands at cloudPath, remembered with its uploader. */
  clientUpload(openid: string, cloudPath: string, content?: Buffer): string {
    const fileID = `cloud://${ENV}.${BUCKET}/${cloudPath}`;
    this.files.set(fileID, openid);
    if (content) this.contents.set(fileID, content);
    return fileID;
  }

  /** downloadFile in a function: a file that is not there fails, as the SDK's STORAGE_FILE_NONEXIST does. */
  async downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }> {
    await this.db.roundTrip('storage.downloadFile', '');
    if (!this.files.has(options.fileID)) throw new Error('downloadFile:fail STORAGE_FILE_NONEXIST');
    return { fileContent: this.contents.get(options.fileID) ?? Buffer.alloc(0) };
  }

  async uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }> {
    await this.db.roundTrip('storage.uploadFile', '');
    const fileID = `cloud://${ENV}.${BUCKET}/${options.cloudPath}`;
    this.files.set(fileID, null);
    this.contents.set(fileID, options.fileContent);
    return { fileID };
  }

  async getTempFileURL(options: { fileList: (string | { fileID: string; maxAge: number })[] }) {
    if (options.fileList.length > TEMP_URL_MAX_FILES) {
      throw new Error(`getTempFileURL:fail 一次最多 ${TEMP_URL_MAX_FILES} 个文件`);
    }
    await this.db.roundTrip('storage.getTempFileURL', '');
    const items = options.fileList.map((f) => (typeof f === 'string' ? { fileID: f, maxAge: 86400 } : f));
    this.tempUrlRequests.push(items);
    const fileList: TempFileItem[] = items.map(({ fileID, maxAge }) => {
      const m = /^cloud:\/\/[^.]+\.([^/]+)\/(.+)$/.exec(fileID);
      if (!m || !this.files.has(fileID))
        return { fileID, tempFileURL: '', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' };
      const expires = this.storagePublicRead ? 0 : Math.floor(this.nowMs / 1000) + maxAge;
      return { fileID, tempFileURL: `https://${m[1]}.tcb.qcloud.la/${m[2]}?sign=fake&t=${expires}`, status: 0 };
    });
    return { fileList };
  }

  /** What a phone gets when it opens a temporary URL now: the file, or 403 once the link has expired. */
  open(url: string): 200 | 403 | 404 {
    const u = new URL(url);
    const fileID = [...this.files.keys()].find((id) => id.endsWith(u.pathname));
    if (!fileID) return 404;
    const expires = Number(u.searchParams.get('t'));
    return expires === 0 || this.nowMs / 1000 < expires ? 200 : 403;
  }

  getWXContext(): WxContext {
    return { APPID: 'wx-test-app', ...this.context };
  }
}
