// What a chart takes, on both targets. Type-only imports: nothing here pulls echarts into a bundle.
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** An option using only what echarts.ts registers, so a chart can never ask for a part that is not built in. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

/** The item a person tapped: which series and which category (bar, point or slice). */
export interface ChartTap {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

export interface ChartProps {
  option: ChartOption;
  /** Height in screen pixels; the width follows the card. */
  height?: number;
  className?: string;
  onTap?: (tap: ChartTap) => void;
}

export const DEFAULT_CHART_HEIGHT = 240;

/** ECharts' click parameters narrowed to what callers need. */
export const tapOf = (p: { seriesIndex?: number; dataIndex?: number; name?: string }): ChartTap => ({
  seriesIndex: p.seriesIndex ?? 0,
  dataIndex: p.dataIndex ?? 0,
  name: p.name ?? '',
});
