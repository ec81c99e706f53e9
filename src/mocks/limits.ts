/**
 * Counting tries at a secret so that a burst of parallel requests cannot compare more than the limit allows.
 *
 * A try is taken (counted as a failure, and the lock set when it is the last one) in the same synchronous step that
 * checks the lock, before the secret is compared; a right answer gives it back. A server that compares first and
 * counts after (`await hash(...)`, then `failures += 1`) lets every request of a burst be compared, and the right
 * guess through however many wrong ones came with it.
 */

/** Tries at one secret, as plain JSON (the browser mock keeps it across page loads). */
export interface TryCounter {
  /** Failures since the last lock ended (or the last success). */
  failures: number;
  /** Failures since the last success, across locks: what a ceiling counts. */
  consecutive: number;
  lockedUntil?: number;
}

export interface TryLimit {
  /** Failures that start a lock. */
  failuresBeforeLock: number;
  /** How long the first lock lasts. */
  lockMs: number;
  /**
   * When given, the locks grow instead of starting over: each failure after the first lock locks again, for twice
   * as long as the one before, up to this; only a right answer starts the count over. A patient who mistyped waits
   * a minute, while a guesser gets a few tries an hour.
   */
  maxLockMs?: number;
}

/** How long the `over`-th failure past the limit locks (0: the failure that reached it). */
const lockMsAfter = (limit: TryLimit, over: number): number =>
  limit.maxLockMs === undefined ? limit.lockMs : Math.min(limit.maxLockMs, limit.lockMs * 2 ** over);

export type TakenTry =
  /** The try may compare; `left` is how many remain after it, should it fail (0: this one starts the lock). */
  { taken: true; left: number } | { taken: false; lockedUntil: number };

export const newTryCounter = (): TryCounter => ({ failures: 0, consecutive: 0 });

/** Takes a try before anything is compared, or says until when tries are paused. */
export function takeTry(counter: TryCounter, limit: TryLimit, now: number): TakenTry {
  if (counter.lockedUntil !== undefined) {
    if (now < counter.lockedUntil) return { taken: false, lockedUntil: counter.lockedUntil };
    // The lock has run out: a fresh set of tries (the ceiling still counts them), unless the locks grow.
    if (limit.maxLockMs === undefined) counter.failures = 0;
    delete counter.lockedUntil;
  }
  counter.failures += 1;
  counter.consecutive += 1;
  const over = counter.failures - limit.failuresBeforeLock;
  if (over >= 0) counter.lockedUntil = now + lockMsAfter(limit, over);
  return { taken: true, left: Math.max(0, -over) };
}

/** A right answer: the try it took is given back, with every failure before it. */
export function giveBack(counter: TryCounter): void {
  counter.failures = 0;
  counter.consecutive = 0;
  delete counter.lockedUntil;
}

/** A try that turned out not to be a guess (the right code, too late): it no longer counts. */
export function returnTry(counter: TryCounter, limit: TryLimit): void {
  counter.failures = Math.max(0, counter.failures - 1);
  counter.consecutive = Math.max(0, counter.consecutive - 1);
  if (counter.failures < limit.failuresBeforeLock) delete counter.lockedUntil;
}
