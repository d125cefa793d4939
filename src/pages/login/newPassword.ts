// The change-password step's own checks, before anything is sent: the core's rule for a password, and the second
// entry matching the first.
import { changePasswordSchema, fieldProblems } from '@core';

export interface NewPasswordForm {
  newPassword: string;
  confirm: string;
}

export function newPasswordProblems(form: NewPasswordForm, oldPassword: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const result = changePasswordSchema.safeParse({ oldPassword, newPassword: form.newPassword });
  if (!result.success) {
    for (const p of fieldProblems(result.error)) problems[p.path || 'newPassword'] ??= p.message;
  }
  if (!problems.newPassword && form.confirm !== form.newPassword) problems.confirm = '两次输入的新密码不一致';
  return problems;
}
