// Credited reporters: the leads' authors by default; the editor removes names or adds a reporter of the township.
import { View } from '@tarojs/components';
import SelectField from '@/components/SelectField';
import { useQuery } from '@/hooks/useQuery';
import { toggleCredit, type Credit } from '@/lib/articleDraft';
import { call } from '@/services/cloud';
import '@/components/ChoiceChips/index.scss';

export default function CreditsEditor({
  credits,
  onChange,
}: {
  credits: Credit[];
  onChange: (credits: Credit[]) => void;
}) {
  // One page of 50 active reporters covers a township; the leads' authors are already in the list.
  const firstReporters = () => call('accounts', 'list', { role: 'reporter', active: true, limit: 50 });
  const loaded = useQuery(['accounts', 'list', 'reporters', 'first'], firstReporters, { refreshOnShow: false });
  const reporters = loaded.data?.items ?? [];
  const others = reporters.filter((r) => !credits.some((c) => c.id === r.id));
  return (
    <View className="js-credits-editor">
      <View className="xx-chips">
        {credits.map((c) => (
          <View key={c.id} className="xx-chip xx-chip--on js-credit" onClick={() => onChange(toggleCredit(credits, c))}>
            {c.name} ×
          </View>
        ))}
        {credits.length === 0 ? <View className="muted">未署名</View> : null}
      </View>
      {others.length > 0 ? (
        <SelectField
          className="js-credit-add"
          value=""
          emptyLabel="＋ 添加署名通讯员"
          options={others.map((r) => ({ value: r.id, label: r.unitName ? `${r.name}（${r.unitName}）` : r.name }))}
          onChange={(id) => {
            const who = others.find((r) => r.id === id);
            if (who) onChange([...credits, { id: who.id, name: who.name }]);
          }}
        />
      ) : null}
    </View>
  );
}
