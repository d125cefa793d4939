// 新建账号 / 编辑账号: name, phone, role, unit (reporters belong to one), and a username + password for the local
// host. Editing opens with what accounts.get answers: the one admin view with the full phone.
import { View } from '@tarojs/components';
import { ROLE_LABELS, ROLES, type AccountView, type Role, type UnitView } from '@core';
import { ACCOUNT_NAME_MAX, PASSWORD_MAX, PHONE_LENGTH, USERNAME_MAX } from '@core';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import FormActions from '@/components/FormActions';
import FormField, { LabelledText } from '@/components/FormField';
import SelectField from '@/components/SelectField';
import PersonalDataButtons from '@/admin/components/PersonalDataButtons';
import { useServerForm } from '@/hooks/useServerForm';
import {
  accountFormOf,
  accountPayload,
  accountProblems,
  emptyAccountForm,
  type AccountForm as Form,
} from '@/admin/lib/adminForms';
import { call } from '@/services/cloud';

interface Props {
  units: UnitView[];
  /** The account to edit (from accounts.get); absent for a new one. */
  editing?: AccountView;
  onSaved: (account: AccountView) => void;
  onCancel: () => void;
}

export default function AccountForm({ units, editing, onSaved, onCancel }: Props) {
  const { form, set, bind, problems, error, busy, save } = useServerForm({
    name: 'account',
    initial: editing ? () => accountFormOf(editing) : emptyAccountForm,
    check: accountProblems,
    send: (f: Form) => call('accounts', 'save', accountPayload(f)),
    // Every list of people (this page's, the trainings' attendees, an article's credits) shows the change.
    invalidates: [['accounts', 'list']],
    onSaved,
  });

  return (
    <View className="card js-account-form">
      <View className="card-title">{editing ? '编辑账号' : '新建账号'}</View>
      {error ? <ErrorBanner message={error} /> : null}
      {editing ? <PersonalDataButtons account={editing} onErased={onCancel} /> : null}
      <FormField desk label="角色">
        <ChoiceChips
          className="js-role"
          options={optionsOf(ROLES, ROLE_LABELS)}
          value={form.role}
          onChange={(v: Role) => set('role', v)}
        />
      </FormField>
      <LabelledText desk label="姓名" placeholder="真实姓名" maxLength={ACCOUNT_NAME_MAX} {...bind('name')} />
      <LabelledText
        desk
        label="手机号（选填）"
        placeholder="11位手机号"
        numeric
        maxLength={PHONE_LENGTH}
        {...bind('phone')}
      />
      <FormField
        desk
        label={`所属单位${form.role === 'reporter' ? '' : '（选填）'}`}
        name="unitId"
        problem={problems.unitId}
      >
        <SelectField
          className="js-account-unit"
          value={form.unitId}
          emptyLabel="不属于任何单位"
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(v) => set('unitId', v)}
        />
      </FormField>
      <LabelledText
        desk
        label="登录用户名（网页版登录用，选填）"
        placeholder="字母或数字，3到32位"
        maxLength={USERNAME_MAX}
        {...bind('username')}
      />
      <LabelledText
        desk
        label={editing ? '新密码（不改请留空）' : '初始密码'}
        placeholder="至少8位"
        password
        maxLength={PASSWORD_MAX}
        {...bind('password')}
      />
      <FormActions
        name="account"
        busy={busy}
        saveLabel={editing ? '保存' : '创建'}
        onSave={() => void save()}
        onCancel={onCancel}
      />
    </View>
  );
}
