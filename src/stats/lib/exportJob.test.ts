// An export is followed to its file: at once when it is small, through its job's progress when it is large.
import type { ExportResult } from '@core/stats';
import { documentTypeOf, followExport, percentOf } from './exportJob';

const noSleep = () => Promise.resolve();

it('takes the file straight away when the export is done at once', async () => {
  const poll = jest.fn();
  const file = await followExport({
    start: async () => ({
      jobId: 'j1',
      status: 'done',
      progress: 1,
      url: '/files/x.docx?exp=1&sig=s',
      fileName: '2026年宣传工作统计.docx',
    }),
    poll,
    sleep: noSleep,
  });
  expect(file).toEqual({ url: '/files/x.docx?exp=1&sig=s', fileName: '2026年宣传工作统计.docx', fileID: undefined });
  expect(poll).not.toHaveBeenCalled();
});

it('polls a running job, reporting its progress, until the file is ready', async () => {
  const answers: ExportResult[] = [
    { jobId: 'j2', status: 'running', progress: 0.4 },
    { jobId: 'j2', status: 'done', progress: 1, url: '/files/ledger.xlsx?exp=1&sig=s', fileID: 'f1' },
  ];
  const seen: number[] = [];
  const poll = jest.fn(async () => answers.shift()!);
  const file = await followExport({
    start: async () => ({ jobId: 'j2', status: 'running', progress: 0.1 }),
    poll,
    onProgress: (p) => seen.push(p),
    sleep: noSleep,
  });
  expect(poll).toHaveBeenCalledWith('j2');
  expect(seen).toEqual([10, 40, 100]);
  expect(file).toMatchObject({ url: '/files/ledger.xlsx?exp=1&sig=s', fileName: 'ledger.xlsx', fileID: 'f1' });
});

it('gives up, in Chinese, when a job never finishes', async () => {
  const running: ExportResult = { jobId: 'j3', status: 'running', progress: 0.5 };
  await expect(
    followExport({
      start: async () => running,
      poll: async () => running,
      sleep: noSleep,
      intervalMs: 1000,
      timeoutMs: 5000,
    }),
  ).rejects.toThrow('导出时间过长');
});

it('passes a failed job on as the error the server gave', async () => {
  const failure = new Error('导出失败，请重试');
  await expect(
    followExport({
      start: async () => ({ jobId: 'j4', status: 'running', progress: 0 }),
      poll: () => Promise.reject(failure),
      sleep: noSleep,
    }),
  ).rejects.toBe(failure);
});

it('clamps progress to whole percents and names the document type for WeChat', () => {
  expect(percentOf(0.456)).toBe(46);
  expect(percentOf(1.2)).toBe(100);
  expect(documentTypeOf('年度台账.XLSX')).toBe('xlsx');
  expect(documentTypeOf('总结.docx')).toBe('docx');
});
