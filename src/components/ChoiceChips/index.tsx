// A row of tappable chips for a short fixed list: one choice (level, kind, section) or several (platforms).
// Each chip carries `js-choice`, `js-choice-<value>` (and `itemClass` when given) for tests.
import { View } from '@tarojs/components';
import './index.scss';

interface Option<V extends string> {
  value: V;
  label: string;
}

type Props<V extends string> = { options: Option<V>[]; className?: string; itemClass?: string } & (
  | { multiple?: false; value: V | null; onChange: (value: V) => void }
  | { multiple: true; value: V[]; onChange: (value: V[]) => void }
);

export default function ChoiceChips<V extends string>(props: Props<V>) {
  const isOn = (v: V) => (props.multiple ? props.value.includes(v) : props.value === v);
  const tap = (v: V) => {
    if (props.multiple) props.onChange(isOn(v) ? props.value.filter((x) => x !== v) : [...props.value, v]);
    else props.onChange(v);
  };
  return (
    <View className={`xx-chips ${props.className ?? ''}`}>
      {props.options.map((o) => (
        <View
          key={o.value}
          className={`xx-chip js-choice js-choice-${o.value} ${props.itemClass ?? ''} ${isOn(o.value) ? 'xx-chip--on js-choice-on' : ''}`}
          onClick={() => tap(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}

/** Options from a vocabulary's label map, in the order of its list. */
export const optionsOf = <V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] =>
  values.map((value) => ({ value, label: labels[value] }));
