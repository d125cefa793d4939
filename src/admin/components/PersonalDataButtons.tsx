// The admin's pair on the account form: 导出个人信息 and 注销个人信息 (PIPL Art. 45, 47), the latter asked first
// with what it does, since it cannot be undone.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AccountView } from '@core';
import ConfirmButton from '@/components/ConfirmButton';
import ErrorBanner from '@/components/ErrorBanner';
import PersonalDataExport from '@/components/PersonalDataExport';
import { useAction } from '@/hooks/useAction';
import { call } from '@/services/cloud';

const ERASE_EXPLAINED =
  '将删除此人的姓名、手机号、微信绑定、登录账号和所有照片，姓名显示为“已注销通讯员”，账号停用且无法再登录。' +
  '线索文字、稿件署名和培训记录保留，统计数字不变。此操作不可撤销。';

export default function PersonalDataButtons({ account, onErased }: { account: AccountView; onErased: () => void }) {
  const erasing = useAction((id: string) => call('accounts', 'erasePersonalData', { accountId: id }), {
    invalidates: [['accounts', 'list']],
    onDone: (result) => {
      void Taro.showToast({ title: `已注销，删除照片${result.photosDeleted}张`, icon: 'none' });
      onErased();
    },
  });
  return (
    <View className="row js-personal-data">
      {erasing.error ? <ErrorBanner message={erasing.error} /> : null}
      <PersonalDataExport accountId={account.id} />
      <ConfirmButton
        size="small"
        className="js-erase-personal"
        title={`注销“${account.name}”的个人信息`}
        content={ERASE_EXPLAINED}
        confirmText="注销"
        loading={erasing.busy}
        onConfirm={() => void erasing.run(account.id)}
      >
        注销个人信息
      </ConfirmButton>
    </View>
  );
}
