// A request refused before its body was read (no token, a one-time password) must still reach the client as an
// answer: a browser still sending a photo sees a connection reset, not the 401, if the server answers and closes
// mid-upload. So the body is read and dropped first, up to a limit; past it, the answer closes the connection.
import type { IncomingMessage } from 'node:http';

/** Longest wait for a stalled sender before giving up on the body (the answer then closes the connection). */
const DRAIN_TIMEOUT_MS = 30_000;

/** Reads the rest of the body into nothing; true when it ended within `limit` bytes. */
export function drainBody(raw: IncomingMessage, limit: number): Promise<boolean> {
  if (raw.complete || raw.readableEnded) return Promise.resolve(true);
  const declared = Number(raw.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(false);
  return new Promise((resolve) => {
    let seen = 0;
    const done = (ended: boolean) => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', onEnd).off('error', onFail).off('close', onFail);
      if (!ended) raw.pause();
      resolve(ended);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) done(false);
    };
    const onEnd = () => done(true);
    const onFail = () => done(raw.complete);
    const timer = setTimeout(() => done(false), DRAIN_TIMEOUT_MS);
    raw.on('data', onData).once('end', onEnd).once('error', onFail).once('close', onFail);
    raw.resume();
  });
}
