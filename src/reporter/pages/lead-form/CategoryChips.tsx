// The township's categories as chips: one tap picks, no wheel to scroll.
import { View } from '@tarojs/components';

interface Props {
  categories: readonly string[];
  value: string;
  onChange: (category: string) => void;
}

export default function CategoryChips({ categories, value, onChange }: Props) {
  return (
    <View className="chips js-category-picker">
      {categories.map((c) => (
        <View key={c} className={`chip js-category ${c === value ? 'chip--on' : ''}`} onClick={() => onChange(c)}>
          {c}
        </View>
      ))}
    </View>
  );
}
