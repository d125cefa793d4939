// Taro build config shared by the weapp and H5 targets; dev.ts / prod.ts hold what differs by mode.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const core = path.resolve(root, 'cloudfunctions/core');

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xiangxun',
    date: '2025-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each target gets its own folder: a build wipes its outputRoot, and the host serves dist/h5.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // The cloud environment the mini program talks to, from WX_ENV_ID at build time (npm run deploy sets it).
    defineConstants: { XIANGXUN_CLOUD_ENV: JSON.stringify(process.env.WX_ENV_ID ?? '') },
    // The app imports the shared schemas and view types from the cloud functions' core.
    alias: {
      // The app's entry points into the core; the feature barrels come first so '@core' does not swallow them.
      '@core/vocabulary': path.resolve(root, 'cloudfunctions/core/vocabulary.ts'),
      // Pure and free of zod: the photo metadata stripper runs on the phone before upload (main package safe).
      '@core/photoMetadata': path.resolve(root, 'cloudfunctions/core/photoMetadata.ts'),
      '@core/stats': path.resolve(root, 'cloudfunctions/core/stats/index.ts'),
      '@core/trainings': path.resolve(root, 'cloudfunctions/core/trainings/index.ts'),
      '@core/activities': path.resolve(root, 'cloudfunctions/core/activities/index.ts'),
      '@core/workplan': path.resolve(root, 'cloudfunctions/core/workplan/index.ts'),
      '@core': path.resolve(root, 'cloudfunctions/core/index.ts'),
      '@': path.resolve(root, 'src'),
    },
    // Files copied beside the build: the browser asks every site for /favicon.ico (H5 only); the mini program's
    // sitemap (pages kept out of WeChat search) sits next to app.json.
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [{ from: 'src/favicon.ico', to: 'dist/h5/favicon.ico' }]
          : process.env.TARO_ENV === 'weapp'
            ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }]
            : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true },
    mini: {
      // The core is TypeScript outside src: Taro compiles only src unless told. zod ships ES2020+ (`?.`, `??`, class
      // fields) that older iOS JavaScriptCore rejects, so it goes through Babel too; npm run check:es2019 proves the
      // output parses as ES2019 (docs/deploy.md).
      compile: { include: [core, (modulePath: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(modulePath)] },
      miniCssExtractPluginOption: { ignoreOrder: true },
      // Modules used only by a subpackage move into that subpackage, keeping the main package small.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      compile: { include: [core] },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5; pages are lazy chunks, so the components library, the
        // gateway and zod would be copied into every page. Share them across pages instead.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
