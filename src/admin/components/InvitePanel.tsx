// 邀请码: the admin picks a role and a unit, gets a code, and copies, shares (WeChat) or reads it out; the person
// binds with it in WeChat, or on the local host's H5 app creates a username and password with it.
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_LABELS, ROLES, type Role, type UnitView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import SelectField from '@/components/SelectField';
import { formatDateTime } from '@/lib/time';
import { call } from '@/services/cloud';
import { useAction } from '@/hooks/useAction';

/** "ABCD EFGH": a code is read out over the phone in groups of four. */
export const spacedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

export default function InvitePanel({ units, onCreated }: { units: UnitView[]; onCreated?: (code: string) => void }) {
  const [role, setRole] = useState<Role>('reporter');
  const [unitId, setUnitId] = useState('');
  const [invite, setInvite] = useState<{ code: string; expiresAt: string; usesLeft: number } | null>(null);
  const { error, setError, busy, run } = useAction(() => call('accounts', 'invite', { role, unitId: unitId || null }), {
    onDone: (made) => {
      setInvite(made);
      onCreated?.(made.code);
    },
  });
  const copy = (code: string) =>
    void Taro.setClipboardData({ data: code }).then(
      () => Taro.showToast({ title: '邀请码已复制', icon: 'none' }),
      () => Taro.showToast({ title: '复制失败，请手动抄下邀请码', icon: 'none' }),
    );

  const create = async () => {
    if (role === 'reporter' && !unitId) return setError('通讯员的邀请码需要先选择单位');
    await run(undefined);
  };

  const unitName = units.find((u) => u.id === unitId)?.name;
  return (
    <View className="card js-invite">
      <View className="card-title">生成邀请码</View>
      <View className="muted">对方在微信里打开乡讯，或在网页版登录页点“用邀请码注册”，输入邀请码即可加入</View>
      {error ? <ErrorBanner message={error} /> : null}
      <View className="desk-label">角色</View>
      <ChoiceChips className="js-invite-role" options={optionsOf(ROLES, ROLE_LABELS)} value={role} onChange={setRole} />
      <View className="desk-label">单位</View>
      <SelectField
        className="js-invite-unit"
        value={unitId}
        emptyLabel="不属于任何单位"
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        onChange={setUnitId}
      />
      <View className="gap" />
      <AppButton kind="primary" block className="js-invite-create" loading={busy} onClick={() => void create()}>
        生成邀请码
      </AppButton>
      {invite ? (
        <View className="js-invite-result">
          <View className="desk-big-code js-invite-code">{spacedCode(invite.code)}</View>
          <View className="muted">
            {ROLE_LABELS[role]}
            {unitName ? ` · ${unitName}` : ''} · 可用{invite.usesLeft}次 · {formatDateTime(invite.expiresAt)} 前有效
          </View>
          <View className="gap" />
          <View className="row">
            <AppButton size="small" kind="primary" className="js-invite-copy" onClick={() => copy(invite.code)}>
              复制
            </AppButton>
            {process.env.TARO_ENV === 'weapp' ? (
              <Button className="invite-share js-invite-share" size="mini" openType="share">
                分享给对方
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
    </View>
  );
}
