// Mini-program chart: ECharts drawing on a <Canvas type="2d"> node through the WxCanvas adapter.
import { Canvas } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { echarts } from './echarts';
import { DEFAULT_CHART_HEIGHT, tapOf, type ChartProps } from './types';
import { WxCanvas, type CanvasNode, type CanvasTouchPoint } from './wxCanvas';
import './index.scss';

// Taro gives the mini-program a stand-in `document` whose elements have no getContext, and ECharts measures
// text on a canvas it creates itself: hand it a real (off-screen) one instead.
echarts.setPlatformAPI({
  createCanvas: () => Taro.createOffscreenCanvas({ type: '2d', width: 1, height: 1 }) as unknown as HTMLCanvasElement,
});

let nextId = 0;
const pixelRatio = () => (Taro.getWindowInfo ? Taro.getWindowInfo().pixelRatio : Taro.getSystemInfoSync().pixelRatio);

interface NodeAnswer {
  node?: CanvasNode;
  width: number;
  height: number;
}

/** The canvas node once the mini-program has rendered it (a few tries: the first setData may still be on its way). */
function findCanvas(id: string, tries = 5): Promise<NodeAnswer | null> {
  return new Promise((resolve) => {
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true }, () => undefined)
        .exec((res: (NodeAnswer | null)[]) => {
          const found = res[0];
          if (found?.node) resolve(found);
          else if (tries > 1) void findCanvas(id, tries - 1).then(resolve);
          else resolve(null);
        });
    });
  });
}

export default function Chart({ option, height = DEFAULT_CHART_HEIGHT, className, onTap }: ChartProps) {
  const [id] = useState(() => `xx-chart-${++nextId}`);
  const canvas = useRef<WxCanvas | null>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const latest = useRef({ option, onTap });
  latest.current = { option, onTap };

  useEffect(() => {
    let gone = false;
    void findCanvas(id).then((found) => {
      if (gone || !found?.node) return;
      const adapter = new WxCanvas(found.node);
      const c = echarts.init(adapter as unknown as HTMLCanvasElement, undefined, {
        width: found.width,
        height: found.height,
        devicePixelRatio: pixelRatio(),
      });
      adapter.setChart(c);
      c.setOption(latest.current.option);
      c.on('click', (p) => latest.current.onTap?.(tapOf(p)));
      canvas.current = adapter;
      chart.current = c;
    });
    return () => {
      gone = true;
      chart.current?.dispose();
      chart.current = null;
      canvas.current = null;
    };
  }, [id]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const point = (touches: CanvasTouchPoint[] | undefined) => touches?.[0];
  return (
    <Canvas
      type="2d"
      id={id}
      className={`xx-chart js-chart ${className ?? ''}`}
      style={{ height: `${height}px` }}
      onTouchStart={(e) => canvas.current?.touchStart(point(e.touches as unknown as CanvasTouchPoint[]))}
      onTouchMove={(e) => canvas.current?.touchMove(point(e.touches as unknown as CanvasTouchPoint[]))}
      onTouchEnd={(e) => canvas.current?.touchEnd(point(e.changedTouches as unknown as CanvasTouchPoint[]))}
    />
  );
}
