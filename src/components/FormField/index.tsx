// One labelled form field: its label, its input(s), and its problem under them. LabelledText and LabelledDate are
// the common cases, so a form lists its fields as one element each (spread useServerForm's bind(name) into them).
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import DateField from '@/components/DateField';
import TextField, { type TextFieldProps } from '@/components/TextField';

interface FieldProps {
  label: ReactNode;
  /** The field's problem; nothing shows when it is empty. */
  problem?: string;
  className?: string;
}

export default function FormField({ label, problem, className, children }: FieldProps & { children: ReactNode }) {
  return (
    <View className={className ? `field ${className}` : 'field'}>
      <View className="field-label">{label}</View>
      {children}
      {problem ? <View className="field-error">{problem}</View> : null}
    </View>
  );
}

type Labelled<P> = Omit<FieldProps, 'className'> & P;

export function LabelledText({ label, problem, ...input }: Labelled<TextFieldProps>) {
  return (
    <FormField label={label} problem={problem}>
      <TextField {...input} />
    </FormField>
  );
}

export function LabelledDate({ label, problem, ...input }: Labelled<Parameters<typeof DateField>[0]>) {
  return (
    <FormField label={label} problem={problem}>
      <DateField {...input} />
    </FormField>
  );
}
