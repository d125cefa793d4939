// Taro's build picks index.h5.tsx or index.weapp.tsx for its target; TypeScript and jest see this file,
// which stands for the H5 one (the two share ChartProps).
export { default } from './index.h5';
export type { ChartOption, ChartProps, ChartTap } from './types';
