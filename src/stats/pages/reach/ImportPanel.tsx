// 导入Excel (admins): the 新媒体 sheet of the exported ledgers, filled in, uploaded and imported all or nothing.
// The answer lists every bad row so the admin fixes the file and uploads it again.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ChangeEvent } from 'react';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import { useAction } from '@/hooks/useAction';
import { call, upload } from '@/services/cloud';

async function importFile(filePath: string) {
  const { fileID } = await upload(filePath, undefined, { spreadsheet: true });
  return call('platforms', 'importMonthly', { fileID });
}

/** H5: a real file input; the mini-program picks the file from a chat (chooseMessageFile). */
function Picker({ busy, onPicked }: { busy: boolean; onPicked: (path: string) => void }) {
  if (process.env.TARO_ENV === 'h5') {
    const picked = (e: ChangeEvent<HTMLInputElement>) => {
      const file = e.target.files?.[0];
      e.target.value = '';
      if (file) onPicked(URL.createObjectURL(file));
    };
    return (
      <label className="xx-btn xx-btn--default xx-btn--normal reach__import-pick js-reach-import">
        <input
          className="js-reach-import-file reach__import-input"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={picked}
        />
        {busy ? '导入中…' : '导入Excel'}
      </label>
    );
  }
  const choose = async () => {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    if (tempFiles[0]) onPicked(tempFiles[0].path);
  };
  return (
    <AppButton className="js-reach-import" disabled={busy} onClick={() => void choose().catch(() => undefined)}>
      {busy ? '导入中…' : '导入Excel'}
    </AppButton>
  );
}

export default function ImportPanel() {
  const [answer, setAnswer] = useState<{ saved: number; errors: { row: number; message: string }[] } | null>(null);
  const run = useAction(importFile, { invalidates: [['platforms'], ['stats']], onDone: setAnswer });
  return (
    <View className="card reach__import">
      <View className="muted">
        在“统计与年度总结”导出Excel台账，在其中的“新媒体”表填写各月数字后导入；有任何一行有误则整份不导入。
      </View>
      <Picker
        busy={run.busy}
        onPicked={(path) => {
          setAnswer(null);
          void run.run(path);
        }}
      />
      {run.error ? <ErrorBanner message={run.error} /> : null}
      {answer && answer.errors.length === 0 ? (
        <View className="js-reach-import-done">已导入{answer.saved}条月度数据。</View>
      ) : null}
      {answer && answer.errors.length > 0 ? (
        <View className="js-reach-import-errors">
          <View className="field-error">没有导入：以下{answer.errors.length}行有误，请改正后重新导入。</View>
          {answer.errors.slice(0, 50).map((e) => (
            <View key={e.row} className="field-error js-reach-import-error">
              {e.message}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
