// A search box and its 搜索 button on the desk: the words apply (trimmed) on 搜索 or Enter, not at every keystroke.
// The input carries `className`, the button `<className>-go`.
import { View } from '@tarojs/components';
import { SEARCH_MAX } from '@core';
import { useEffect, useState } from 'react';
import AppButton from '@/components/AppButton';
import TextField from '@/components/TextField';

interface Props {
  className: string;
  placeholder: string;
  /** The words in force; the box shows them again when they change elsewhere (筛选 cleared). */
  value: string;
  onSearch: (words: string) => void;
}

export default function SearchBox({ className, placeholder, value, onSearch }: Props) {
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const go = () => onSearch(typed.trim());
  return (
    <View className="desk-bar">
      <TextField
        className={`desk-input ${className}`}
        placeholder={placeholder}
        maxLength={SEARCH_MAX}
        value={typed}
        onChange={setTyped}
        onConfirm={go}
      />
      <AppButton size="small" className={`${className}-go`} onClick={go}>
        搜索
      </AppButton>
    </View>
  );
}
