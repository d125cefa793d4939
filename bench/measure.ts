// Timing helpers for the benchmarks: run an operation n times and summarise its latencies in milliseconds.
import { performance } from 'node:perf_hooks';

export interface Summary {
  name: string;
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export async function measure(
  name: string,
  n: number,
  op: (i: number) => Promise<unknown> | unknown,
): Promise<Summary> {
  for (let i = 0; i < Math.min(5, n); i++) await op(-1 - i); // warm-up: JIT, statement cache
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await op(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { name, n, p50: at(0.5), p95: at(0.95), mean: times.reduce((s, t) => s + t, 0) / n };
}

export function formatRow(s: Summary, budgetP95?: number): string {
  const ms = (v: number) => `${v.toFixed(2).padStart(8)} ms`;
  const budget =
    budgetP95 === undefined ? '' : `  budget p95 ${budgetP95} ms (${((s.p95 / budgetP95) * 100).toFixed(0)}%)`;
  return `${s.name.padEnd(44)} n=${String(s.n).padStart(4)} p50 ${ms(s.p50)} p95 ${ms(s.p95)}${budget}`;
}
