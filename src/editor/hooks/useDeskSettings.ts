// What the desk needs from the township once per session: aging thresholds, highlight sections, categories, units.
// Kept in memory across the desk's pages and read again when the township's settings or units change (镇设置 and
// the units page invalidate their keys); a failure leaves the defaults and says so.
import {
  DEFAULT_AGING_HOURS,
  DEFAULT_CATEGORIES,
  DEFAULT_HIGHLIGHT_SECTIONS,
  type AgingHours,
  type UnitView,
} from '@core';
import { useEffect, useState } from 'react';
import { call } from '@/services/cloud';
import { keyCovers, onInvalidate, type QueryKey } from '@/lib/query';
import { messageOf } from '@/services/envelope';
import { onSignOut } from '@/services/session';

export interface DeskSettings {
  agingHours: AgingHours;
  highlightSections: string[];
  categories: string[];
  units: UnitView[];
  role: 'reporter' | 'editor' | 'admin';
}

const DEFAULTS: DeskSettings = {
  agingHours: { ...DEFAULT_AGING_HOURS },
  highlightSections: [...DEFAULT_HIGHLIGHT_SECTIONS],
  categories: [...DEFAULT_CATEGORIES],
  units: [],
  role: 'editor',
};

let cached: Promise<DeskSettings> | null = null;

async function fetchSettings(): Promise<DeskSettings> {
  const [me, units] = await Promise.all([call('accounts', 'me', {}), call('accounts', 'units', {})]);
  return {
    agingHours: me.agingHours,
    highlightSections: me.highlightSections,
    categories: me.categories.length > 0 ? me.categories : DEFAULTS.categories,
    units,
    role: me.role,
  };
}

/** What the settings are read from: a change under either key makes every desk page read them again. */
const SOURCES: QueryKey[] = [
  ['accounts', 'me'],
  ['accounts', 'units'],
];
const stale = (prefix: QueryKey) => SOURCES.some((key) => keyCovers(prefix, key));

// Registered before any page's hook, so the cache is gone by the time a page reloads.
onInvalidate((prefix) => {
  if (stale(prefix)) cached = null;
});
// The next person to sign in on this device reads their own township's settings.
onSignOut(() => {
  cached = null;
});

export function useDeskSettings(): { settings: DeskSettings; error: string } {
  const [settings, setSettings] = useState<DeskSettings>(DEFAULTS);
  const [error, setError] = useState('');
  const [version, setVersion] = useState(0);
  useEffect(
    () =>
      onInvalidate((prefix) => {
        if (stale(prefix)) setVersion((v) => v + 1);
      }),
    [],
  );
  useEffect(() => {
    let live = true;
    cached ??= fetchSettings();
    cached.then(
      (s) => {
        if (!live) return;
        setSettings(s);
        setError(''); // a read that failed before and works now takes its banner away
      },
      (err) => {
        cached = null;
        if (live) setError(messageOf(err));
      },
    );
    return () => {
      live = false;
    };
  }, [version]);
  return { settings, error };
}
