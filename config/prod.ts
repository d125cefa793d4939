// Production builds: Taro minifies by default; nothing else differs from the base config yet.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
