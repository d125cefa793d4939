// The admin creates accounts and units: what must be filled, and what is sent.
import { accountFormOf, accountPayload, accountProblems, emptyAccountForm } from './adminForms';
import { saveUnitSchema, type UnitView } from '@core';
import type { PlatformKind } from '@core/vocabulary';
import { emptyUnitForm, unitFormOf, unitPayload, unitProblem } from './adminForms';

describe('a new account', () => {
  it('needs a name, and a unit for a reporter', () => {
    expect(accountProblems(emptyAccountForm())).toEqual({ name: '请填写姓名', unitId: '通讯员需要选择所属单位' });
    expect(accountProblems({ ...emptyAccountForm(), role: 'editor', name: '王编辑' })).toEqual({});
  });

  it('checks the phone, and asks for a password of 8 or more with a username', () => {
    const f = { ...emptyAccountForm(), name: '李四', unitId: 'U1' };
    expect(accountProblems({ ...f, phone: '12345' }).phone).toBe('手机号应为11位数字');
    expect(accountProblems({ ...f, username: 'lisi', password: '123' }).password).toMatch(/8位/);
    expect(accountProblems({ ...f, password: '12345678' }).username).toMatch(/用户名/);
    expect(accountProblems({ ...f, username: 'lisi', password: '12345678', phone: '13800001111' })).toEqual({});
  });

  it('leaves blank optional fields out', () => {
    expect(accountPayload({ ...emptyAccountForm(), name: ' 李四 ', unitId: 'U1' })).toEqual({
      name: '李四',
      role: 'reporter',
      unitId: 'U1',
    });
    expect(
      accountPayload({ ...emptyAccountForm(), role: 'editor', name: '王', username: 'wang', password: 'abcdefgh' }),
    ).toEqual({
      name: '王',
      role: 'editor',
      username: 'wang',
      password: 'abcdefgh',
    });
  });
});

describe('an existing account', () => {
  const view = {
    id: 'A1',
    name: '李四',
    role: 'reporter' as const,
    townshipId: 'T',
    unitId: 'U1',
    unitName: '东山村',
    phone: '13800001111',
    active: true,
    username: 'lisi',
  };

  it('opens with its full phone and no password, and saves without one', () => {
    const form = accountFormOf(view);
    expect(form).toMatchObject({ id: 'A1', phone: '13800001111', username: 'lisi', password: '' });
    expect(accountProblems(form)).toEqual({});
    const sent = { id: 'A1', name: '李四', role: 'reporter', phone: '13800001111', unitId: 'U1', username: 'lisi' };
    expect(accountPayload(form)).toEqual(sent);
  });

  it('a cleared phone is sent as null, a new password must have 8 characters', () => {
    const form = { ...accountFormOf(view), phone: ' ' };
    expect(accountPayload(form)).toMatchObject({ phone: null });
    expect(accountProblems({ ...form, password: 'short' }).password).toBe('新密码至少8位');
    expect(accountPayload({ ...form, password: 'longenough' })).toMatchObject({ password: 'longenough' });
  });
});

describe('a unit', () => {
  it('needs a name and may have no platform at all', () => {
    expect(unitProblem(emptyUnitForm())).toBe('请填写单位名称');
    expect(unitPayload({ ...emptyUnitForm(), name: ' 青山村 ' })).toEqual({
      name: '青山村',
      kind: 'village',
      platforms: [],
      platformSince: {},
    });
  });

  it('keeps its id and its active flag when edited', () => {
    const form = { ...unitFormOf(SAVED), platforms: ['douyin', 'wechat_official'] as PlatformKind[] };
    expect(unitPayload(form)).toEqual({
      id: 'U1',
      name: '青山村',
      kind: 'village',
      platforms: ['douyin', 'wechat_official'],
      platformSince: { douyin: '2026-02-01' },
      active: true,
    });
    expect(unitPayload({ ...form, active: false }).active).toBe(false);
    expect(unitFormOf({ ...SAVED, deactivatedAt: '2026-03-01T00:00:00.000Z' }).active).toBe(false);
  });

  it('sends the start day of each chosen platform, none for an unticked one or an empty day', () => {
    const f = { ...unitFormOf(SAVED), platforms: ['channels'] as PlatformKind[] };
    expect(unitPayload(f).platformSince).toEqual({});
    const g = { ...f, platformSince: { ...f.platformSince, channels: '2026-03-01' } };
    expect(unitPayload(g)).toMatchObject({ platforms: ['channels'], platformSince: { channels: '2026-03-01' } });
    expect(saveUnitSchema.safeParse(unitPayload(g)).success).toBe(true);
    expect(saveUnitSchema.safeParse(unitPayload({ ...emptyUnitForm(), name: '新村' })).success).toBe(true);
  });
});

const SAVED: UnitView = {
  id: 'U1',
  name: '青山村',
  kind: 'village',
  platforms: ['douyin'],
  createdAt: '2026-01-05T02:00:00.000Z',
  deactivatedAt: null,
  platformSince: { douyin: '2026-02-01' },
  platformRuns: [],
};
