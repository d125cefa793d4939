// The demo township 示范镇: its units (one without any platform) and accounts, all with password demo1234.
import { newTownship, type AccountRecord, type TownshipRecord, type UnitRecord } from '../../../core/accounts/records';
import { shanghaiDate } from '../../../core/stats/period';
import type { Role } from '../../../core/vocabulary';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_TOWNSHIP_ID = 't_demo';

export const DEMO_TOWNSHIP: TownshipRecord = newTownship(DEMO_TOWNSHIP_ID, '示范镇');

/** A unit created at `createdAt`, its platforms started the same day (the demo year is dated from the clock). */
export const unitSince = (u: UnitRecord, createdAt: string): UnitRecord => ({
  ...u,
  createdAt,
  platformSince: Object.fromEntries(u.platforms.map((p) => [p, shanghaiDate(createdAt)])),
});

const unit = (id: string, name: string, kind: UnitRecord['kind'], platforms: UnitRecord['platforms']): UnitRecord =>
  unitSince(
    {
      id,
      townshipId: DEMO_TOWNSHIP_ID,
      name,
      kind,
      platforms,
      createdAt: '',
      deactivatedAt: null,
      platformSince: {},
      platformRuns: [],
    },
    '2020-01-01T00:00:00.000Z',
  );

export const DEMO_UNITS: UnitRecord[] = [
  unit('u_qingshi', '青石村', 'village', ['wechat_official']),
  unit('u_liutang', '柳塘村', 'village', ['douyin']),
  unit('u_taoyuan', '桃源村', 'village', []),
  unit('u_hexi', '河西社区', 'community', ['wechat_official', 'channels']),
  unit('u_lvyuan', '绿源茶业有限公司', 'enterprise', ['wechat_official', 'douyin']),
  unit('u_road', '县道改扩建项目部', 'site', []),
  unit('u_culture', '镇综合文化站', 'department', ['wechat_official', 'channels', 'other']),
];

interface DemoPerson {
  username: string;
  name: string;
  role: Role;
  unitId: string | null;
  phone: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { username: 'admin', name: '王建国', role: 'admin', unitId: null, phone: '13800001001' },
  { username: 'editor', name: '李晓梅', role: 'editor', unitId: null, phone: '13800001002' },
  { username: 'reporter1', name: '张伟', role: 'reporter', unitId: 'u_qingshi', phone: '13900002001' },
  { username: 'reporter2', name: '刘芳', role: 'reporter', unitId: 'u_liutang', phone: '13900002002' },
  { username: 'reporter3', name: '陈明', role: 'reporter', unitId: 'u_taoyuan', phone: '13900002003' },
  { username: 'reporter4', name: '赵丽', role: 'reporter', unitId: 'u_hexi', phone: '13900002004' },
  { username: 'reporter5', name: '孙强', role: 'reporter', unitId: 'u_lvyuan', phone: '13900002005' },
  { username: 'reporter6', name: '周杰', role: 'reporter', unitId: 'u_road', phone: '13900002006' },
  { username: 'reporter7', name: '吴静', role: 'reporter', unitId: 'u_culture', phone: '13900002007' },
];

export const accountIdOf = (username: string) => `a_${username}`;

export function demoAccounts(passwordHash: string, createdAt: string): AccountRecord[] {
  return DEMO_PEOPLE.map((p) => ({
    id: accountIdOf(p.username),
    townshipId: DEMO_TOWNSHIP_ID,
    unitId: p.unitId,
    role: p.role,
    name: p.name,
    phone: p.phone,
    username: p.username,
    passwordHash,
    openid: null,
    active: true,
    createdAt,
  }));
}

export const DEMO_REPORTERS = DEMO_PEOPLE.filter((p) => p.role === 'reporter');
export const unitNameOf = (unitId: string | null) => DEMO_UNITS.find((u) => u.id === unitId)?.name ?? '示范镇';
