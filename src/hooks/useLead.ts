// One lead by id (the review page, the queue's detail column, the reporter's lead page): loading, error, reload,
// and a setter for actions that answer with the lead.
import type { LeadView } from '@core';
import { invalidate } from '@/lib/query';
import { useQuery } from './useQuery';
import { call } from '@/services/cloud';

export const leadKey = (id: string) => ['leads', 'get', id] as const;

export function useLead(id: string) {
  const {
    data: lead,
    setData: setLead,
    error,
    reload,
  } = useQuery<LeadView>(id ? leadKey(id) : null, () => call('leads', 'get', { id }));
  return { lead, setLead, error, reload };
}

/** A lead changed (a decision, a merge, a highlight): every list and count that shows leads loads again. */
export const leadsChanged = () => invalidate(['leads', 'queue'], ['leads', 'counts'], ['leads', 'mine']);
