// The outbox's items, re-rendered on every change (a photo landing, a retry, 已提交).
import { useEffect, useState } from 'react';
import { theOutbox, type OutboxItem } from '@/outbox';

export function useOutbox(): { items: OutboxItem[]; progressOf: (clientId: string, index: number) => number } {
  const outbox = theOutbox();
  const [items, setItems] = useState<OutboxItem[]>(() => outbox.list());
  const [, setTick] = useState(0);
  useEffect(() => {
    setItems(outbox.list());
    return outbox.subscribe(() => {
      setItems(outbox.list());
      setTick((n) => n + 1);
    });
  }, [outbox]);
  return { items, progressOf: (clientId, index) => outbox.progressOf(clientId, index) };
}
