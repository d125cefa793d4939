// Renders a hook in a jsdom document with React 18's act, without a testing library: the result is read after
// every commit, and `rerender` passes new props as a page would.
import { JSDOM } from 'jsdom';
import { act, createElement, type ReactElement } from 'react';
import type * as ReactDomClient from 'react-dom/client';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
const { window } = dom;
Object.assign(globalThis, {
  window,
  document: window.document,
  navigator: window.navigator,
  IS_REACT_ACT_ENVIRONMENT: true,
});
// Required after the globals above exist: react-dom looks for a document when it loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createRoot } = require('react-dom/client') as typeof ReactDomClient;

export interface Rendered<P, R> {
  readonly current: R;
  rerender(props: P): Promise<void>;
  unmount(): Promise<void>;
}

export async function renderHook<P, R>(hook: (props: P) => R, props: P): Promise<Rendered<P, R>> {
  const box: { current?: R } = {};
  function Probe(p: { props: P }): ReactElement | null {
    box.current = hook(p.props);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe, { props })));
  return {
    get current() {
      return box.current as R;
    },
    rerender: (next) => act(async () => root.render(createElement(Probe, { props: next }))),
    unmount: () => act(async () => root.unmount()),
  };
}

/** Lets pending promise callbacks and the React updates they cause settle. */
export const settle = () => act(async () => new Promise<void>((r) => setTimeout(r, 0)));

/** A promise the test resolves or rejects when it chooses: a server answer arriving late. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Runs what a tap would (a save, a decision) inside act; `wait: false` starts it without waiting for its answer. */
export async function tap(run: () => unknown, wait = true): Promise<void> {
  await act(async () => {
    const running = run();
    if (wait) await running;
  });
}
