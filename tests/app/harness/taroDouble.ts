// A stand-in for @tarojs/taro in jsdom tests: storage in a Map, page hooks that the test can fire (show, pull-down,
// reach bottom, load with route params), and no-op navigation and toasts.
import { useEffect, useRef } from 'react';

type Handler = (...args: never[]) => unknown;

const storage = new Map<string, unknown>();
const handlers: Record<string, Set<Handler>> = {
  show: new Set(),
  pullDown: new Set(),
  bottom: new Set(),
  load: new Set(),
};
let routeParams: Record<string, string> = {};

function pageHook(kind: string) {
  return (handler: Handler) => {
    const latest = useRef(handler);
    latest.current = handler;
    useEffect(() => {
      const run: Handler = (...args) => latest.current(...args);
      handlers[kind]!.add(run);
      if (kind === 'show' || kind === 'load') (run as (p: unknown) => void)(routeParams);
      return () => void handlers[kind]!.delete(run);
    }, []);
  };
}

export const taroDouble = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
  removeStorageSync: (key: string) => void storage.delete(key),
  getCurrentPages: () => [],
  reLaunch: async () => undefined,
  navigateTo: async () => undefined,
  navigateBack: async () => undefined,
  showToast: async () => undefined,
  stopPullDownRefresh: () => undefined,
  onAppShow: () => undefined,
  useDidShow: pageHook('show'),
  useLoad: pageHook('load'),
  usePullDownRefresh: pageHook('pullDown'),
  useReachBottom: pageHook('bottom'),
};

export const taroWorld = {
  storage,
  /** The page's query string as useLoad receives it. */
  route(params: Record<string, string>) {
    routeParams = params;
  },
  fire(kind: 'show' | 'pullDown' | 'bottom') {
    for (const h of [...handlers[kind]!]) (h as () => void)();
  },
  reset() {
    storage.clear();
    routeParams = {};
    for (const set of Object.values(handlers)) set.clear();
  },
};

export const { useDidShow, useLoad, usePullDownRefresh, useReachBottom } = taroDouble;
export default taroDouble;
