// 导出个人信息 (PIPL Art. 45): everything held about one person as a JSON file. H5: a download; mini-program: the
// file is written to the user's folder and offered to forward in a chat, where it can be kept.
import Taro from '@tarojs/taro';
import AppButton from '@/components/AppButton';
import ErrorBanner from '@/components/ErrorBanner';
import { useAction } from '@/hooks/useAction';
import { call } from '@/services/cloud';

const FILE_NAME = '个人信息.json';

async function hand(json: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${FILE_NAME}`;
  Taro.getFileSystemManager().writeFileSync(filePath, json, 'utf8');
  // Not the clipboard: it is a privacy API of its own (src/privacy), and a chat keeps the file better anyway.
  await Taro.shareFileMessage({ filePath, fileName: FILE_NAME });
}

export default function PersonalDataExport({ accountId, className }: { accountId: string; className?: string }) {
  const exporting = useAction(async (id: string) => {
    const data = await call('accounts', 'exportPersonalData', { accountId: id });
    await hand(JSON.stringify(data, null, 2));
  });
  return (
    <>
      {exporting.error ? <ErrorBanner message={exporting.error} /> : null}
      <AppButton
        size="small"
        className={`js-export-personal ${className ?? ''}`}
        loading={exporting.busy}
        onClick={() => void exporting.run(accountId)}
      >
        导出个人信息
      </AppButton>
    </>
  );
}
