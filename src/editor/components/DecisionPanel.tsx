// The three decisions on a lead. "请补充信息" and "不采用" need a reason the reporter will read;
// "不采用" asks once more. A CONFLICT (someone decided first) is shown in the server's words.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import { confirmDestructive } from '@/components/ConfirmButton';
import ChoiceChips from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import TextField from '@/components/TextField';
import { REJECT_REASONS, withReason } from '@/editor/lib/reasons';
import {
  availableDecisions,
  decisionLabel,
  reviewPayload,
  reviewProblem,
  type ReviewDecision,
} from '@/editor/lib/review';
import { call, CloudError } from '@/services/cloud';
import { useAction } from '@/hooks/useAction';

interface Props {
  lead: LeadView;
  onDecided: (lead: LeadView) => void;
  /** After a CONFLICT the lead changed elsewhere: reload it. */
  onStale: () => void;
}

const BUTTONS: Record<ReviewDecision, { kind: 'primary' | 'default' | 'danger'; hook: string }> = {
  accept: { kind: 'primary', hook: 'js-accept' },
  needs_info: { kind: 'default', hook: 'js-needs-info' },
  reject: { kind: 'danger', hook: 'js-reject' },
};

export default function DecisionPanel({ lead, onDecided, onStale }: Props) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const review = (decision: ReviewDecision) =>
    call('leads', 'review', reviewPayload(lead.id, decision, note, lead.version));
  const deciding = useAction(review, {
    onDone: (next) => {
      onDecided(next);
      setNote('');
    },
    onError: (err) => err instanceof CloudError && err.code === 'CONFLICT' && onStale(),
  });
  const { error, setError } = deciding;
  const busy = deciding.pending;
  const decisions = availableDecisions(lead.status);

  const decide = async (decision: ReviewDecision) => {
    setError('');
    const why = reviewProblem(lead.id, decision, note);
    setProblem(why ?? '');
    if (why) return;
    if (
      decision === 'reject' &&
      !(await confirmDestructive('确认不采用', `通讯员会看到原因：${note.trim()}`, '不采用'))
    )
      return;
    await deciding.run(decision);
  };

  if (decisions.length === 0) return error ? <ErrorBanner message={error} /> : null;
  return (
    <View className="card decision">
      <View className="card-title">审核意见</View>
      {error ? <ErrorBanner message={error} /> : null}
      <TextField
        multiline
        className="decision__note js-reason"
        placeholder="填写原因或说明（请补充信息、不采用时必填，通讯员会看到）"
        maxLength={500}
        value={note}
        onChange={(v) => {
          setNote(v);
          setProblem('');
        }}
      />
      {problem ? <View className="field-error js-reason-error">{problem}</View> : null}
      {decisions.includes('reject') ? (
        <ChoiceChips
          className="decision__reasons js-reject-reasons"
          options={REJECT_REASONS.map((r) => ({ value: r, label: r }))}
          value={REJECT_REASONS.find((r) => note.trim().startsWith(r)) ?? null}
          onChange={(r) => {
            setNote(withReason(note, r));
            setProblem('');
          }}
        />
      ) : null}
      <View className="decision__buttons">
        {decisions.map((d) => (
          <AppButton
            key={d}
            kind={BUTTONS[d].kind}
            className={`decision__button ${BUTTONS[d].hook}`}
            loading={busy === d}
            disabled={busy !== null}
            onClick={() => void decide(d)}
          >
            {decisionLabel(d)}
          </AppButton>
        ))}
      </View>
    </View>
  );
}
