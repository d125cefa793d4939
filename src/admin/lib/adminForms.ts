// The admin's forms: a new account, a unit with its publicity platforms. Device-side checks say what is missing
// in the office's words; the server's schema checks everything again.
import type { AccountView, UnitView } from '@core';
import type { PlatformKind, Role, UnitKind } from '@core/vocabulary';

export interface AccountForm {
  /** Set when an existing account is edited. */
  id?: string;
  role: Role;
  name: string;
  phone: string;
  unitId: string;
  username: string;
  password: string;
}

export const emptyAccountForm = (): AccountForm => ({
  role: 'reporter',
  name: '',
  phone: '',
  unitId: '',
  username: '',
  password: '',
});

/** The edit form of an account as accounts.get answers it (full phone); the password stays blank unless changed. */
export const accountFormOf = (a: AccountView): AccountForm => ({
  id: a.id,
  role: a.role,
  name: a.name,
  phone: a.phone ?? '',
  unitId: a.unitId ?? '',
  username: a.username ?? '',
  password: '',
});

export function accountProblems(f: AccountForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!f.name.trim()) problems.name = '请填写姓名';
  if (f.phone.trim() && !/^1\d{10}$/.test(f.phone.trim())) problems.phone = '手机号应为11位数字';
  if (f.role === 'reporter' && !f.unitId) problems.unitId = '通讯员需要选择所属单位';
  if (f.username.trim() && !/^[A-Za-z0-9_.-]{3,32}$/.test(f.username.trim()))
    problems.username = '用户名为3到32位字母、数字、下划线、点或短横线';
  if (f.username.trim() && !f.id && f.password.length < 8) problems.password = '设置了用户名就需要至少8位的密码';
  if (f.id && f.password && f.password.length < 8) problems.password = '新密码至少8位';
  if (!f.username.trim() && f.password) problems.username = '设置密码时请同时填写用户名';
  return problems;
}

/** accounts.save: for a new account blank optional fields are left out; on an edit they clear the field. */
export function accountPayload(f: AccountForm) {
  if (f.id) {
    return {
      id: f.id,
      name: f.name.trim(),
      role: f.role,
      phone: f.phone.trim() || null,
      unitId: f.unitId || null,
      username: f.username.trim() || null,
      ...(f.password ? { password: f.password } : {}),
    };
  }
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
  /** The day each platform started (YYYY-MM-DD); left empty, the server keeps the saved day or takes today. */
  platformSince: Partial<Record<PlatformKind, string>>;
  active: boolean;
}

export const emptyUnitForm = (): UnitForm => ({
  name: '',
  kind: 'village',
  platforms: [],
  platformSince: {},
  active: true,
});

export const unitFormOf = (u: UnitView): UnitForm => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  platforms: u.platforms,
  platformSince: u.platformSince,
  active: u.deactivatedAt === null,
});

export function unitProblem(f: UnitForm): string | null {
  if (!f.name.trim()) return '请填写单位名称';
  if (f.name.trim().length > 30) return '单位名称最多30个字';
  return null;
}

export const unitPayload = (f: UnitForm) => ({
  ...(f.id ? { id: f.id } : {}),
  name: f.name.trim(),
  kind: f.kind,
  platforms: f.platforms,
  // Only the chosen platforms' days: a day kept for a platform since unticked would be refused.
  platformSince: Object.fromEntries(f.platforms.flatMap((p) => (f.platformSince[p] ? [[p, f.platformSince[p]]] : []))),
  ...(f.id ? { active: f.active } : {}),
});
