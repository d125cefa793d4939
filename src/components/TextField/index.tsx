// A text input or textarea. In the mini-program: Taro's Input/Textarea. In H5: the plain <input>/<textarea>,
// because Taro's web components copy the placeholder onto their wrapper too, which makes two elements answer
// to one placeholder (confusing for screen readers and for Playwright's getByPlaceholder).
import { Input, Textarea } from '@tarojs/components';
import { clampText } from '../../lib/textLimit';
import './index.scss';

export interface TextFieldProps {
  className: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  password?: boolean;
  numeric?: boolean;
  maxLength?: number;
  onConfirm?: () => void;
}

export default function TextField({
  className,
  placeholder,
  value,
  onChange,
  multiline,
  password,
  numeric,
  maxLength,
  onConfirm,
}: TextFieldProps) {
  const classes = `xx-field ${multiline ? 'xx-field--multi' : ''} ${className}`;
  // maxlength stops typing at the schema's limit; the clamp also keeps a paste or an IME commit from ending in
  // half a surrogate pair.
  const change = (text: string) => onChange(clampText(text, maxLength));
  if (process.env.TARO_ENV === 'h5') {
    return multiline ? (
      <textarea
        className={classes}
        placeholder={placeholder}
        value={value}
        maxLength={maxLength}
        onChange={(e) => change(e.target.value)}
      />
    ) : (
      <input
        className={classes}
        type={password ? 'password' : numeric ? 'tel' : 'text'}
        placeholder={placeholder}
        value={value}
        maxLength={maxLength}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && onConfirm?.()}
      />
    );
  }
  return multiline ? (
    <Textarea
      className={classes}
      placeholder={placeholder}
      value={value}
      maxlength={maxLength ?? -1}
      autoHeight
      onInput={(e) => change(e.detail.value)}
    />
  ) : (
    <Input
      className={classes}
      type={numeric ? 'number' : 'text'}
      password={password}
      placeholder={placeholder}
      value={value}
      maxlength={maxLength ?? -1}
      onInput={(e) => change(e.detail.value)}
      onConfirm={() => onConfirm?.()}
    />
  );
}
