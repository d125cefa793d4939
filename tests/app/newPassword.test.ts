// The change-password step's device checks (first login with a one-time password).
import { newPasswordProblems } from '@/pages/login/newPassword';

describe('choosing a new password', () => {
  it('accepts a long enough new password typed twice the same', () => {
    expect(newPasswordProblems({ newPassword: 'qingshan-2026', confirm: 'qingshan-2026' }, 'Init1alPass')).toEqual({});
  });

  it('refuses a short one, the one-time password again, or a second entry that differs', () => {
    expect(newPasswordProblems({ newPassword: 'short', confirm: 'short' }, 'Init1alPass').newPassword).toContain(
      '至少8位',
    );
    expect(
      newPasswordProblems({ newPassword: 'Init1alPass', confirm: 'Init1alPass' }, 'Init1alPass').newPassword,
    ).toContain('不能与原密码相同');
    expect(newPasswordProblems({ newPassword: 'qingshan-2026', confirm: 'qingshan-2025' }, 'Init1alPass')).toEqual({
      confirm: '两次输入的新密码不一致',
    });
  });
});
