// H5 chart: ECharts on a plain <div>. echarts.ts is imported lazily, so the browser fetches the chart code
// (one chunk shared by every stats page) only when a chart is first shown.
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { DEFAULT_CHART_HEIGHT, tapOf, type ChartProps } from './types';
import './index.scss';

export default function Chart({ option, height = DEFAULT_CHART_HEIGHT, className, onTap }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef({ option, onTap });
  latest.current = { option, onTap };

  useEffect(() => {
    let gone = false;
    let observer: ResizeObserver | undefined;
    void import(/* webpackChunkName: "echarts" */ './echarts').then(({ echarts }) => {
      if (gone || !box.current) return;
      const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
      c.setOption(latest.current.option);
      c.on('click', (p) => latest.current.onTap?.(tapOf(p)));
      chart.current = c;
      // The card's width changes with the window (phone ↔ desk layout): the canvas follows it.
      observer = new ResizeObserver(() => c.resize());
      observer.observe(box.current);
    });
    return () => {
      gone = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className={`xx-chart js-chart ${className ?? ''}`} style={{ height: `${height}px` }} />;
}
