// The problem of one form field, under the field (class js-problem-<name> for tests); nothing when it has none.
import { View } from '@tarojs/components';

export default function FieldProblem({ name, problems }: { name: string; problems: Record<string, string> }) {
  return problems[name] ? <View className={`field-error js-problem-${name}`}>{problems[name]}</View> : null;
}
