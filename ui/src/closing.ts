// Closing the window without losing what was typed. When the window is
// asked to close, the shell tells the page (`cxm:closing`) and waits: every
// screen that holds unsaved text has registered a flush here; once all of
// them have finished (saved or failed), the page asks the shell to close.
// The shell closes anyway after a few seconds, so a stuck save never keeps
// the window open.
import { call } from './ipc';

type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

/** Registers what to save before the window closes; returns the unregister. */
export function onClosing(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Answers the shell's close request; called once at start. */
export function listenForClosing(): void {
  window.addEventListener('cxm:closing', () => {
    void Promise.allSettled([...flushes].map((f) => f())).then(() => call('finish_closing'));
  });
}
