// The app's one outbox and drafts store, wired to this device (platform.*.ts) and the backend (services/cloud).
// Started on first use (the home page is the first page), so an app start resumes whatever was waiting.
import Taro from '@tarojs/taro';
import { call, upload } from '../services/cloud';
import { Drafts } from './drafts';
import { Outbox } from './outbox';
import { platform } from './platform';

export type { Draft } from './drafts';
export type { OutboxItem } from './model';
export { draftTitle } from './drafts';
export { outboxSummary, stateLabel, isPending } from './model';

let box: Outbox | null = null;
let drafts: Drafts | null = null;

export const photoVault = platform.vault;

export function theOutbox(): Outbox {
  if (box) return box;
  const outbox = new Outbox({
    kv: platform.kv,
    vault: platform.vault,
    upload: async (ref, key, onProgress) => (await upload(await platform.vault.urlOf(ref), onProgress, { key })).fileID,
    submit: (payload) => call('leads', 'submit', payload),
    now: () => Date.now(),
    random: Math.random,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  box = outbox;
  platform.watchNetwork((online) => outbox.setOnline(online));
  // Back from the background: requests were cut 5 s after leaving, so try again now.
  if (process.env.TARO_ENV === 'weapp') Taro.onAppShow(() => outbox.resume());
  outbox.start();
  return outbox;
}

export function theDrafts(): Drafts {
  drafts ??= new Drafts(platform.kv);
  return drafts;
}
