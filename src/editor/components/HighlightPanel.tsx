// 亮点: files an accepted lead under one of the township's summary sections, or takes the mark off.
import { View } from '@tarojs/components';
import type { LeadView } from '@core';
import AppButton from '@/components/AppButton';
import ChoiceChips from '@/components/ChoiceChips';
import ErrorBanner from '@/components/ErrorBanner';
import { call } from '@/services/cloud';
import { useAction } from '@/hooks/useAction';

interface Props {
  lead: LeadView;
  sections: string[];
  onChanged: (lead: LeadView) => void;
}

export default function HighlightPanel({ lead, sections, onChanged }: Props) {
  const highlight = (section: string | null) => call('leads', 'highlight', { id: lead.id, section });
  const { error, busy, run } = useAction(highlight, { onDone: onChanged });

  const mark = async (section: string | null) => {
    if (section !== lead.highlightSection) await run(section);
  };

  // A section chosen earlier but since renamed by the township still shows, so it can be changed.
  const all =
    lead.highlightSection && !sections.includes(lead.highlightSection)
      ? [...sections, lead.highlightSection]
      : sections;
  return (
    <View className="card js-highlight">
      <View className="row-between">
        <View className="card-title">亮点</View>
        {lead.highlightSection ? (
          <AppButton
            kind="plain"
            size="small"
            className="js-unhighlight"
            disabled={busy}
            onClick={() => void mark(null)}
          >
            取消亮点
          </AppButton>
        ) : null}
      </View>
      <View className="muted">
        {lead.highlightSection ? `已标为亮点，归入“${lead.highlightSection}”` : '选一个总结板块，把这条线索标为亮点'}
      </View>
      {error ? <ErrorBanner message={error} /> : null}
      <ChoiceChips
        className="js-sections"
        options={all.map((s) => ({ value: s, label: s }))}
        value={lead.highlightSection}
        onChange={(s) => !busy && void mark(s)}
      />
    </View>
  );
}
