// Bulk decisions on the ticked leads: 采用 all, or 不采用 all with one reason (asked to confirm).
// Each lead is decided on its own; the ones someone else decided first are reported, not hidden.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReviewManyResult } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import { confirmDestructive } from '@/components/ConfirmButton';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { call } from '@/services/cloud';
import { useAction } from '@/hooks/useAction';
import '@/components/ChoiceChips/index.scss';

interface Props {
  ids: string[];
  /** Each ticked lead's version as listed: one that changed since is reported, not decided blind. */
  versions: Record<string, number>;
  allOn: boolean;
  onToggleAll: () => void;
  onDone: () => void;
}

function report(result: ReviewManyResult): string {
  const failed = result.results.filter((r) => !r.ok);
  const done = result.results.length - failed.length;
  if (failed.length === 0) return `已处理${done}条`;
  return `已处理${done}条，${failed.length}条未处理：${failed[0]?.error?.message ?? ''}`;
}

export default function BulkBar({ ids, versions, allOn, onToggleAll, onDone }: Props) {
  const [note, setNote] = useState('');
  const reviewMany = (decision: 'accept' | 'reject') =>
    call('leads', 'reviewMany', { ids, versions, decision, ...(note.trim() ? { note: note.trim() } : {}) });
  const { error, setError, busy, run } = useAction(reviewMany, {
    onDone: (result) => {
      const text = report(result);
      if (result.results.some((r) => !r.ok)) setError(text);
      else void Taro.showToast({ title: text, icon: 'none' });
      setNote('');
      onDone();
    },
  });

  const decide = async (decision: 'accept' | 'reject') => {
    setError('');
    if (decision === 'reject') {
      if (!note.trim()) return setError('批量不采用请填写原因：通讯员会看到这段说明');
      if (!(await confirmDestructive('确认批量不采用', `${ids.length}条线索将不采用，原因：${note.trim()}`, '不采用')))
        return;
    }
    await run(decision);
  };

  return (
    <View className="card desk-sticky js-bulk-bar">
      <View className="row-between">
        <View className="xx-chip js-select-all" onClick={onToggleAll}>
          {allOn ? '取消全选' : '全选本页'}
        </View>
        <View className="muted js-selected-count">已选 {ids.length} 条</View>
      </View>
      {error ? <ErrorBanner message={error} /> : null}
      <TextField
        className="desk-box js-bulk-reason"
        placeholder="不采用的原因（批量不采用时必填，通讯员会看到）"
        maxLength={500}
        value={note}
        onChange={setNote}
      />
      <View className="decision__buttons">
        <AppButton
          kind="primary"
          className="decision__button js-bulk-accept"
          disabled={ids.length === 0 || busy}
          onClick={() => void decide('accept')}
        >
          批量采用
        </AppButton>
        <AppButton
          kind="danger"
          className="decision__button js-bulk-reject"
          disabled={ids.length === 0 || busy}
          onClick={() => void decide('reject')}
        >
          批量不采用
        </AppButton>
      </View>
    </View>
  );
}
