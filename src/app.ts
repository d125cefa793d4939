import type { PropsWithChildren } from 'react';
import Taro, { eventCenter, useLaunch } from '@tarojs/taro';
import { CLOUD_ENV } from './config';
import { routeOutOfStep } from './services/routeInStep';
import './app.scss';

const RELOADED_AT = 'xx.routeReloadAt';

/**
 * H5: when a late page has landed over the one the address names and stays there for a second (a navigation in
 * progress is out of step only for a moment), reloads at the address; at most once every 10 s.
 */
function keepRouteInStep() {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const top = Taro.getCurrentPages().at(-1) as { path?: string } | undefined;
    if (!routeOutOfStep(top?.path, window.location.hash)) return;
    const last = Number(window.sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < 10_000) return;
    window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    window.location.reload();
  };
  eventCenter.on('__afterTaroRouterChange', () => {
    clearTimeout(pending);
    pending = setTimeout(check, 1000);
  });
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Only the mini-program talks to WeChat cloud development; the H5 build never carries this call.
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    if (process.env.TARO_ENV === 'h5') keepRouteInStep();
  });
  return children;
}

export default App;
