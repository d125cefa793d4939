// 年度总结: the generated figures paragraph (editable before export), the highlight stories by section, and exports.
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import DeskLayout from '@/components/DeskLayout';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import TextField from '@/components/TextField';
import { call } from '@/services/cloud';
import ExportPanel from '@/stats/components/ExportPanel';
import PeriodPicker from '@/stats/components/PeriodPicker';
import { useQuery } from '@/hooks/useQuery';
import { usePeriod } from '@/stats/hooks/usePeriod';
import '@/stats/components/stats.scss';
import './index.scss';

/** exportSchema's limit on the edited text. */
const TEXT_MAX = 5000;

export default function SummaryPage() {
  const [period, setPeriod] = usePeriod();
  const summary = useQuery(
    ['stats', 'summary', period],
    () => call('stats', 'summary', { from: period.from, to: period.to }),
    { keepPrevious: true, refreshOnShow: false },
  );
  const [draft, setDraft] = useState('');

  // A new period brings a new generated draft; the editor's changes belong to the period they were made for.
  useEffect(() => {
    if (summary.data) setDraft(summary.data.text);
  }, [summary.data]);

  const generated = summary.data?.text ?? '';
  return (
    <DeskLayout className='stats summary'>
      <PeriodPicker value={period} onChange={setPeriod} />
      {summary.error ? <ErrorBanner message={summary.error} onRetry={() => void summary.reload()} /> : null}
      {summary.loading && !summary.data ? <Loading /> : null}
      {summary.data ? (
        <>
          <View className='card'>
            <View className='row-between'>
              <View className='card-title'>总结草稿</View>
              {draft !== generated ? (
                <View className='summary__reset js-draft-reset' onClick={() => setDraft(generated)}>
                  恢复自动生成
                </View>
              ) : null}
            </View>
            <View className='muted summary__hint'>根据记录自动生成，可修改后导出Word；数字以统计为准，修改时请核对。</View>
            <TextField className='js-draft summary__draft' multiline placeholder='总结正文' value={draft} maxLength={TEXT_MAX} onChange={setDraft} />
            <View className='field-foot'>
              <View />
              <View>
                {draft.length}/{TEXT_MAX}
              </View>
            </View>
          </View>
          <ExportPanel period={period} text={draft} />
          <View className='section-title'>亮点工作</View>
          {summary.data.highlights.length === 0 ? (
            <View className='card muted'>该时段还没有标记亮点线索。在审核线索时可将其标为亮点并选择总结栏目。</View>
          ) : null}
          {summary.data.highlights.map((section) => (
            <View key={section.section} className='card js-highlight-section'>
              <View className='card-title'>{section.section}</View>
              {section.leads.map((lead) => (
                <View key={lead.id} className='stats-row js-highlight'>
                  <View className='stats-row__main'>
                    <View className='stats-row__title'>{lead.title}</View>
                    <View className='muted'>
                      {lead.unitName}
                      {lead.publishedIn ? ` · ${lead.publishedIn}` : ' · 尚未刊发'}
                    </View>
                  </View>
                </View>
              ))}
            </View>
          ))}
        </>
      ) : null}
    </DeskLayout>
  );
}
