// 新媒体月报: a month's followers and reads for each platform of a unit, prefilled with what is saved. A reporter
// enters their own unit's; an admin picks the unit. What is typed stays per unit and month until it is saved, also
// across a reload, so switching months or units loses nothing.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { platformsForMonth, stoppedOn } from '@core/stats';
import { PLATFORM_LABELS } from '@core/vocabulary';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { LabelledText } from '@/components/FormField';
import { useAction } from '@/hooks/useAction';
import { useQuery } from '@/hooks/useQuery';
import { useUnits } from '@/hooks/useUnits';
import { call } from '@/services/cloud';
import { getAccount } from '@/services/session';
import { chinaToday } from '@/stats/lib/period';
import { defaultMonth, entriesOf, noPlatformText, rowsFor, shiftMonth, type ReachRow } from '@/stats/lib/reachForm';
import ImportPanel from './ImportPanel';
import '@/stats/components/stats.scss';
import './index.scss';

const DRAFTS_KEY = 'reach-drafts';
/** The two figures of a row: field, label, placeholder example. */
const FIGURES = [
  ['followers', '月末粉丝数', 1200],
  ['reads', '当月阅读（播放）量', 35000],
] as const;
type Drafts = Record<string, ReachRow[]>;

export default function ReachPage() {
  const account = getAccount();
  const picksUnit = account?.role !== 'reporter';
  const thisMonth = chinaToday().slice(0, 7);
  const [month, setMonth] = useState(() => defaultMonth(chinaToday()));
  const [picked, setPicked] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Drafts>(() => (Taro.getStorageSync(DRAFTS_KEY) as Drafts | '') || {});
  const [problem, setProblem] = useState('');
  useEffect(() => Taro.setStorageSync(DRAFTS_KEY, drafts), [drafts]);

  const units = useUnits();
  const withPlatforms = units.units.filter((u) => platformsForMonth(u, month).length > 0);
  const unitId = picksUnit ? (picked ?? withPlatforms[0]?.id ?? null) : (account?.unitId ?? null);
  const unit = units.units.find((u) => u.id === unitId) ?? null;
  // A platform given up still takes the figures of the months it ran (platformsForMonth).
  const platforms = unit ? platformsForMonth(unit, month) : [];
  const saved = useQuery(
    unit && platforms.length ? ['platforms', 'listMonthly', month, unit.id] : null,
    () => call('platforms', 'listMonthly', { month, ...(picksUnit && unitId ? { unitId } : {}) }),
    { refreshOnShow: false },
  );
  const key = `${unitId}:${month}`;
  const rows = drafts[key] ?? (unit && saved.data ? rowsFor(platforms, saved.data.items) : []);

  const edit = (i: number, change: Partial<ReachRow>) => {
    setProblem('');
    setDrafts((d) => ({ ...d, [key]: rows.map((r, j) => (j === i ? { ...r, ...change } : r)) }));
  };
  const save = useAction(
    (entries: { platform: ReachRow['platform']; followers: number; reads: number }[]) =>
      call('platforms', 'saveMonthly', { unitId: unitId!, month, entries }),
    {
      invalidates: [['platforms'], ['stats']],
      onDone: () => {
        setDrafts(({ [key]: _done, ...rest }) => rest);
        void Taro.showToast({ title: '已保存', icon: 'success' });
      },
    },
  );
  const submit = () => {
    const checked = entriesOf(rows);
    if ('error' in checked) setProblem(checked.error);
    else void save.run(checked.entries);
  };

  const body = () => {
    if (units.error) return <ErrorBanner message={units.error} onRetry={() => void units.reload()} />;
    if (!units.loaded) return <Loading />;
    if (!unit && !picksUnit)
      return <EmptyState title="你的账号还没有绑定单位" hint="请管理员在账号管理中为你选择单位" />;
    if (!unit || platforms.length === 0) {
      const { title, hint } = noPlatformText(unit, month, account?.role === 'admin');
      return (
        <EmptyState title={title} hint={hint}>
          {account?.role === 'admin' ? (
            <AppButton
              kind="primary"
              className="js-reach-add-platforms"
              onClick={() => void Taro.navigateTo({ url: '/admin/pages/units/index' })}
            >
              去添加宣传平台
            </AppButton>
          ) : null}
        </EmptyState>
      );
    }
    if (saved.error) return <ErrorBanner message={saved.error} onRetry={() => void saved.reload()} />;
    if (!saved.data && !drafts[key]) return <Loading />;
    return (
      <View className="card js-reach-form" data-unit={unit.id}>
        {rows.map((r, i) => (
          <View key={r.platform} className={`reach__row js-reach-row js-reach-${r.platform}`}>
            <View className="card-title">
              {PLATFORM_LABELS[r.platform]}
              {!unit.platforms.includes(r.platform) ? (
                <Text className="muted js-reach-stopped">（已于 {stoppedOn(unit, r.platform)} 停用）</Text>
              ) : null}
            </View>
            <View className="reach__figures">
              {FIGURES.map(([field, label, example]) => (
                <View key={field} className="reach__figure">
                  <LabelledText
                    desk
                    label={label}
                    className={`js-reach-${field}`}
                    placeholder={`例如 ${example}`}
                    numeric
                    maxLength={12}
                    value={r[field]}
                    onChange={(value) => edit(i, { [field]: value })}
                  />
                </View>
              ))}
            </View>
          </View>
        ))}
        {problem ? <View className="field-error js-reach-problem">{problem}</View> : null}
        {save.error ? <ErrorBanner message={save.error} /> : null}
        <AppButton kind="primary" block className="js-reach-save reach__save" disabled={save.busy} onClick={submit}>
          {save.busy ? '保存中…' : '保存本月数据'}
        </AppButton>
      </View>
    );
  };

  return (
    <DeskLayout className="stats reach">
      {picksUnit && withPlatforms.length > 0 ? (
        <ChoiceChips
          className="js-reach-unit"
          options={withPlatforms.map((u) => ({ value: u.id, label: u.name }))}
          value={unitId}
          onChange={setPicked}
        />
      ) : null}
      <View className="reach__month">
        <AppButton kind="plain" className="js-reach-prev" onClick={() => setMonth((m) => shiftMonth(m, -1))}>
          ‹ 上月
        </AppButton>
        <View className="reach__month-label js-reach-month">{month.replace('-', '年')}月</View>
        <AppButton
          kind="plain"
          className="js-reach-next"
          disabled={month >= thisMonth}
          onClick={() => setMonth((m) => shiftMonth(m, 1))}
        >
          下月 ›
        </AppButton>
      </View>
      {body()}
      {account?.role === 'admin' ? <ImportPanel /> : null}
    </DeskLayout>
  );
}
