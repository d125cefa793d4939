// The real clock and the id maker the local host puts into every function's Context.
import crypto from 'node:crypto';
import type { Clock } from '../../core/ports';

export const systemClock: Clock = { now: () => new Date() };

/** 32 hex characters: a random UUID without its dashes (core's invite codes read hex from it). */
export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
