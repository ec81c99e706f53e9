import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Task, TaskStatus } from '@lit/task';

/** What a task reads with, as far as giving it up and starting it again go. */
type Read = Pick<Task, 'status' | 'abort' | 'run'>;

/**
 * The reads an element starts as it shows (its tasks), given up when the element leaves the page and started again
 * when it is put back: a page that takes the element away (a framework's route change) no longer pays for answers
 * nobody will see, and the client retries none of them. An element moved within the page (taken off and put back in
 * the same task) reads on. A read given up ends as an abort, which no element shows as a failure.
 */
export class ReadsWhileShown implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly reads: () => Read[];
  private readonly givenUp = new Set<Read>();

  constructor(host: ReactiveControllerHost & HTMLElement, reads: () => Read[]) {
    this.host = host;
    this.reads = reads;
    host.addController(this);
  }

  hostConnected(): void {
    for (const read of this.givenUp) void read.run();
    this.givenUp.clear();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      for (const read of this.reads()) {
        if (read.status !== TaskStatus.PENDING) continue;
        this.givenUp.add(read);
        read.abort();
      }
    });
  }
}
