// Makes a mini-program <canvas type="2d"> node look enough like an HTML canvas for ECharts (zrender), and
// turns the canvas's touches into the mouse events zrender listens for. Modelled on echarts-for-weixin's
// wx-canvas.js: zrender reads `width`/`height`, calls getContext('2d') and (un)registers DOM listeners.
import type { EChartsType } from 'echarts/core';

/** The parts of the mini-program's Canvas node that the adapter uses. */
export interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}

/** A canvas touch: x and y are relative to the canvas itself. */
export interface CanvasTouchPoint {
  x: number;
  y: number;
}

type PointerEvent = 'mousedown' | 'mousemove' | 'mouseup' | 'click';

export class WxCanvas {
  private chart: EChartsType | null = null;

  constructor(
    private readonly node: CanvasNode,
    private readonly ctx: unknown = node.getContext('2d'),
  ) {}

  getContext(type: string): unknown {
    return type === '2d' ? this.ctx : null;
  }

  setChart(chart: EChartsType | null): void {
    this.chart = chart;
  }

  // zrender sizes the backing store (CSS size × pixel ratio) through these.
  get width(): number {
    return this.node.width;
  }

  set width(w: number) {
    this.node.width = w;
  }

  get height(): number {
    return this.node.height;
  }

  set height(h: number) {
    this.node.height = h;
  }

  // No DOM events in a mini-program: the page forwards touches through touchStart/Move/End instead.
  addEventListener(): void {}
  removeEventListener(): void {}
  attachEvent(): void {}
  detachEvent(): void {}

  /** A finger down shows the tooltip at once, as a hover would with a mouse. */
  touchStart(p: CanvasTouchPoint | undefined): void {
    this.dispatch(['mousedown', 'mousemove'], p);
  }

  touchMove(p: CanvasTouchPoint | undefined): void {
    this.dispatch(['mousemove'], p);
  }

  /** Lifting the finger is a click: that is what opens the detail behind a bar or slice. */
  touchEnd(p: CanvasTouchPoint | undefined): void {
    this.dispatch(['mouseup', 'click'], p);
  }

  private dispatch(names: PointerEvent[], p: CanvasTouchPoint | undefined): void {
    if (!this.chart || !p) return;
    const handler = this.chart.getZr().handler;
    for (const name of names) handler.dispatch(name, { zrX: p.x, zrY: p.y });
  }
}
