// The township's units for the admin's pages, with a reload after a unit is saved.
import type { UnitView } from '@core';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../services/cloud';
import { messageOf } from '../../services/envelope';

export function useUnits() {
  const [units, setUnits] = useState<UnitView[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    setError('');
    try {
      setUnits(await call('accounts', 'units', {}));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setLoaded(true);
    }
  }, []);
  useEffect(() => void reload(), [reload]);
  return { units, loaded, error, reload };
}
