// The lead named by the page's `id` query: loading, its error, reload, and a setter for answers that return it.
import { useLoad } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { LeadView } from '@core';
import { call } from '../services/cloud';
import { messageOf } from '../services/envelope';

export function useRouteLead() {
  const [id, setId] = useState('');
  const [lead, setLead] = useState<LeadView | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async (leadId: string) => {
    setError('');
    try {
      setLead(await call('leads', 'get', { id: leadId }));
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useLoad((params: Record<string, string | undefined>) => {
    const leadId = decodeURIComponent(params.id ?? '');
    setId(leadId);
    void load(leadId);
  });

  return { lead, setLead, error, reload: () => load(id) };
}
