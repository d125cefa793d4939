// 账号与单位 (admin): accounts by role (phones masked), create, edit (the full phone shows only there), deactivate or
// restore (asked first), invite codes, and the way to the units and their platforms and to the township's settings.
import { View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { ROLE_LABELS, ROLES, type AccountView, type Role } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import { confirmDestructive } from '@/components/ConfirmButton';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import ItemRow from '@/components/ItemRow';
import ListFooter from '@/components/ListFooter';
import Tag from '@/components/Tag';
import { usePager } from '@/hooks/usePager';
import { call } from '@/services/cloud';
import { getAccount } from '@/services/session';
import { useAction } from '@/hooks/useAction';
import AccountForm from '@/admin/components/AccountForm';
import InvitePanel, { spacedCode } from '@/admin/components/InvitePanel';
import { useUnits } from '@/hooks/useUnits';

type RoleTab = Role | 'all';
const TABS: { value: RoleTab; label: string }[] = [
  { value: 'all', label: '全部' },
  ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
];

export default function AccountsPage() {
  const [role, setRole] = useState<RoleTab>('all');
  /** The open form: a new account, or the account being edited as accounts.get answered it (full phone). */
  const [form, setForm] = useState<'new' | AccountView | null>(null);
  const [inviteCode, setInviteCode] = useState('');
  const myId = getAccount()?.id;
  // WeChat's share sheet (the invite panel's 分享 button): the code travels in the message to the invited person.
  useShareAppMessage(() => ({
    title: inviteCode ? `乡讯邀请码 ${spacedCode(inviteCode)}：打开乡讯，输入邀请码即可加入` : '乡讯',
    path: '/pages/login/index',
  }));
  const { units, error: unitsError } = useUnits();
  const list = usePager<AccountView>(['accounts', 'list', role], (cursor: string | null) =>
    call('accounts', 'list', { cursor, limit: 20, ...(role === 'all' ? {} : { role }) }),
  );

  const switching = useAction(
    ({ account: a, active }: { account: AccountView; active: boolean }) =>
      call('accounts', 'save', { id: a.id, name: a.name, role: a.role, active }),
    {
      invalidates: [['accounts', 'list']],
      onDone: (_saved, { active }) => void Taro.showToast({ title: active ? '已启用' : '已停用', icon: 'none' }),
    },
  );
  const opening = useAction((a: AccountView) => call('accounts', 'get', { id: a.id }), { onDone: setForm });
  const error = switching.error || opening.error;
  const busy = switching.pending?.account.id ?? opening.pending?.id ?? '';

  const setActive = async (account: AccountView, active: boolean) => {
    const why = `停用后“${account.name}”将无法登录和报送，已有的线索和记录保留。`;
    if (!active && !(await confirmDestructive('停用账号', why, '停用'))) return;
    await switching.run({ account, active });
  };

  return (
    <DeskLayout className="accounts" asideFirst aside={<InvitePanel units={units} onCreated={setInviteCode} />}>
      <View className="desk-bar">
        <AppButton kind="primary" size="small" className="js-new-account" onClick={() => setForm('new')}>
          新建账号
        </AppButton>
        <AppButton
          size="small"
          className="js-units-link"
          onClick={() => void Taro.navigateTo({ url: '/admin/pages/units/index' })}
        >
          单位与宣传平台 ›
        </AppButton>
        <AppButton
          size="small"
          className="js-township-link"
          onClick={() => void Taro.navigateTo({ url: '/admin/pages/township/index' })}
        >
          镇设置 ›
        </AppButton>
      </View>
      {form ? (
        <AccountForm
          key={form === 'new' ? 'new' : form.id}
          units={units}
          editing={form === 'new' ? undefined : form}
          onCancel={() => setForm(null)}
          onSaved={(a) => {
            setForm(null);
            void Taro.showToast({ title: `${form === 'new' ? '已创建' : '已保存'}：${a.name}`, icon: 'none' });
          }}
        />
      ) : null}
      <ChoiceChips className="desk-gap js-role-tabs" options={TABS} value={role} onChange={setRole} />
      {error || unitsError ? <ErrorBanner message={error || unitsError} /> : null}
      {list.error ? <ErrorBanner message={list.error} onRetry={() => void list.refresh()} /> : null}
      {list.items.map((a) => (
        <View key={a.id} className="card js-account" data-id={a.id}>
          <ItemRow
            head={
              <View className="row">
                <View className="card-title js-account-name">{a.name}</View>
                <Tag tone={a.role === 'reporter' ? 'info' : 'brand'}>{ROLE_LABELS[a.role]}</Tag>
                {!a.active ? <Tag className="js-inactive">已停用</Tag> : null}
              </View>
            }
            meta={[a.unitName, a.phone, a.username ? `用户名 ${a.username}` : null].filter(Boolean).join(' · ') || '—'}
          >
            <AppButton
              size="small"
              className="js-edit-account"
              disabled={busy === a.id}
              onClick={() => void opening.run(a)}
            >
              编辑
            </AppButton>
            {a.id === myId ? (
              <Tag className="js-self">我自己</Tag>
            ) : a.active ? (
              <AppButton
                kind="danger"
                size="small"
                className="js-deactivate"
                loading={busy === a.id}
                onClick={() => void setActive(a, false)}
              >
                停用
              </AppButton>
            ) : (
              <AppButton
                size="small"
                className="js-activate"
                loading={busy === a.id}
                onClick={() => void setActive(a, true)}
              >
                启用
              </AppButton>
            )}
          </ItemRow>
        </View>
      ))}
      {list.empty ? <EmptyState title="没有账号" hint="点“新建账号”或生成邀请码" /> : null}
      <ListFooter list={list} />
    </DeskLayout>
  );
}
