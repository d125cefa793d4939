// One lead by id for the desk (the review page and the queue's detail column): loading, error, reload, setter.
import type { LeadView } from '@core';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../services/cloud';
import { messageOf } from '../../services/envelope';

export function useLead(id: string) {
  const [lead, setLead] = useState<LeadView | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    if (!id) return;
    setError('');
    try {
      setLead(await call('leads', 'get', { id }));
    } catch (err) {
      setError(messageOf(err));
    }
  }, [id]);

  useEffect(() => {
    setLead(null);
    void load();
  }, [load]);

  return { lead, setLead, error, reload: load };
}
