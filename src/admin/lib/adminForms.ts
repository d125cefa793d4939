// The admin's forms: a new account, a unit with its publicity platforms. Device-side checks say what is missing
// in the office's words; the server's schema checks everything again.
import type { PlatformKind, Role, UnitKind } from '@core/vocabulary';

export interface AccountForm {
  role: Role;
  name: string;
  phone: string;
  unitId: string;
  username: string;
  password: string;
}

export const emptyAccountForm = (): AccountForm => ({ role: 'reporter', name: '', phone: '', unitId: '', username: '', password: '' });

export function accountProblems(f: AccountForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!f.name.trim()) problems.name = '请填写姓名';
  if (f.phone.trim() && !/^1\d{10}$/.test(f.phone.trim())) problems.phone = '手机号应为11位数字';
  if (f.role === 'reporter' && !f.unitId) problems.unitId = '通讯员需要选择所属单位';
  if (f.username.trim() && !/^[A-Za-z0-9_.-]{3,32}$/.test(f.username.trim())) problems.username = '用户名为3到32位字母、数字、下划线、点或短横线';
  if (f.username.trim() && f.password.length < 8) problems.password = '设置了用户名就需要至少8位的密码';
  if (!f.username.trim() && f.password) problems.username = '设置密码时请同时填写用户名';
  return problems;
}

/** accounts.save for a new account: blank optional fields are left out. */
export function accountPayload(f: AccountForm) {
  return {
    name: f.name.trim(),
    role: f.role,
    ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.username.trim() ? { username: f.username.trim(), password: f.password } : {}),
  };
}

export interface UnitForm {
  id?: string;
  name: string;
  kind: UnitKind;
  platforms: PlatformKind[];
}

export const emptyUnitForm = (): UnitForm => ({ name: '', kind: 'village', platforms: [] });

export function unitProblem(f: UnitForm): string | null {
  if (!f.name.trim()) return '请填写单位名称';
  if (f.name.trim().length > 30) return '单位名称最多30个字';
  return null;
}

export const unitPayload = (f: UnitForm) => ({ ...(f.id ? { id: f.id } : {}), name: f.name.trim(), kind: f.kind, platforms: f.platforms });
