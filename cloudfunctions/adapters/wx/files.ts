// The core FilePort on cloud storage: the app uploads to `uploads/<openid>/…`, so the path names the uploader.
import type { FilePort, SheetCell } from '../../core/ports';
import { readSheetRows } from '../../shared/exports/xlsxRead';
import type { AccountRecord } from '../../core/accounts/records';
import { chunks } from '../../core/chunks';
import type { WxCloud } from './sdk';

/** DESIGN 4.2: photo URLs live 10 minutes. */
export const URL_LIFETIME_SECONDS = 600;
/** getTempFileURL takes at most 50 files per call (developers.weixin.qq.com/miniprogram/dev/wxcloud/
 * reference-server-api/storage/getTempFileURL.html). Storage is private, so the URLs expire after maxAge. */
const TEMP_URL_BATCH = 50;

/**
 * The openid a fileID was uploaded under, or null when the ID is not `cloud://<env>.<bucket>/uploads/<openid>/<name…>`.
 * Empty or dot segments are refused so that a crafted path cannot pass for another uploader's folder.
 */
export function uploaderOf(fileID: string): string | null {
  if (!fileID.startsWith('cloud://')) return null;
  const segments = fileID.slice('cloud://'.length).split('/');
  const [bucket, root, openid, ...name] = segments;
  if (!bucket || root !== 'uploads' || !openid || name.length === 0) return null;
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return openid;
}

/** One per function call (adapters/wx/main.ts), so the temp URLs it was issued are reused only within the call. */
export class WxFiles implements FilePort {
  /** URLs issued in this call: the submit that checked a photo exists shows it without asking again. */
  private readonly issued = new Map<string, string>();

  constructor(private readonly cloud: Pick<WxCloud, 'getTempFileURL' | 'deleteFile' | 'downloadFile'>) {}

  uploadFolder(account: AccountRecord): string | null {
    return account.openid ? `uploads/${account.openid}` : null;
  }

  async ownedBy(fileIDs: string[], account: AccountRecord): Promise<boolean> {
    if (fileIDs.length === 0) return true;
    // Accounts made on the local host have no openid and so own no cloud upload.
    if (!account.openid) return false;
    if (!fileIDs.every((id) => uploaderOf(id) === account.openid)) return false;
    // The file must exist too, as on the local host: a temp URL is issued only for a stored file.
    const urls = await this.signedUrls(fileIDs);
    return fileIDs.every((id) => urls.has(id));
  }

  /** An import the admin uploaded to their own folder, downloaded into the call; a file gone is null. */
  async readSheet(fileID: string, account: AccountRecord, sheet: string): Promise<SheetCell[][] | null> {
    if (!account.openid || uploaderOf(fileID) !== account.openid) return null;
    if (!this.cloud.downloadFile) throw new Error('downloadFile is not available in this SDK');
    let bytes: Uint8Array;
    try {
      bytes = (await this.cloud.downloadFile({ fileID })).fileContent;
    } catch {
      return null;
    }
    return readSheetRows(bytes, sheet);
  }

  /** deleteFile takes at most 50 files per call; a file already gone comes back with a non-zero status, ignored. */
  async remove(fileIDs: string[]): Promise<void> {
    if (!this.cloud.deleteFile) throw new Error('deleteFile is not available in this SDK');
    for (const id of fileIDs) this.issued.delete(id);
    for (const part of chunks([...new Set(fileIDs)], TEMP_URL_BATCH)) await this.cloud.deleteFile({ fileList: part });
  }

  /**
   * Cloud temp URLs are already signed (`?sign=…&t=…`) and expire; a file that fails is simply left out. A URL
   * issued earlier in the call (10 minutes' life against a call of at most 60 s) is handed out again.
   */
  async signedUrls(fileIDs: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(fileIDs)];
    for (const part of chunks(
      wanted.filter((id) => !this.issued.has(id)),
      TEMP_URL_BATCH,
    )) {
      const { fileList } = await this.cloud.getTempFileURL({
        fileList: part.map((fileID) => ({ fileID, maxAge: URL_LIFETIME_SECONDS })),
      });
      for (const item of fileList) {
        if (item.status === 0 && item.tempFileURL) this.issued.set(item.fileID, item.tempFileURL);
      }
    }
    const urls = new Map<string, string>();
    for (const id of wanted) {
      const url = this.issued.get(id);
      if (url) urls.set(id, url);
    }
    return urls;
  }
}
