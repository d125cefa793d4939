// Every active reporter of the township (accounts.list, following nextCursor), for the attendee picker.
import { useEffect, useState } from 'react';
import type { AccountView, PageView } from '@core';
import { call } from '../../../services/cloud';
import { messageOf } from '../../../services/envelope';
import type { Person } from '../../../lib/statsTrainingForm';

/** A township has tens to a few hundred reporters; stop well before anything unreasonable. */
const MAX_PAGES = 40;

export function useReporters() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let gone = false;
    void (async () => {
      try {
        const all: Person[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < MAX_PAGES; page++) {
          const answer: PageView<AccountView> = await call('accounts', 'list', { role: 'reporter', active: true, cursor, limit: 50 });
          all.push(...answer.items.map((a) => ({ id: a.id, name: a.name, unitName: a.unitName })));
          cursor = answer.nextCursor;
          if (!cursor) break;
        }
        if (!gone) setPeople(all);
      } catch (err) {
        if (!gone) setError(messageOf(err));
      }
    })();
    return () => {
      gone = true;
    };
  }, []);

  return { people, error };
}
