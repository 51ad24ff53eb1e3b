// Home's Undo after a deletion: one offer at a time, and deleted means gone
// once the offer is gone. The core keeps a deleted assessment only so that
// Undo can bring it back; when the offer ends any other way than by Undo —
// its time runs out, it is closed, another deletion replaces it, or Home is
// left — the assessment is purged for good.

/** How long the Undo of a delete stays offered (Help says it in seconds). */
export const UNDO_MS = 10000;

/** The timer functions the offer uses (the window's; tests pass fakes). */
export type Timers = {
  set: (run: () => void, ms: number) => number;
  clear: (handle: number) => void;
};

const windowTimers: Timers = {
  set: (run, ms) => window.setTimeout(run, ms),
  clear: (handle) => window.clearTimeout(handle),
};

/** One deletion's Undo offer at a time; see the module comment. */
export class UndoOffer<T extends { id: string }> {
  private current: { item: T; timer: number } | null = null;

  constructor(
    private readonly options: {
      /** How long Undo is offered. */
      ms: number;
      /** Deletes the item for good. */
      purge: (id: string) => void;
      /** The item on offer changed (null: no offer). */
      onChange: (item: T | null) => void;
      timers?: Timers;
    },
  ) {}

  private get timers(): Timers {
    return this.options.timers ?? windowTimers;
  }

  /** Offers Undo for `item`; an earlier offer ends and its item is purged. */
  offer(item: T): void {
    this.end();
    const timer = this.timers.set(() => this.end(), this.options.ms);
    this.current = { item, timer };
    this.options.onChange(item);
  }

  /** Takes the item back for Undo (it is not purged); null when there is none. */
  undo(): T | null {
    const taken = this.take();
    if (taken) this.options.onChange(null);
    return taken;
  }

  /** Ends the offer (closed, timed out, replaced, Home left): its item is purged. */
  end(): void {
    const taken = this.take();
    if (!taken) return;
    this.options.onChange(null);
    this.options.purge(taken.id);
  }

  private take(): T | null {
    if (!this.current) return null;
    const { item, timer } = this.current;
    this.timers.clear(timer);
    this.current = null;
    return item;
  }
}
