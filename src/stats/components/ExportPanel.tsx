// 导出Word / 导出Excel. Mini-program: the file is downloaded and opened in WeChat's document viewer (from which
// it can be forwarded or saved); H5: a download link. Large exports show their job's progress.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ExportFormat } from '@core/stats';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import { documentTypeOf, followExport, type ExportedFile } from '@/stats/lib/exportJob';
import type { Period } from '@/stats/lib/period';
import { messageOf } from '@/services/envelope';
import { call } from '@/services/cloud';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'docx', label: '导出Word', hint: '总结正文（公文格式）' },
  { format: 'xlsx', label: '导出Excel', hint: '线索、稿件刊发、积分台账' },
];

async function openInWechat(file: ExportedFile): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url: file.url });
  if (statusCode !== 200) throw new Error('文件下载失败，请重试');
  await Taro.openDocument({ filePath: tempFilePath, fileType: documentTypeOf(file.fileName), showMenu: true });
}

interface State {
  busy: boolean;
  percent: number | null;
  file: ExportedFile | null;
  error: string;
}

const IDLE: State = { busy: false, percent: null, file: null, error: '' };

/** `beforeExport`: the summary page saves its pending edits first, since the Word file is the saved draft. */
export default function ExportPanel({ period, beforeExport }: { period: Period; beforeExport?: () => Promise<void> }) {
  const [states, setStates] = useState<Record<ExportFormat, State>>({ docx: IDLE, xlsx: IDLE });
  const patch = (format: ExportFormat, change: Partial<State>) =>
    setStates((s) => ({ ...s, [format]: { ...s[format], ...change } }));

  const run = async (format: ExportFormat) => {
    patch(format, { ...IDLE, busy: true });
    try {
      if (format === 'docx') await beforeExport?.();
      const file = await followExport({
        start: () => call('stats', 'export', { from: period.from, to: period.to, format }),
        poll: (jobId) => call('stats', 'exportStatus', { jobId }),
        onProgress: (percent) => patch(format, { percent }),
      });
      patch(format, { file });
      if (process.env.TARO_ENV !== 'h5') await openInWechat(file);
    } catch (err) {
      patch(format, { error: err instanceof Error && !('code' in err) ? err.message : messageOf(err) });
    } finally {
      patch(format, { busy: false });
    }
  };

  return (
    <View className="card export js-export">
      <View className="card-title">导出</View>
      {FORMATS.map(({ format, label, hint }) => {
        const s = states[format];
        return (
          <View key={format} className="export__row">
            <View className="export__head">
              <AppButton
                kind={format === 'docx' ? 'primary' : 'default'}
                className={`js-export-${format}`}
                disabled={s.busy}
                onClick={() => void run(format)}
              >
                {s.busy ? `${label}中…` : label}
              </AppButton>
              <View className="muted export__hint">{hint}</View>
            </View>
            {s.busy && s.percent !== null ? (
              <View className="export__progress js-export-progress">
                <View className="export__bar" style={{ width: `${s.percent}%` }} />
                <View className="muted">正在生成 {s.percent}%</View>
              </View>
            ) : null}
            {s.file && process.env.TARO_ENV === 'h5' ? (
              <a
                className={`export__link js-download js-download-${format}`}
                href={s.file.url}
                download={s.file.fileName}
              >
                下载 {s.file.fileName}
              </a>
            ) : null}
            {s.file && process.env.TARO_ENV !== 'h5' ? (
              <View
                className="export__link"
                onClick={() => void openInWechat(s.file!).catch((e) => patch(format, { error: messageOf(e) }))}
              >
                再次打开 {s.file.fileName}
              </View>
            ) : null}
            {s.error ? <ErrorBanner message={s.error} onRetry={() => void run(format)} /> : null}
          </View>
        );
      })}
      <View className="muted">下载链接10分钟内有效，过期请重新导出。</View>
    </View>
  );
}
