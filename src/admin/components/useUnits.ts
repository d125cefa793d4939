// The township's units for the admin's pages, with a reload after a unit is saved.
import type { UnitView } from '@core';
import { useQuery } from '@/hooks/useQuery';
import { call } from '@/services/cloud';

export function useUnits() {
  const units = () => call('accounts', 'units', {});
  const { data, loading, error, reload } = useQuery<UnitView[]>(['accounts', 'units'], units, { keepPrevious: true });
  return { units: data ?? [], loaded: data !== null || (!loading && error !== ''), error, reload };
}
