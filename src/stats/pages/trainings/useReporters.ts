// Every active reporter of the township (accounts.list, following nextCursor), for the attendee picker.
import type { AccountView, PageView } from '@core';
import { useQuery } from '@/hooks/useQuery';
import { call } from '@/services/cloud';
import type { Person } from '@/stats/lib/trainingForm';

/** A township has tens to a few hundred reporters; stop well before anything unreasonable. */
const MAX_PAGES = 40;

async function allReporters(): Promise<Person[]> {
  const all: Person[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: PageView<AccountView> = await call('accounts', 'list', {
      role: 'reporter',
      active: true,
      cursor,
      limit: 50,
    });
    all.push(...answer.items.map((a) => ({ id: a.id, name: a.name, unitName: a.unitName })));
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return all;
}

export function useReporters() {
  const { data: people, error } = useQuery(['accounts', 'list', 'reporters', 'all'], allReporters, {
    refreshOnShow: false,
  });
  return { people, error };
}
