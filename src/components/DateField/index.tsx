// A calendar date (YYYY-MM-DD), optional. Mini-program: Taro's date Picker. H5: the browser's own
// <input type="date">, which a PC keyboard, a phone and Playwright can all fill.
import { Picker, View } from '@tarojs/components';
import './index.scss';

interface Props {
  className: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  /** Shows a "×" that clears the date (filters); a required date leaves it out. */
  clearable?: boolean;
}

export default function DateField({ className, value, placeholder, onChange, clearable }: Props) {
  const clear =
    clearable && value ? (
      <View className="xx-date__clear js-date-clear" onClick={() => onChange('')}>
        ×
      </View>
    ) : null;
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className="xx-date">
        <input
          className={`xx-date__input ${className}`}
          type="date"
          value={value}
          aria-label={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
        {clear}
      </View>
    );
  }
  return (
    <View className="xx-date">
      <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`xx-date__input ${value ? '' : 'xx-date__input--empty'} ${className}`}>
          {value || placeholder}
        </View>
      </Picker>
      {clear}
    </View>
  );
}
