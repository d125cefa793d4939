// One choice from a longer list (units, categories, accounts). Mini-program: Taro's selector Picker.
// H5: a native <select>. The first option is the "none / all" choice with value ''.
import { Picker, View } from '@tarojs/components';
import './index.scss';

interface Props {
  className: string;
  value: string;
  options: { value: string; label: string }[];
  /** The label of the '' choice: "全部单位", "不属于任何单位"… */
  emptyLabel: string;
  onChange: (value: string) => void;
}

export default function SelectField({ className, value, options, emptyLabel, onChange }: Props) {
  const all = [{ value: '', label: emptyLabel }, ...options];
  if (process.env.TARO_ENV === 'h5') {
    return (
      <select
        className={`xx-select ${className}`}
        value={value}
        aria-label={emptyLabel}
        onChange={(e) => onChange(e.target.value)}
      >
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const index = Math.max(
    0,
    all.findIndex((o) => o.value === value),
  );
  return (
    <Picker
      mode="selector"
      range={all.map((o) => o.label)}
      value={index}
      onChange={(e) => onChange(all[Number(e.detail.value)]?.value ?? '')}
    >
      <View className={`xx-select ${className}`}>{all[index]?.label}</View>
    </Picker>
  );
}
