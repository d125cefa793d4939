// The township's units, for every page that names or picks them; a saved unit invalidates ['accounts', 'units'].
import type { UnitView } from '@core';
import { useQuery } from '@/hooks/useQuery';
import { call } from '@/services/cloud';

export function useUnits() {
  const units = () => call('accounts', 'units', {});
  const { data, loading, error, reload } = useQuery<UnitView[]>(['accounts', 'units'], units, { keepPrevious: true });
  return { units: data ?? [], loaded: data !== null || (!loading && error !== ''), error, reload };
}
