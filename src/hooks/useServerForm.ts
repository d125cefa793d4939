// A form that is checked on the device, then sent: its values, the problems per field (from the device check or
// from the server's INVALID_ARGUMENT details), the banner error, and whether a save is running.
// A problem under '_' concerns the whole form and shows in the banner.
import { useState } from 'react';
import { fieldErrorsFromDetails, inputOf, problemsOf, type Checked } from '@/lib/fieldErrors';
import { invalidate, type QueryKey } from '@/lib/query';
import { CloudError } from '@/services/cloud';
import { useAction } from './useAction';

export function useServerForm<F extends object, R>(options: {
  initial: F | (() => F);
  check: (form: F) => Record<string, string>;
  /** The call; null when the person backed out of a confirmation it asked: nothing is refreshed or reported. */
  send: (form: F) => Promise<R | null>;
  onSaved: (result: R, form: F) => void;
  invalidates?: QueryKey[];
  /** Names the test hooks of bind(): field "title" gets js-title, or js-activity-title in form "activity". */
  name?: string;
}) {
  const [form, setForm] = useState<F>(options.initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const action = useAction(options.send, {
    onDone: (result, sent) => {
      if (result === null) return;
      if (options.invalidates) invalidate(...options.invalidates);
      options.onSaved(result, sent);
    },
    onError: (err) => {
      if (err instanceof CloudError && err.code === 'INVALID_ARGUMENT')
        setProblems(fieldErrorsFromDetails(err.details));
    },
  });

  /** Changing a field clears its problem, so the message goes away as the person fixes it. */
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblems((p) => ({ ...p, [key]: '' }));
  };

  const save = async () => {
    const found = options.check(form);
    setProblems(found);
    action.setError(found._ ?? '');
    if (Object.values(found).some(Boolean)) return;
    await action.run(form);
  };

  /** The props of one field's input: its name, class, value, setter and problem (for LabelledText, LabelledDate…). */
  const bind = <K extends keyof F & string>(key: K) => ({
    name: key,
    className: options.name ? `js-${options.name}-${key}` : `js-${key}`,
    value: form[key],
    onChange: (value: F[K]) => set(key, value),
    problem: problems[key] ?? '',
  });

  return {
    form,
    set,
    bind,
    setForm,
    problems,
    error: action.error,
    setError: action.setError,
    busy: action.busy,
    save,
  };
}

/**
 * check and send for a form whose device check also builds the payload (activityFromForm, ruleFromForm): the
 * check lists its problems (with `summary` in the banner when there are any), send sends the payload it built.
 */
export function checkedSend<F, I, R>(build: (form: F) => Checked<I>, send: (input: I) => Promise<R>, summary?: string) {
  return {
    check: (form: F): Record<string, string> => {
      const problems = problemsOf(build(form));
      return summary && Object.keys(problems).length > 0 ? { _: summary, ...problems } : problems;
    },
    send: (form: F) => send(inputOf(build(form))),
  };
}
