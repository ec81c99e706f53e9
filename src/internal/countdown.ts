import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The wait before a new code may be asked for, counted on the portal's clock (so it holds when this device's clock is
 * wrong): the host renders again each second until it ends. The end is the latest one given (the one a code's answer
 * set, or the one a refusal asked for).
 */
export class ResendCountdown implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly clock: () => number;
  private ticker?: ReturnType<typeof setInterval>;
  private end = 0;

  /** `clock`: the portal's time in epoch milliseconds (the client's `serverNow`). */
  constructor(host: ReactiveControllerHost, clock: () => number) {
    this.host = host;
    this.clock = clock;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page (moved, or put back) while a wait runs: the countdown goes on.
    if (this.seconds > 0 && this.ticker === undefined) this.tick();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Counts down to `end` (epoch milliseconds), or to the end already set when that is later. */
  until(end: number): void {
    this.end = Math.max(this.end, end);
    this.stop();
    this.host.requestUpdate();
    this.tick();
  }

  /** Seconds left before a new code may be asked for; 0 when it may. */
  get seconds(): number {
    return Math.max(0, Math.ceil((this.end - this.clock()) / 1000));
  }

  private tick(): void {
    this.ticker = setInterval(() => {
      this.host.requestUpdate();
      if (this.seconds === 0) this.stop();
    }, 1000);
  }

  /** Stops counting (the step that showed it is gone); the end is kept. */
  stop(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** No wait any more: a new start. */
  reset(): void {
    this.stop();
    this.end = 0;
  }
}
