// The period a stats page shows: from the route (a page opened from the dashboard keeps its period), else this year.
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { periodFromQuery, presetPeriod, type Period } from '@/stats/lib/period';

export function usePeriod() {
  const { params } = useRouter();
  return useState<Period>(() => periodFromQuery(params, () => presetPeriod('year')));
}
