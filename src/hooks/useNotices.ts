// Notifications of the signed-in reporter: the newest leads (up to 3 pages of 50) turned into notices, with the read
// state kept in local storage per account. Loaded like every other query (on show, on pull-down, when leads change).
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LeadView } from '@core';
import { firstReadState, markAllRead, noticesFrom, unreadCount, type ReadState } from '@/lib/notices';
import { call } from '@/services/cloud';
import { getAccount } from '@/services/session';
import { useQuery } from './useQuery';

const PAGES = 3;
const keyOf = (accountId: string) => `xx.notices.read.${accountId}`;

async function recentLeads(): Promise<LeadView[]> {
  const leads: LeadView[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < PAGES; i++) {
    const page: { items: LeadView[]; nextCursor: string | null } = await call('leads', 'mine', { cursor, limit: 50 });
    leads.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return leads;
}

/** `enabled` false (an editor's home page) loads nothing. */
export function useNotices(enabled = true) {
  const accountId = getAccount()?.id ?? '';
  const leads = useQuery(enabled ? ['leads', 'mine', 'notices', accountId] : null, recentLeads, { keepPrevious: true });
  const notices = useMemo(() => (leads.data ? noticesFrom(leads.data) : []), [leads.data]);
  const [read, setRead] = useState<ReadState | null>(null);

  useEffect(() => {
    if (!leads.data) return;
    let state = (Taro.getStorageSync(keyOf(accountId)) as ReadState | '') || null;
    if (!state) {
      state = firstReadState(notices, new Date());
      Taro.setStorageSync(keyOf(accountId), state);
    }
    setRead(state);
  }, [leads.data, notices, accountId]);

  const readAll = useCallback(() => {
    if (!read) return;
    const next = markAllRead(notices, new Date(), read);
    Taro.setStorageSync(keyOf(accountId), next);
    setRead(next);
  }, [notices, read, accountId]);

  return {
    notices,
    read,
    unread: read ? unreadCount(notices, read) : 0,
    loaded: leads.data !== null || (!leads.loading && leads.error !== ''),
    error: leads.error,
    reload: leads.reload,
    readAll,
  };
}
