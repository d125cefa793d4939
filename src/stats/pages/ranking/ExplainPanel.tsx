// The records behind one score (stats.explain): each lead and publication with the points it brought, page by page.
import { View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PUBLICATION_LEVEL_LABELS } from '@core/vocabulary';
import type { ExplainItem, ExplainKind } from '@core/stats';
import ErrorBanner from '@/components/ErrorBanner';
import ListFooter from '@/components/ListFooter';
import { formatPoints } from '@/stats/lib/format';
import type { Period } from '@/stats/lib/period';
import { messageOf } from '@/services/envelope';
import { call } from '@/services/cloud';

export const EXPLAIN_KIND_LABELS: Record<ExplainKind, string> = {
  lead_submitted: '报送线索',
  lead_accepted: '线索被采用',
  publication: '刊发',
  kind_bonus: '稿件体裁加分',
  long_bonus: '长稿加分',
};

export interface Explained {
  by: 'reporter' | 'unit';
  id: string;
  name: string;
  points: number;
}

function detailOf(item: ExplainItem): string {
  const where = item.level ? `${PUBLICATION_LEVEL_LABELS[item.level]}${item.outlet ? `·${item.outlet}` : ''}` : '';
  return [item.date, where].filter(Boolean).join(' ');
}

export default function ExplainPanel({
  period,
  who,
  onClose,
}: {
  period: Period;
  who: Explained;
  onClose: () => void;
}) {
  const [items, setItems] = useState<ExplainItem[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const generation = useRef(0);

  const load = useCallback(
    async (from: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError('');
      try {
        const target = who.by === 'reporter' ? { accountId: who.id } : { unitId: who.id };
        const page = await call('stats', 'explain', {
          from: period.from,
          to: period.to,
          ...target,
          cursor: from,
          limit: 50,
        });
        if (mine !== generation.current) return;
        setItems((old) => (from ? [...old, ...page.items] : page.items));
        setTotal(page.total);
        setCursor(page.nextCursor);
      } catch (err) {
        if (mine === generation.current) setError(messageOf(err));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [period, who],
  );

  useEffect(() => {
    setItems([]);
    setCursor(undefined);
    void load(null);
  }, [load]);

  const list = {
    items,
    loading,
    loaded: cursor !== undefined,
    more: typeof cursor === 'string',
    loadMore: () => load(cursor ?? null),
  };

  return (
    <View className="card explain js-explain">
      <View className="row-between">
        <View className="card-title">{who.name} 的积分明细</View>
        <View className="muted js-explain-close" style={{ cursor: 'pointer' }} onClick={onClose}>
          关闭
        </View>
      </View>
      <View className="muted">
        合计 <View className="explain__total js-explain-total">{formatPoints(total ?? who.points)}</View>{' '}
        分，按事件发生日适用的考核办法计算
      </View>
      {error ? <ErrorBanner message={error} onRetry={() => void load(null)} /> : null}
      {items.map((item, i) => (
        <View
          key={`${item.kind}-${item.leadId ?? ''}-${item.publicationId ?? ''}-${item.articleId ?? ''}-${i}`}
          className="stats-row js-explain-item"
        >
          <View className="stats-row__main">
            <View className="stats-row__title">{item.title}</View>
            <View className="muted">
              {EXPLAIN_KIND_LABELS[item.kind]} · {detailOf(item)}
            </View>
          </View>
          <View className="stats-row__side explain__points">+{formatPoints(item.points)}</View>
        </View>
      ))}
      {list.loaded && items.length === 0 && !error ? <View className="muted list-end">该时段没有计分记录</View> : null}
      <ListFooter list={list} />
    </View>
  );
}
