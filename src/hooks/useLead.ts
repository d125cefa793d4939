// One lead by id (the review page, the queue's detail column, the reporter's lead page): loading, error, reload, setter.
import type { LeadView } from '@core';
import { useQuery } from './useQuery';
import { call } from '../services/cloud';

export const leadKey = (id: string) => ['leads', 'get', id] as const;

export function useLead(id: string) {
  const { data: lead, setData: setLead, error, reload } = useQuery<LeadView>(id ? leadKey(id) : null, () =>
    call('leads', 'get', { id }),
  );
  return { lead, setLead, error, reload };
}
