// A text field with its length under it ("12/40", red once over), beside its problem: the lead's title and body.
import { View } from '@tarojs/components';
import TextField, { type TextFieldProps } from '@/components/TextField';
import { counter } from '@/lib/leadForm';

type Props = TextFieldProps & { label: string; name: string; problem: string; maxLength: number };

export default function CountedField({ label, name, problem, ...input }: Props) {
  const over = input.value.trim().length > input.maxLength;
  return (
    <View className="field">
      <View className="field-label">{label}</View>
      <TextField {...input} />
      <View className="field-foot">
        <View className="field-error">{problem}</View>
        <View className={`js-${name}-count ${over ? 'over' : ''}`}>{counter(input.value, input.maxLength)}</View>
      </View>
    </View>
  );
}
