// A change in the live session (a participant joined or voted, the room
// moved on): the shell dispatches `cxm:live-changed` on the window, at most
// ten times a second; whoever shows live data loads it again.
import { useEffect, useRef } from 'react';

/** The window event the shell dispatches after a change in the live session. */
export const LIVE_CHANGED = 'cxm:live-changed';

/** Calls `onChange` after every change in the live session. */
export function useLiveChanges(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(() => {
    const handler = () => latest.current();
    window.addEventListener(LIVE_CHANGED, handler);
    return () => window.removeEventListener(LIVE_CHANGED, handler);
  }, []);
}
