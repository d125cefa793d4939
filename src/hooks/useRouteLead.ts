// The lead named by the page's `id` query: loading, its error, reload, and a setter for answers that return it.
import { useLoad } from '@tarojs/taro';
import { useState } from 'react';
import { useLead } from './useLead';

export function useRouteLead() {
  const [id, setId] = useState('');
  useLoad((params: Record<string, string | undefined>) => setId(decodeURIComponent(params.id ?? '')));
  return useLead(id);
}
