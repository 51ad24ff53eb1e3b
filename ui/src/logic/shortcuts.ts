// The app's keyboard shortcuts, listed once: the questionnaire's hint line
// and the Help screen both render these lists, and the unit tests check each
// listed key against the handler that really acts on it (keyAction,
// globalKeyAction).
import type { MessageKey } from '../i18n';
import type { LiveKey } from './live';
import type { KeyAction } from './questionnaire';
import type { ZoomChange } from './zoom';

/** What a key does on every screen. */
export type GlobalAction = { kind: 'help' } | { kind: 'zoom'; change: ZoomChange } | { kind: 'presenter' };

export interface Shortcut {
  /** The keys, as `KeyboardEvent.key` values, in the order shown. */
  keys: readonly string[];
  /** Shown as a range ("1–5") rather than one key after another. */
  range?: boolean;
  /** What pressing it does, as a catalog key. */
  does: MessageKey;
  /**
   * For keys `keyAction` handles: what it returns for each key (same order
   * as `keys`). The tests hold the list to it, so the hint cannot drift
   * from the behaviour.
   */
  actions?: readonly KeyAction[];
  /** For keys `globalKeyAction` handles, the same: what it returns for each key. */
  global?: readonly GlobalAction[];
  /** For keys `liveKeyAction` handles, the same: what it returns for each key. */
  live?: readonly LiveKey[];
  /** Shown under a question only while presenting (it does nothing otherwise). */
  presenterOnly?: boolean;
  /** Shown under a question only while the respondent has answers carried from the last round. */
  carriedOnly?: boolean;
}

/** The questionnaire's keys (outside its comment field). */
export const QUESTIONNAIRE_SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['1', '2', '3', '4', '5'],
    range: true,
    does: 'q.shortcut.choose',
    actions: ([1, 2, 3, 4, 5] as const).map((value) => ({ kind: 'answer', value })),
  },
  { keys: ['N'], does: 'q.shortcut.na', actions: [{ kind: 'answer', value: 'na' }] },
  { keys: ['?'], does: 'q.shortcut.unknown', actions: [{ kind: 'answer', value: 'unknown' }] },
  { keys: ['C'], does: 'q.shortcut.confirm', actions: [{ kind: 'confirm' }], carriedOnly: true },
  { keys: ['ArrowLeft', 'ArrowRight'], does: 'q.shortcut.move', actions: [{ kind: 'prev' }, { kind: 'next' }] },
  { keys: ['Enter'], does: 'q.shortcut.next', actions: [{ kind: 'next' }] },
  { keys: ['Delete', 'Backspace'], does: 'q.shortcut.clear', actions: [{ kind: 'clear' }, { kind: 'clear' }] },
  { keys: ['R'], does: 'q.shortcut.reveal', actions: [{ kind: 'reveal' }], presenterOnly: true },
];

/** The keys of a paced live session's projector view (outside fields). */
export const LIVE_SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown'],
    does: 'help.shortcut.liveMove',
    live: ['prev', 'next', 'prev', 'next'],
  },
];

/** Keys that work on every screen. */
export const GLOBAL_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['F1'], does: 'help.shortcut.help', global: [{ kind: 'help' }] },
  { keys: ['Tab'], does: 'help.shortcut.tab' },
  { keys: ['Escape'], does: 'help.shortcut.escape' },
  {
    keys: ['Ctrl+=', 'Ctrl++'],
    does: 'help.shortcut.zoomIn',
    global: [
      { kind: 'zoom', change: 'in' },
      { kind: 'zoom', change: 'in' },
    ],
  },
  { keys: ['Ctrl+-'], does: 'help.shortcut.zoomOut', global: [{ kind: 'zoom', change: 'out' }] },
  { keys: ['Ctrl+0'], does: 'help.shortcut.zoomReset', global: [{ kind: 'zoom', change: 'reset' }] },
  { keys: ['Ctrl+Shift+P'], does: 'help.shortcut.presenter', global: [{ kind: 'presenter' }] },
];

/** The keys whose cap is worded differently on each language's keyboard. */
export type KeyName = 'enter' | 'escape' | 'delete' | 'pageUp' | 'pageDown' | 'ctrl' | 'shift';

const NAMED: Record<string, KeyName> = {
  Enter: 'enter',
  Escape: 'escape',
  Delete: 'delete',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Ctrl: 'ctrl',
  Shift: 'shift',
};

/**
 * What a key cap shows for a `KeyboardEvent.key` value or a combination
 * like `Ctrl+Shift+P`: arrows as arrows, and the keys a German or French
 * keyboard labels differently (Strg, Entf, Bild ↓; Maj, Suppr) in `name`'s
 * words.
 */
export function keyCap(key: string, name: (key: KeyName) => string): string {
  switch (key) {
    case 'ArrowLeft':
      return '←';
    case 'ArrowRight':
      return '→';
    case 'Backspace':
      return '⌫';
    case '+':
      return key;
  }
  const named = NAMED[key];
  if (named) return name(named);
  if (key.includes('+') && key.length > 1) {
    const parts = key.split('+');
    // `Ctrl+-`: the last part may itself be a sign.
    return parts.map((p) => (NAMED[p] ? name(NAMED[p]) : p)).join('+');
  }
  return key;
}

/**
 * Does this key press open Help? F1 without a modifier, on every screen
 * (also inside text fields: F1 types nothing). `?` stays the questionnaire's
 * "don't know", so it does not open Help anywhere, to keep one meaning.
 */
export function isHelpKey(key: string, mods: Mods): boolean {
  return key === 'F1' && !mods.ctrl && !mods.alt && !mods.meta && !mods.shift;
}

export interface Mods {
  ctrl: boolean;
  alt: boolean;
  meta: boolean;
  shift: boolean;
}

/**
 * What a key press does on every screen, also inside text fields (none of
 * these keys types anything there). Zoom answers to Ctrl (or ⌘) with = or +
 * (with or without Shift, main row or keypad), - and 0; presenter mode to
 * Ctrl+Shift+P.
 */
export function globalKeyAction(key: string, mods: Mods): GlobalAction | null {
  if (isHelpKey(key, mods)) return { kind: 'help' };
  const command = (mods.ctrl || mods.meta) && !mods.alt;
  if (!command) return null;
  if (mods.shift && (key === 'P' || key === 'p')) return { kind: 'presenter' };
  if (key === '=' || key === '+') return { kind: 'zoom', change: 'in' };
  if ((key === '-' || key === '_') && !mods.shift) return { kind: 'zoom', change: 'out' };
  if (key === '0' && !mods.shift) return { kind: 'zoom', change: 'reset' };
  return null;
}

/** A listed key such as "Ctrl+Shift+P" as the key and modifiers a press of it sends. */
export function parseCombo(combo: string): { key: string; mods: Mods } {
  const parts = combo.length > 1 && combo.endsWith('+') ? [...combo.slice(0, -2).split('+'), '+'] : combo.split('+');
  const key = parts[parts.length - 1]!;
  const has = (m: string) => parts.slice(0, -1).includes(m);
  return { key, mods: { ctrl: has('Ctrl'), alt: has('Alt'), meta: has('Meta'), shift: has('Shift') || key === '+' } };
}
