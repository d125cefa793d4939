// The one way a screen loads what it shows: by key, with loading and error, the newest request winning, reload on
// pull-down and when the page is shown again, and again whenever a change invalidates its key.
// A null key waits (no id yet). A new key clears the old answer at once, so nothing decides on what is leaving.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/services/envelope';
import { keyCovers, keyText, Latest, onInvalidate, type QueryKey } from '@/lib/query';

export interface QueryOptions {
  /** Load again when the page comes back into view (default true; off where the answer seeds typed text). */
  refreshOnShow?: boolean;
  /** Keep showing the previous key's answer while the new one loads (figures of the last period; default false). */
  keepPrevious?: boolean;
}

export function useQuery<T>(key: QueryKey | null, loader: () => Promise<T>, options: QueryOptions = {}) {
  const [data, setAnswer] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const latest = useRef(new Latest()).current;
  const loaderRef = useRef(loader);
  loaderRef.current = loader;
  const keyRef = useRef(key);
  keyRef.current = key;
  const id = key ? keyText(key) : null;
  const keepPrevious = options.keepPrevious === true;

  const load = useCallback(async () => {
    if (id === null) return;
    const ticket = latest.begin();
    setLoading(true);
    setError('');
    try {
      const answer = await loaderRef.current();
      if (latest.isCurrent(ticket)) setAnswer(answer);
    } catch (err) {
      if (latest.isCurrent(ticket)) setError(messageOf(err));
    } finally {
      if (latest.isCurrent(ticket)) setLoading(false);
    }
  }, [id, latest]);

  useEffect(() => {
    if (!keepPrevious) setAnswer(null);
    setError('');
    void load();
    return () => latest.supersede();
  }, [load, latest, keepPrevious]);

  useEffect(
    () =>
      onInvalidate((prefix) => {
        if (keyRef.current && keyCovers(prefix, keyRef.current)) void load();
      }),
    [load],
  );

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && options.refreshOnShow !== false) void load();
    shown.current = true;
  });
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()));

  /** An action answered with the new value: show it, and let no older request overwrite it. */
  const setData = useCallback(
    (next: T | null) => {
      latest.supersede();
      setLoading(false);
      setAnswer(next);
    },
    [latest],
  );

  return { data, setData, loading, error, reload: load };
}
