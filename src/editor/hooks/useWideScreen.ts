// True on a screen wide enough (≥ 960 px) to show a list and its detail side by side (H5 on a PC, WeChat for PC).
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

export const WIDE_MIN_PX = 960;

function windowWidth(): number {
  if (process.env.TARO_ENV === 'h5') return window.innerWidth;
  try {
    return Taro.getWindowInfo().windowWidth;
  } catch {
    return 0;
  }
}

export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => windowWidth() >= WIDE_MIN_PX);
  useEffect(() => {
    const update = () => setWide(windowWidth() >= WIDE_MIN_PX);
    if (process.env.TARO_ENV === 'h5') {
      window.addEventListener('resize', update);
      return () => window.removeEventListener('resize', update);
    }
    Taro.onWindowResize(update);
    return () => Taro.offWindowResize(update);
  }, []);
  return wide;
}
