import { describe, expect, it } from 'vitest';
import { UndoOffer, type Timers } from './undoOffer';

/** Timers run by hand: `elapse(ms)` fires every timer due by then. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (handle) => void due.delete(handle),
  };
  function elapse(ms: number) {
    now += ms;
    for (const [handle, t] of [...due]) {
      if (t.at <= now) {
        due.delete(handle);
        t.run();
      }
    }
  }
  return { timers, elapse, pending: () => due.size };
}

function setUp() {
  const clock = fakeTimers();
  const purged: string[] = [];
  const shown: (string | null)[] = [];
  const offer = new UndoOffer<{ id: string }>({
    ms: 10_000,
    purge: (id) => purged.push(id),
    onChange: (item) => shown.push(item?.id ?? null),
    timers: clock.timers,
  });
  return { clock, purged, shown, offer };
}

describe('UndoOffer', () => {
  it('purges when the offer runs out, not before', () => {
    const { clock, purged, shown, offer } = setUp();
    offer.offer({ id: 'a' });
    clock.elapse(9_999);
    expect(purged).toEqual([]);
    clock.elapse(1);
    expect(purged).toEqual(['a']);
    expect(shown).toEqual(['a', null]);
  });

  it('Undo takes the item back and never purges it', () => {
    const { clock, purged, offer } = setUp();
    offer.offer({ id: 'a' });
    expect(offer.undo()).toEqual({ id: 'a' });
    clock.elapse(20_000);
    offer.end();
    expect(purged).toEqual([]);
    expect(clock.pending()).toBe(0);
    expect(offer.undo()).toBeNull();
  });

  it('closing the offer, or leaving Home, purges at once and only once', () => {
    const { clock, purged, offer } = setUp();
    offer.offer({ id: 'a' });
    offer.end();
    offer.end();
    clock.elapse(20_000);
    expect(purged).toEqual(['a']);
  });

  it('a second deletion purges the first and offers the second', () => {
    const { clock, purged, shown, offer } = setUp();
    offer.offer({ id: 'a' });
    clock.elapse(5_000);
    offer.offer({ id: 'b' });
    expect(purged).toEqual(['a']);
    // The second offer has its full time.
    clock.elapse(9_000);
    expect(purged).toEqual(['a']);
    clock.elapse(1_000);
    expect(purged).toEqual(['a', 'b']);
    expect(shown).toEqual(['a', null, 'b', null]);
  });
});
