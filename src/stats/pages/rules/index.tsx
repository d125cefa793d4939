// 考核办法: the versions in force order and, for an admin, a new version starting from the one in effect today.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DEFAULT_EFFECTIVE_FROM, type AssessmentRule } from '@core/stats';
import { useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { formatPoints } from '@/stats/lib/format';
import { addDays, chinaToday } from '@/stats/lib/period';
import { CREDIT_SPLIT_LABELS, LEVEL_COUNTING_LABELS, formFromRule } from '@/stats/lib/ruleForm';
import { getAccount } from '@/services/session';
import { call } from '@/services/cloud';
import { useQuery } from '@/hooks/useQuery';
import RuleEditor from './RuleEditor';
import '@/stats/components/stats.scss';
import './index.scss';

function summaryOf(r: AssessmentRule): string {
  const p = r.publication;
  return [
    `报送${formatPoints(r.leadSubmitted)}分，采用${formatPoints(r.leadAccepted)}分`,
    `刊发：国家级${p.national}、省级${p.provincial}、市级${p.municipal}、县级${p.county}、自有平台${p.own}、新媒体${p.newmedia}分`,
    `人物通讯加${r.kindBonus.profile}分；${r.longArticle.minChars}字以上长稿加${r.longArticle.bonus}分`,
    `${LEVEL_COUNTING_LABELS[r.levelCounting]}，${CREDIT_SPLIT_LABELS[r.creditSplit]}；每单位每月至少${r.monthlyMinimumLeads}条`,
  ].join('\n');
}

export default function RulesPage() {
  const admin = getAccount()?.role === 'admin';
  const rules = useQuery(['stats', 'rules'], () => call('stats', 'rules', {}), { keepPrevious: true });
  const [editorKey, setEditorKey] = useState(0);
  const data = rules.data;

  return (
    <DeskLayout
      className="stats rules"
      aside={
        admin && data ? (
          <RuleEditor
            key={editorKey}
            initial={formFromRule(data.current, addDays(chinaToday(), 1))}
            onSaved={(next) => {
              rules.setData(next);
              setEditorKey((k) => k + 1);
              void Taro.showToast({ title: '已保存新版本', icon: 'success' });
            }}
          />
        ) : undefined
      }
    >
      {rules.error ? <ErrorBanner message={rules.error} onRetry={() => void rules.reload()} /> : null}
      {rules.loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <View className="muted rules__hint">
            积分按事件发生日当时有效的版本计算，修改办法后任何时段都会按新规则重新统计。
          </View>
          {[...data.versions].reverse().map((v) => (
            <View
              key={v.id}
              className={`card js-rule-version ${v.id === data.current.id ? 'rules__current js-rule-current' : ''}`}
            >
              <View className="row-between">
                <View className="card-title">{v.name}</View>
                <View className="muted">{v.id === data.current.id ? '现行' : ''}</View>
              </View>
              <View className="muted">
                {v.effectiveFrom === DEFAULT_EFFECTIVE_FROM
                  ? '默认版本，适用于此前所有日期'
                  : `自${v.effectiveFrom}起施行`}
              </View>
              <View className="rules__summary">{summaryOf(v)}</View>
            </View>
          ))}
          {!admin ? <View className="muted">只有管理员可以修改考核办法。</View> : null}
        </>
      ) : null}
    </DeskLayout>
  );
}
