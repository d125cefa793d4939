// One labelled form field: its label, its input(s), and its problem under them (js-problem-<name> for tests).
// LabelledText and LabelledDate are the common cases, so a form lists its fields as one element each: spread
// useServerForm's bind(name) into them. `desk` is the flat look of the desk's forms (no field rule, boxed inputs).
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import DateField from '@/components/DateField';
import TextField, { type TextFieldProps } from '@/components/TextField';

interface FieldProps {
  label: ReactNode;
  /** The field's problem; nothing shows when it is empty. */
  problem?: string;
  /** The field's name, for its problem's js-problem-<name> class. */
  name?: string;
  desk?: boolean;
}

export default function FormField({
  label,
  problem,
  name,
  desk,
  className,
  children,
}: FieldProps & { className?: string; children: ReactNode }) {
  const shown = problem ? <View className={`field-error js-problem-${name ?? 'field'}`}>{problem}</View> : null;
  if (desk) {
    return (
      <>
        <View className="desk-label">{label}</View>
        {children}
        {shown}
      </>
    );
  }
  return (
    <View className={className ? `field ${className}` : 'field'}>
      <View className="field-label">{label}</View>
      {children}
      {shown}
    </View>
  );
}

type Labelled<P> = FieldProps & P;

export function LabelledText({ label, problem, name, desk, className, ...input }: Labelled<TextFieldProps>) {
  return (
    <FormField label={label} problem={problem} name={name} desk={desk}>
      <TextField className={desk ? `desk-box ${className}` : className} {...input} />
    </FormField>
  );
}

export function LabelledDate({ label, problem, name, desk, ...input }: Labelled<Parameters<typeof DateField>[0]>) {
  return (
    <FormField label={label} problem={problem} name={name} desk={desk}>
      <DateField {...input} />
    </FormField>
  );
}
