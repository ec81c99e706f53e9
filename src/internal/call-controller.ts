import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/errors.js';

/** How a call ended: with its value, or with a failure. A call given up ends with nothing (`undefined`). */
export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The lifecycle of an element's calls to the server, one at a time: a new call gives up the one before it, the
 * element leaving the page gives up the one under way, and an answer that comes after its call was given up changes
 * nothing. `run` answers the call's value or its failure, or `undefined` for a call given up; `busy` is true while
 * a call is under way, and the element renders again when it changes. A call's signal stays live after it answered,
 * until the next call or `cancel()`, for what the answer goes on reading (the next pages of a search).
 */
export class CallController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  /** The last call's abort: given up by the next call, `cancel()` or the element leaving. */
  private last?: AbortController;
  private running = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether a call is under way. */
  get busy(): boolean {
    return this.running;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  async run<T>(request: (signal: AbortSignal) => Promise<T>): Promise<CallOutcome<T> | undefined> {
    this.last?.abort();
    const controller = new AbortController();
    this.last = controller;
    this.setRunning(true);
    try {
      const value = await request(controller.signal);
      return controller.signal.aborted ? undefined : { ok: true, value };
    } catch (error) {
      return controller.signal.aborted || isAbortError(error) ? undefined : { ok: false, error };
    } finally {
      if (this.last === controller) this.setRunning(false);
    }
  }

  /** Gives up the last call, under way or still reading on. */
  cancel(): void {
    this.last?.abort();
    this.last = undefined;
    this.setRunning(false);
  }

  private setRunning(running: boolean): void {
    if (this.running === running) return;
    this.running = running;
    this.host.requestUpdate();
  }
}
