// One call that changes something (a decision, a save, a removal): whether it is running and for what, the banner
// error of the last attempt, and afterwards the queries it changed load again. The one busy/try/catch/finally.
import { useRef, useState } from 'react';
import { invalidate, type QueryKey } from '@/lib/query';
import { messageOf } from '@/services/envelope';

export interface ActionOptions<A, R> {
  /** What the change makes stale: these queries load again after a success. */
  invalidates?: QueryKey[];
  onDone?: (result: R, arg: A) => void;
  /** A failure worth more than its message (a CONFLICT: reload what is shown). */
  onError?: (err: unknown) => void;
}

export function useAction<A, R>(send: (arg: A) => Promise<R>, options: ActionOptions<A, R> = {}) {
  const [running, setRunning] = useState<{ arg: A } | null>(null);
  const [error, setError] = useState('');
  const inFlight = useRef(false);

  /** Answers whether it succeeded; a failure shows its error, a tap while another run is going does nothing. */
  const run = async (arg: A): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setRunning({ arg });
    setError('');
    try {
      const result = await send(arg);
      if (options.invalidates) invalidate(...options.invalidates);
      options.onDone?.(result, arg);
      return true;
    } catch (err) {
      setError(messageOf(err));
      options.onError?.(err);
      return false;
    } finally {
      inFlight.current = false;
      setRunning(null);
    }
  };

  return {
    run,
    busy: running !== null,
    /** What the running call is for (which decision, which row), so only its button spins. */
    pending: running ? running.arg : null,
    error,
    setError,
  };
}
