// H5 chart: ECharts on a plain <div>. echarts.ts is imported lazily, so the browser fetches the chart code
// (one chunk shared by every stats page) only when a chart is first shown.
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { readableOption } from './readable';
import { DEFAULT_CHART_HEIGHT, tapOf, type ChartProps } from './types';
import './index.scss';

/** The CSS zoom the chart is drawn under (Chromium 128+ reports it; elsewhere no zoom is assumed). */
const zoomOf = (el: HTMLElement | null) =>
  (el as (HTMLElement & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;

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
      c.setOption(readableOption(latest.current.option, zoomOf(box.current)));
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
    chart.current?.setOption(readableOption(option, zoomOf(box.current)), { notMerge: true });
  }, [option]);

  return <div ref={box} className={`xx-chart js-chart ${className ?? ''}`} style={{ height: `${height}px` }} />;
}
