// Who is signed in on this device: the host's token (H5 only) and the account, kept in Taro storage.
import Taro from '@tarojs/taro';
import type { LoginResult, MeView } from '@core';

const TOKEN_KEY = 'xx.session.token';
const ACCOUNT_KEY = 'xx.session.account';
export const LOGIN_PAGE = '/pages/login/index';
export const HOME_PAGE = '/pages/index/index';

/** What /api/login returns, later completed by accounts.me (unit name, categories). */
export type SessionAccount = LoginResult['account'] &
  Partial<Pick<MeView, 'unitName' | 'townshipName' | 'categories' | 'uploadFolder'>>;

export function getToken(): string {
  return (Taro.getStorageSync(TOKEN_KEY) as string) || '';
}

export function getAccount(): SessionAccount | null {
  const account = Taro.getStorageSync(ACCOUNT_KEY) as SessionAccount | '';
  return account || null;
}

export function saveLogin(result: LoginResult): void {
  Taro.setStorageSync(TOKEN_KEY, result.token);
  Taro.setStorageSync(ACCOUNT_KEY, result.account);
}

export function saveAccount(me: MeView): void {
  const { id, name, role, townshipId, unitId, unitName, townshipName, categories, uploadFolder } = me;
  const account: SessionAccount = {
    id,
    name,
    role,
    townshipId,
    unitId,
    unitName,
    townshipName,
    categories,
    uploadFolder,
  };
  Taro.setStorageSync(ACCOUNT_KEY, account);
}

const signOutListeners = new Set<() => void>();

/**
 * Device state held in memory for the signed-in account (its running outbox, the desk's cached settings) is let go
 * when the session ends; what is stored stays keyed by account for that person's next sign-in.
 */
export function onSignOut(listener: () => void): () => void {
  signOutListeners.add(listener);
  return () => void signOutListeners.delete(listener);
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(ACCOUNT_KEY);
  for (const listener of [...signOutListeners]) listener();
}

const onLoginPage = () => {
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1];
  return Boolean(current?.route && `/${current.route}`.startsWith(LOGIN_PAGE));
};

/** The server no longer knows us: forget the session and start again at the login page. */
export function expireSession(): void {
  clearSession();
  if (!onLoginPage()) void Taro.reLaunch({ url: LOGIN_PAGE });
}

export const isEditor = (account: SessionAccount | null) => account?.role === 'editor' || account?.role === 'admin';
