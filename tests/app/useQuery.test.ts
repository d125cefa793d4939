// The one data layer: a screen's query loads again when shown again, on pull-down, and when a change elsewhere
// invalidates its key (a decision on the review page refreshes the queue's counts).
import type { LeadCounts, LeadView } from '@core';
import { renderHook, settle, tap } from './harness/renderHook';
import { taroWorld } from './harness/taroDouble';

jest.mock('@tarojs/taro', () => jest.requireActual('./harness/taroDouble'));
const calls: string[] = [];
let waiting = 5;
jest.mock('@/services/cloud', () => ({
  ...jest.requireActual('@/services/envelope'),
  call: jest.fn(async (fn: string, action: string) => {
    calls.push(`${fn}.${action}`);
    if (action === 'counts') return { submitted: waiting } as LeadCounts;
    if (action === 'queue') return { items: [{ id: `L${waiting}` }], nextCursor: null };
    return { id: 'L1', status: 'accepted' } as LeadView;
  }),
}));

import { call } from '@/services/cloud';
import { leadsChanged } from '@/hooks/useLead';
import { usePager } from '@/hooks/usePager';
import { useQuery } from '@/hooks/useQuery';
import { invalidate } from '@/lib/query';

const useCounts = () => useQuery(['leads', 'counts', {}], () => call('leads', 'counts', {}));

beforeEach(() => {
  calls.length = 0;
  waiting = 5;
  taroWorld.reset();
});

test('a decision elsewhere refreshes the queue counts and list: 待审核 5 becomes 4', async () => {
  const counts = await renderHook(useCounts, {});
  const list = await renderHook(
    () => usePager(['leads', 'queue', { status: 'submitted' }], () => call('leads', 'queue', {})),
    {},
  );
  await settle();
  expect(counts.current.data?.submitted).toBe(5);
  waiting = 4;
  await tap(leadsChanged);
  await settle();
  expect(counts.current.data?.submitted).toBe(4);
  expect(list.current.items.map((l) => l.id)).toEqual(['L4']);
});

test('a change to something else does not reload the counts', async () => {
  await renderHook(useCounts, {});
  await settle();
  await tap(() => invalidate(['articles']));
  await settle();
  expect(calls).toEqual(['leads.counts']);
});

test('coming back to the page and pulling down load again; the first show does not load twice', async () => {
  const counts = await renderHook(useCounts, {});
  await settle();
  expect(calls).toEqual(['leads.counts']);
  waiting = 3;
  await tap(() => taroWorld.fire('show'));
  await settle();
  expect(counts.current.data?.submitted).toBe(3);
  waiting = 2;
  await tap(() => taroWorld.fire('pullDown'));
  await settle();
  expect(counts.current.data?.submitted).toBe(2);
  expect(calls).toHaveLength(3);
});

test('a null key waits and loads nothing', async () => {
  const view = await renderHook(() => useQuery(null, () => call('leads', 'counts', {})), {});
  await settle();
  expect(calls).toEqual([]);
  expect(view.current.loading).toBe(false);
});
