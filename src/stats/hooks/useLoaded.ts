// One answer that depends on the page's inputs (a period, a tab): loading, error, reload on pull-down.
// A newer request wins: an answer to a superseded one (the person already picked another period) is dropped.
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../services/envelope';

export function useLoaded<T>(fetch: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    setError('');
    try {
      const answer = await fetch();
      if (mine === generation.current) setData(answer);
    } catch (err) {
      if (mine === generation.current) setError(messageOf(err));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [fetch]);

  useEffect(() => {
    void load();
  }, [load]);

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  return { data, setData, loading, error, reload: load };
}
