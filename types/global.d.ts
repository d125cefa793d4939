/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.scss';

declare namespace NodeJS {
  // Optional: the host and tests build their own environments; only Taro builds always set these.
  interface ProcessEnv {
    /** The target Taro builds for; code behind `process.env.TARO_ENV === 'h5'` is dropped from other targets. */
    TARO_ENV?: 'weapp' | 'h5';
    TARO_APP_ID?: string;
  }
}
