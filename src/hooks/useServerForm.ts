// A form that is checked on the device, then sent: its values, the problems per field (from the device check or
// from the server's INVALID_ARGUMENT details), the banner error, and whether a save is running.
import { useState } from 'react';
import { fieldErrorsFromDetails } from '../lib/fieldErrors';
import { CloudError } from '../services/cloud';
import { messageOf } from '../services/envelope';

export function useServerForm<F extends object, R>(options: {
  initial: F | (() => F);
  check: (form: F) => Record<string, string>;
  send: (form: F) => Promise<R>;
  onSaved: (result: R) => void;
}) {
  const [form, setForm] = useState<F>(options.initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  /** Changing a field clears its problem, so the message goes away as the person fixes it. */
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblems((p) => ({ ...p, [key]: '' }));
  };

  const save = async () => {
    const found = options.check(form);
    setProblems(found);
    setError('');
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      options.onSaved(await options.send(form));
    } catch (err) {
      if (err instanceof CloudError && err.code === 'INVALID_ARGUMENT') setProblems(fieldErrorsFromDetails(err.details));
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return { form, set, problems, error, busy, save };
}
