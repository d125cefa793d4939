// The stats and trainings functions through the app's one gateway (services/cloud), typed by core/stats/api.ts.
// Once core/api.ts carries StatsApi, `call` knows these actions too and this stays a thin, still-correct alias.
import type { StatsApi } from '../../cloudfunctions/core/stats/api';
import { call } from '../services/cloud';

type Fn = keyof StatsApi;
type Action<F extends Fn> = keyof StatsApi[F] & string;
type Part<F extends Fn, A extends Action<F>, K extends 'payload' | 'result'> = StatsApi[F][A] extends Record<K, infer T> ? T : never;

export type StatsResult<F extends Fn, A extends Action<F>> = Part<F, A, 'result'>;

const untypedCall = call as unknown as (fn: string, action: string, payload: unknown) => Promise<unknown>;

export function statsCall<F extends Fn, A extends Action<F>>(fn: F, action: A, payload: Part<F, A, 'payload'>): Promise<StatsResult<F, A>> {
  return untypedCall(fn, action, payload) as Promise<StatsResult<F, A>>;
}
