// The order of saves: editors that save each change the moment it is made
// (targets, roadmap fields, branding) send them through one queue each.

/**
 * Runs async tasks one after another, in the order they were queued, so two
 * quick edits reach the core in the order the user made them and the last
 * answer shown is the newest. A failed task does not stop the next.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
