// Notifications of the signed-in reporter: the newest leads (up to 3 pages of 50) turned into notices, with the read
// state kept in local storage per account.
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { LeadView } from '@core';
import { firstReadState, markAllRead, noticesFrom, unreadCount, type Notice, type ReadState } from '@/lib/notices';
import { call } from '@/services/cloud';
import { getAccount } from '@/services/session';

const PAGES = 3;
const keyOf = () => `xx.notices.read.${getAccount()?.id ?? ''}`;

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

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [read, setRead] = useState<ReadState | null>(null);

  const load = useCallback(async () => {
    const found = noticesFrom(await recentLeads());
    let state = (Taro.getStorageSync(keyOf()) as ReadState | '') || null;
    if (!state) {
      state = firstReadState(found, new Date());
      Taro.setStorageSync(keyOf(), state);
    }
    setNotices(found);
    setRead(state);
  }, []);

  const readAll = useCallback(() => {
    if (!read) return;
    const next = markAllRead(notices, new Date(), read);
    Taro.setStorageSync(keyOf(), next);
    setRead(next);
  }, [notices, read]);

  return { notices, read, unread: read ? unreadCount(notices, read) : 0, load, readAll };
}
