// Following an export to its file: stats.export answers at once with the file or with a running job, which is
// polled through stats.exportStatus until done, reporting progress on the way (a large year never times out a call).
import type { ExportResult } from '@core/stats';

export interface ExportSteps {
  start: () => Promise<ExportResult>;
  poll: (jobId: string) => Promise<ExportResult>;
  /** 0–100, whole percents. */
  onProgress?: (percent: number) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Pause between polls. */
  intervalMs?: number;
  /** Give up after this long (the job may still finish on the server). */
  timeoutMs?: number;
}

export interface ExportedFile {
  url: string;
  fileName: string;
  fileID?: string;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const percentOf = (progress: number) => Math.max(0, Math.min(100, Math.round(progress * 100)));

export async function followExport({
  start,
  poll,
  onProgress,
  sleep = wait,
  intervalMs = 1000,
  timeoutMs = 10 * 60_000,
}: ExportSteps): Promise<ExportedFile> {
  let job = await start();
  let waited = 0;
  while (job.status !== 'done') {
    onProgress?.(percentOf(job.progress));
    if (waited >= timeoutMs) throw new Error('导出时间过长，请稍后再试或缩短统计区间');
    await sleep(intervalMs);
    waited += intervalMs;
    job = await poll(job.jobId);
  }
  onProgress?.(100);
  if (!job.url) throw new Error('导出文件缺少下载地址，请重试');
  return { url: job.url, fileName: job.fileName ?? fileNameOf(job.url), fileID: job.fileID };
}

/** The file's own name from its URL when the server gave none. */
function fileNameOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || '导出文件';
}

/** What openDocument needs to know about the file (WeChat accepts doc, docx, xls, xlsx, ppt, pptx, pdf). */
export const documentTypeOf = (fileName: string): 'docx' | 'xlsx' =>
  fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'docx';
