// A unit: name, kind, and its own publicity platforms (公众号, 抖音, 视频号, 其他) with the day each started, or none
// at all; an existing unit shows when it was added and may be deactivated (it then leaves later periods' figures).
// A platform taken away stops today and still counts in the days it ran; the form names the stopped ones.
import { View } from '@tarojs/components';
import { PLATFORM_KINDS, PLATFORM_LABELS, UNIT_KIND_LABELS, UNIT_KINDS, type UnitView } from '@core';
import { UNIT_NAME_MAX } from '@core';
import ChoiceChips, { optionsOf } from '@/components/ChoiceChips';
import { confirmDestructive } from '@/components/ConfirmButton';
import ErrorBanner from '@/components/ErrorBanner';
import DateField from '@/components/DateField';
import FormActions from '@/components/FormActions';
import { LabelledText } from '@/components/FormField';
import { formatDay } from '@/lib/time';
import { emptyUnitForm, unitFormOf, unitPayload, unitProblem, type UnitForm as Form } from '@/admin/lib/adminForms';
import { call } from '@/services/cloud';
import { useServerForm } from '@/hooks/useServerForm';

interface Props {
  unit?: UnitView;
  onSaved: (unit: UnitView) => void;
  onCancel: () => void;
}

export default function UnitForm({ unit, onSaved, onCancel }: Props) {
  const { form, setForm, bind, error, busy, save } = useServerForm({
    name: 'unit',
    initial: (): Form => (unit ? unitFormOf(unit) : emptyUnitForm()),
    check: (f: Form): Record<string, string> => {
      const why = unitProblem(f);
      return why ? { _: why } : {};
    },
    send: async (f: Form) => {
      const removed = (unit?.platforms ?? []).filter((p) => !f.platforms.includes(p));
      const asked =
        `将移除：${removed.map((p) => PLATFORM_LABELS[p]).join('、')}。今天以后的时段不再计入宣传平台账号，` +
        '此前各时段的统计不变，已填报的粉丝和阅读量保留。只是暂停更新的，请保留平台。';
      if (removed.length > 0 && !(await confirmDestructive('移除宣传平台', asked, '移除'))) return null;
      return call('accounts', 'saveUnit', unitPayload(f));
    },
    onSaved,
    invalidates: [['accounts', 'units']],
  });

  const runs = unit?.platformRuns ?? [];

  return (
    <View className="card js-unit-form">
      <View className="card-title">{unit ? `修改：${unit.name}` : '新建单位'}</View>
      {unit ? <View className="muted js-unit-created">创建于 {formatDay(unit.createdAt)}</View> : null}
      {error ? <ErrorBanner message={error} /> : null}
      <LabelledText desk label="名称" placeholder="例如：青山村" maxLength={UNIT_NAME_MAX} {...bind('name')} />
      <View className="desk-label">类型</View>
      <ChoiceChips
        className="js-unit-kind"
        options={optionsOf(UNIT_KINDS, UNIT_KIND_LABELS)}
        value={form.kind}
        onChange={(kind) => setForm({ ...form, kind })}
      />
      <View className="desk-label">自有宣传平台（可多选，没有就都不选）</View>
      <ChoiceChips
        multiple
        className="js-unit-platforms"
        options={optionsOf(PLATFORM_KINDS, PLATFORM_LABELS)}
        value={form.platforms}
        onChange={(platforms) => setForm({ ...form, platforms })}
      />
      <View
        className={`xx-chip js-unit-no-platform ${form.platforms.length === 0 ? 'xx-chip--on' : ''}`}
        onClick={() => setForm({ ...form, platforms: [] })}
      >
        无自有平台
      </View>
      {runs.length > 0 ? (
        <View className="muted js-unit-stopped">
          停用过：
          {runs.map((r) => `${PLATFORM_LABELS[r.platform]}（${r.since} 至 ${r.until}）`).join('、')}
          ，仍计入这些日子的统计；重新选上即从开通日期起重新计算
        </View>
      ) : null}
      {form.platforms.map((p) => (
        <View key={p}>
          <View className="desk-label">{PLATFORM_LABELS[p]}开通日期（不填为今天，统计从这天起算）</View>
          <DateField
            className={`js-unit-since-${p}`}
            placeholder="选择开通日期"
            value={form.platformSince[p] ?? ''}
            onChange={(day) => setForm({ ...form, platformSince: { ...form.platformSince, [p]: day } })}
          />
        </View>
      ))}
      {unit ? (
        <View
          className={`xx-chip js-unit-inactive ${form.active ? '' : 'xx-chip--on'}`}
          onClick={() => setForm({ ...form, active: !form.active })}
        >
          {form.active ? '停用此单位（之后的统计不再计入）' : '已停用（点此恢复）'}
        </View>
      ) : null}
      <FormActions name="unit" busy={busy} onSave={() => void save()} onCancel={onCancel} />
    </View>
  );
}
