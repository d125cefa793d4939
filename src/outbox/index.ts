// The app's outbox and drafts store for the signed-in account, wired to this device (platform.*.ts) and the backend
// (services/cloud). Started on first use (the home page is the first page), so an app start resumes whatever was
// waiting. Each account has its own, under its own storage keys; signing out stops the account's outbox and keeps
// its items for when that person signs in again.
import Taro from '@tarojs/taro';
import { call, CloudError, upload } from '@/services/cloud';
import { getAccount, onSignOut } from '@/services/session';
import { accountKv, adoptUnkeyed } from './accountStorage';
import { Drafts, DRAFTS_KEY } from './drafts';
import { Outbox, OUTBOX_KEY } from './outbox';
import { platform } from './platform';

export type { Draft } from './drafts';
export type { OutboxItem } from './model';
export { draftTitle } from './drafts';
export { outboxSummary, stateLabel, isPending } from './model';

interface Owned<T> {
  accountId: string;
  value: T;
}

let box: Owned<Outbox> | null = null;
let drafts: Owned<Drafts> | null = null;
let networkWatched = false;

export const photoVault = platform.vault;

/** '' before anyone signs in: a store nobody else's sign-in can reach. */
const currentAccountId = () => getAccount()?.id ?? '';

/** Only while its owner is signed in may the outbox talk to the server (the token is the signed-in one's). */
function asOwner<T>(owner: string, run: () => Promise<T>): Promise<T> {
  if (currentAccountId() === owner) return run();
  return Promise.reject(new CloudError('NETWORK', '已切换账号，待原账号登录后再发送'));
}

function storageOf(accountId: string) {
  adoptUnkeyed(platform.kv, accountId, [OUTBOX_KEY, DRAFTS_KEY]);
  return accountKv(platform.kv, accountId);
}

function openOutbox(owner: string): Outbox {
  const outbox = new Outbox({
    kv: storageOf(owner),
    vault: platform.vault,
    upload: (ref, key, onProgress) =>
      asOwner(owner, async () => (await upload(await platform.vault.urlOf(ref), onProgress, { key })).fileID),
    submit: (payload) => asOwner(owner, () => call('leads', 'submit', payload)),
    now: () => Date.now(),
    random: Math.random,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  outbox.start();
  return outbox;
}

function parkOutbox(): void {
  box?.value.stop();
  box = null;
}

onSignOut(() => {
  parkOutbox();
  drafts = null;
});

export function theOutbox(): Outbox {
  const owner = currentAccountId();
  if (box?.accountId === owner) return box.value;
  parkOutbox();
  box = { accountId: owner, value: openOutbox(owner) };
  if (!networkWatched) {
    networkWatched = true;
    platform.watchNetwork((online) => box?.value.setOnline(online));
    // Back from the background: requests were cut 5 s after leaving, so try again now.
    if (process.env.TARO_ENV === 'weapp') Taro.onAppShow(() => box?.value.resume());
  }
  return box.value;
}

export function theDrafts(): Drafts {
  const owner = currentAccountId();
  if (drafts?.accountId !== owner) drafts = { accountId: owner, value: new Drafts(storageOf(owner)) };
  return drafts.value;
}
