// Chart text at a readable size whatever scales the chart: the desk shrinks its content with CSS zoom
// (DeskLayout, 0.72 on a PC), which would draw 12 px labels at under 9 px. Pure, so it is tested without a canvas.
import type { ChartOption } from './types';

/** The smallest text a chart draws, in screen pixels. */
export const MIN_CHART_TEXT_PX = 12;

type Json = unknown;

function scale(value: Json, factor: number): Json {
  if (Array.isArray(value)) return value.map((v) => scale(v, factor));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, v] of Object.entries(value)) {
    const px = key === 'fontSize' || key === 'lineHeight';
    out[key] =
      px && typeof v === 'number'
        ? Math.round(Math.max(v, key === 'fontSize' ? MIN_CHART_TEXT_PX : v) * factor)
        : scale(v, factor);
  }
  return out;
}

/** The option with every font size at least MIN_CHART_TEXT_PX on screen once `zoom` (the chart's CSS zoom) applies. */
export function readableOption(option: ChartOption, zoom = 1): ChartOption {
  const factor = zoom > 0 && zoom < 1 ? 1 / zoom : 1;
  const scaled = scale(option, factor) as ChartOption;
  // Text the option leaves to ECharts' defaults (axis names, tooltips' own text) follows the global style.
  return { ...scaled, textStyle: { fontSize: Math.round(MIN_CHART_TEXT_PX * factor), ...(scaled.textStyle ?? {}) } };
}
