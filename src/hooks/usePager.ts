// A paged list bound to one list action: first page, "加载更多", pull-down refresh, loading on reaching the
// bottom, and the error of the last attempt.
// A new `fetchPage` (another filter tab) starts over; answers to superseded requests are dropped.
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageView } from '@core';
import { messageOf } from '../services/envelope';
import { addPage, emptyPager, hasMore, type PagerState } from '../lib/pager';

export function usePager<T extends { id: string }>(fetchPage: (cursor: string | null) => Promise<PageView<T>>) {
  const [state, setState] = useState<PagerState<T>>(emptyPager);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const stateRef = useRef(state);
  stateRef.current = state;
  const generation = useRef(0);
  const busy = useRef(false);
  const shown = useRef(false);

  const load = useCallback(
    async (refresh: boolean) => {
      if (!refresh && (busy.current || !hasMore(stateRef.current))) return;
      const mine = ++generation.current;
      busy.current = true;
      setLoading(true);
      setError('');
      try {
        const page = await fetchPage(refresh ? null : (stateRef.current.nextCursor ?? null));
        if (mine === generation.current) setState((s) => addPage(s, page, refresh));
      } catch (err) {
        if (mine === generation.current) setError(messageOf(err));
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    setState(emptyPager());
    void load(true);
  }, [load]);

  // Coming back to the page (after a review, a new lead) shows the latest statuses.
  useDidShow(() => {
    if (shown.current) void load(true);
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void load(true).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void load(false));

  return {
    items: state.items,
    loaded: state.nextCursor !== undefined,
    more: hasMore(state),
    loading,
    error,
    refresh: () => load(true),
    loadMore: () => load(false),
  };
}
