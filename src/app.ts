import type { PropsWithChildren } from 'react';
import Taro, { eventCenter, useLaunch } from '@tarojs/taro';
import { CLOUD_ENV } from './config';
import './app.scss';

/**
 * H5: Taro's router hides the page below a new one on a timer (its slide, about 350 ms) that a quick back outlives:
 * the page gone back to was shown and then hidden again for good, a blank screen under the title bar
 * (NervJS/taro#14656). The page on top of the stack is the one on the screen, so once the router's timers have run
 * after each change, it is shown again if that timer hid it.
 */
function keepTopPageShown() {
  eventCenter.on('__afterTaroRouterChange', () => {
    setTimeout(() => {
      const top = Taro.getCurrentPages().at(-1) as { path?: string } | undefined;
      if (top?.path) document.getElementById(top.path)?.classList.remove('taro_page_shade');
    }, 500);
  });
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Only the mini-program talks to WeChat cloud development; the H5 build never carries this call.
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    if (process.env.TARO_ENV === 'h5') keepTopPageShown();
  });
  return children;
}

export default App;
