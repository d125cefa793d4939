// The desk's settings are read once per session and kept across its pages, but a change in 镇设置 (or to the units)
// reaches a desk page already open: before, the queue kept the old aging thresholds and units until the next sign-in.
import { DEFAULT_AGING_HOURS } from '@core';
import { renderHook, settle, tap } from './harness/renderHook';
import { taroWorld } from './harness/taroDouble';

jest.mock('@tarojs/taro', () => jest.requireActual('./harness/taroDouble'));
const calls: string[] = [];
let amber = 24;
let units = ['上林村'];
let failing = false;
jest.mock('@/services/cloud', () => ({
  ...jest.requireActual('@/services/envelope'),
  call: jest.fn(async (fn: string, action: string) => {
    calls.push(`${fn}.${action}`);
    if (failing) throw new CloudError('NETWORK', '网络不给力，请稍后重试');
    if (action === 'me')
      return {
        role: 'admin',
        agingHours: { ...DEFAULT_AGING_HOURS, amber },
        highlightSections: ['党建'],
        categories: [],
      };
    return units.map((name) => ({ id: name, name }));
  }),
}));

import { useDeskSettings } from '@/editor/hooks/useDeskSettings';
import { invalidate } from '@/lib/query';
import { CloudError } from '@/services/envelope';

/** Every hook rendered by a test, unmounted after it so none keeps listening into the next test. */
const rendered: { unmount(): Promise<void> }[] = [];
const render = async () => {
  const hook = await renderHook(useDeskSettings, undefined);
  rendered.push(hook);
  return hook;
};
afterEach(async () => {
  for (const hook of rendered.splice(0)) await hook.unmount();
});

beforeEach(() => {
  invalidate(['accounts']); // each test starts with nothing cached
  calls.length = 0;
  amber = 24;
  units = ['上林村'];
  failing = false;
  taroWorld.reset();
});

test('a second desk page uses the settings already read, without asking the server again', async () => {
  const first = await render();
  await settle();
  const second = await render();
  await settle();
  expect(second.current.settings).toEqual(first.current.settings);
  expect(second.current.settings.agingHours.amber).toBe(24);
  expect(calls.sort()).toEqual(['accounts.me', 'accounts.units']);
});

test('saving 镇设置 or a unit updates a desk page already open, and every later one', async () => {
  const open = await render();
  await settle();
  amber = 6;
  await tap(() => invalidate(['accounts', 'me']));
  await settle();
  expect(open.current.settings.agingHours.amber).toBe(6);
  units = ['上林村', '新设的下林村'];
  await tap(() => invalidate(['accounts', 'units']));
  await settle();
  expect(open.current.settings.units.map((u) => u.name)).toEqual(['上林村', '新设的下林村']);
  const later = await render();
  await settle();
  expect(later.current.settings.agingHours.amber).toBe(6);
  expect(later.current.settings.units).toHaveLength(2);
});

test('a change to something else (an article, a lead) does not read the settings again', async () => {
  await render();
  await settle();
  calls.length = 0;
  await tap(() => invalidate(['leads'], ['articles'], ['accounts', 'list']));
  await settle();
  expect(calls).toEqual([]);
});

test('a read that failed shows its error until a later read works', async () => {
  failing = true;
  const open = await render();
  await settle();
  expect(open.current.error).toBe('网络不给力，请稍后重试');
  failing = false;
  await tap(() => invalidate(['accounts', 'me']));
  await settle();
  expect(open.current.error).toBe('');
  expect(open.current.settings.agingHours.amber).toBe(24);
});
