// A paged list bound to one list action: first page, "加载更多", pull-down refresh, loading on reaching the
// bottom, and the error of the last attempt. Same rules as useQuery: a new key (another filter tab) starts over,
// the newest request wins, and the list loads again when shown again or when a change invalidates its key.
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageView } from '@core';
import { messageOf } from '@/services/envelope';
import { addPage, emptyPager, hasMore, type PagerState } from '@/lib/pager';
import { keyCovers, keyText, Latest, onInvalidate, type QueryKey } from '@/lib/query';

export function usePager<T extends { id: string }>(
  key: QueryKey,
  fetchPage: (cursor: string | null) => Promise<PageView<T>>,
) {
  const [state, setState] = useState<PagerState<T>>(emptyPager);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const stateRef = useRef(state);
  stateRef.current = state;
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const keyRef = useRef(key);
  keyRef.current = key;
  const latest = useRef(new Latest()).current;
  const busy = useRef(false);
  const shown = useRef(false);
  const id = keyText(key);

  const load = useCallback(
    async (refresh: boolean) => {
      if (!refresh && (busy.current || !hasMore(stateRef.current))) return;
      const ticket = latest.begin();
      busy.current = true;
      setLoading(true);
      setError('');
      try {
        const page = await fetchRef.current(refresh ? null : (stateRef.current.nextCursor ?? null));
        if (latest.isCurrent(ticket)) setState((s) => addPage(s, page, refresh));
      } catch (err) {
        if (latest.isCurrent(ticket)) setError(messageOf(err));
      } finally {
        if (latest.isCurrent(ticket)) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    // A new key is a new list; the fetch function itself may be rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, latest],
  );

  useEffect(() => {
    setState(emptyPager());
    void load(true);
    return () => latest.supersede();
  }, [load, latest]);

  useEffect(
    () =>
      onInvalidate((prefix) => {
        if (keyCovers(prefix, keyRef.current)) void load(true);
      }),
    [load],
  );

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
    /** Loaded, nothing in it, nothing loading and no error: the moment for the empty state, and only then. */
    empty: state.nextCursor !== undefined && state.items.length === 0 && !loading && !error,
    more: hasMore(state),
    loading,
    error,
    refresh: () => load(true),
    loadMore: () => load(false),
  };
}
