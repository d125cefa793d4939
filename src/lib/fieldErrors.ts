// Problems per form field, from the shared schemas on the device or from the server's INVALID_ARGUMENT details.
import type { FieldProblem } from '@core';

export type FieldErrors = Record<string, string>;

/** The first problem of each top-level field ("photos.3" counts as "photos"). */
export function byField(problems: FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) {
    const field = p.path.split('.')[0] || '_';
    if (!errors[field]) errors[field] = p.message;
  }
  return errors;
}

/** The server lists its problems in `details.issues` (core/validation.ts toInvalidArgument). */
export function fieldErrorsFromDetails(details: Record<string, unknown> | undefined): FieldErrors {
  const issues = details?.issues;
  if (!Array.isArray(issues)) return {};
  return byField(
    issues.filter(
      (i): i is FieldProblem =>
        typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
    ),
  );
}

/** A device-side check that either builds the payload or lists the problems (ruleFromForm, trainingFromForm). */
export type Checked<I> = { input: I } | { errors: FieldErrors };

export const problemsOf = <I>(checked: Checked<I>): FieldErrors => ('errors' in checked ? checked.errors : {});

/** The payload of a form already checked (useServerForm sends only after its check found nothing). */
export function inputOf<I>(checked: Checked<I>): I {
  if ('errors' in checked) throw new Error('表单还有未通过检查的项目');
  return checked.input;
}
