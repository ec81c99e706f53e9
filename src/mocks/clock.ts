/**
 * The mock portal's clock: real time plus an offset that tests and the demo move forward, so lockouts, code expiry
 * and idle sessions can be exercised without waiting.
 */
export class MockClock {
  /** Milliseconds added to the real time. */
  offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Moves the clock forward (or back, with a negative number). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the clock to a moment. */
  set(epochMs: number): void {
    this.offsetMs = epochMs - Date.now();
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
