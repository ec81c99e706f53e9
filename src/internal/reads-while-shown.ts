import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Task, TaskStatus } from '@lit/task';

/** A read an element starts as it shows: whether it is under way, how to give it up, and how to start it again. */
export interface ShownRead {
  readonly underWay: boolean;
  giveUp(): void;
  again(): void;
}

/** A task as a read: under way while pending. */
export const taskRead = (task: Pick<Task, 'status' | 'abort' | 'run'>): ShownRead => ({
  get underWay() {
    return task.status === TaskStatus.PENDING;
  },
  giveUp: () => task.abort(),
  again: () => void task.run(),
});

/**
 * The reads an element starts as it shows, given up when the element leaves the page and started again when it is
 * put back: a page that takes the element away (a framework's route change) no longer pays for answers nobody will
 * see, and the client retries none of them. An element moved within the page (taken off and put back in the same
 * task) reads on. A read given up ends as an abort, which no element shows as a failure.
 */
export class ReadsWhileShown implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly reads: () => ShownRead[];
  private readonly givenUp = new Set<ShownRead>();

  constructor(host: ReactiveControllerHost & HTMLElement, reads: () => ShownRead[]) {
    this.host = host;
    this.reads = reads;
    host.addController(this);
  }

  hostConnected(): void {
    for (const read of this.givenUp) read.again();
    this.givenUp.clear();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      for (const read of this.reads()) {
        if (!read.underWay) continue;
        this.givenUp.add(read);
        read.giveUp();
      }
    });
  }
}
