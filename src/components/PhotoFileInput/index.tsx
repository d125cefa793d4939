// Browser only: a real <input type="file"> for photos inside the tappable label that is its tile, which browsers
// and Playwright can both drive. Without consent to the privacy guide, a tap asks first and a yes opens the dialog.
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { holdFileDialogForConsent } from '@/privacy/askConsent';

interface Props {
  className: string;
  inputClassName: string;
  multiple?: boolean;
  disabled?: boolean;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  children: ReactNode;
}

export default function PhotoFileInput({ className, inputClassName, multiple, disabled, onChange, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <label className={className} onClick={(e) => holdFileDialogForConsent(e, input.current)}>
      <input
        ref={input}
        className={inputClassName}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple={multiple}
        disabled={disabled}
        onChange={onChange}
      />
      {children}
    </label>
  );
}
