// The desk's side panel shows lead A, then the editor clicks lead B: A's answer arriving late must not replace B
// (the decision panel would then decide the lead on screen, not the one picked).
import type { LeadView } from '@core';
import { deferred, renderHook, settle, tap } from './harness/renderHook';
import { taroWorld } from './harness/taroDouble';

jest.mock('@tarojs/taro', () => jest.requireActual('./harness/taroDouble'));
const answers = new Map<string, ReturnType<typeof deferred<LeadView>>>();
jest.mock('@/services/cloud', () => ({
  ...jest.requireActual('@/services/envelope'),
  call: jest.fn((_fn: string, _action: string, payload: { id: string }) => {
    const d = deferred<LeadView>();
    answers.set(payload.id, d);
    return d.promise;
  }),
}));

import { useLead } from '@/hooks/useLead';
import { useRouteLead } from '@/hooks/useRouteLead';

const lead = (id: string) => ({ id, title: `线索${id}` }) as LeadView;

beforeEach(() => {
  answers.clear();
  taroWorld.reset();
});

test('a late answer for the lead picked before does not replace the lead picked now', async () => {
  const view = await renderHook(({ id }: { id: string }) => useLead(id), { id: 'A' });
  await view.rerender({ id: 'B' });
  answers.get('B')!.resolve(lead('B'));
  await settle();
  answers.get('A')!.resolve(lead('A'));
  await settle();
  expect(view.current.lead?.id).toBe('B');
});

test('a late failure for the lead picked before does not show an error over the lead picked now', async () => {
  const view = await renderHook(({ id }: { id: string }) => useLead(id), { id: 'A' });
  await view.rerender({ id: 'B' });
  answers.get('B')!.resolve(lead('B'));
  answers.get('A')!.reject(new Error('网络不给力'));
  await settle();
  expect(view.current.lead?.id).toBe('B');
  expect(view.current.error).toBe('');
});

test('while the next lead loads, the previous one is no longer offered for a decision', async () => {
  const view = await renderHook(({ id }: { id: string }) => useLead(id), { id: 'A' });
  answers.get('A')!.resolve(lead('A'));
  await settle();
  await view.rerender({ id: 'B' });
  expect(view.current.lead).toBeNull();
});

test('a reload answered after a newer reload does not win on the route page', async () => {
  taroWorld.route({ id: 'A' });
  const view = await renderHook(() => useRouteLead(), {});
  const first = answers.get('A')!;
  await view.rerender({});
  await tap(() => view.current.reload(), false);
  const second = answers.get('A')!;
  second.resolve({ ...lead('A'), title: '新' });
  await settle();
  first.resolve({ ...lead('A'), title: '旧' });
  await settle();
  expect(view.current.lead?.title).toBe('新');
});
