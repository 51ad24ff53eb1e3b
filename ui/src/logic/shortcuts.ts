// The app's keyboard shortcuts, listed once: the questionnaire's hint line
// and the Help screen both render these lists, and the unit tests check each
// listed key against the handler that really acts on it (keyAction, isHelpKey).
import type { MessageKey } from '../i18n';
import type { KeyAction } from './questionnaire';

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
  { keys: ['ArrowLeft', 'ArrowRight'], does: 'q.shortcut.move', actions: [{ kind: 'prev' }, { kind: 'next' }] },
  { keys: ['Enter'], does: 'q.shortcut.next', actions: [{ kind: 'next' }] },
];

/** Keys that work on every screen. */
export const GLOBAL_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['F1'], does: 'help.shortcut.help' },
  { keys: ['Tab'], does: 'help.shortcut.tab' },
  { keys: ['Escape'], does: 'help.shortcut.escape' },
];

/** What a key cap shows for a `KeyboardEvent.key` value. */
export function keyCap(key: string, enterLabel: string): string {
  switch (key) {
    case 'ArrowLeft':
      return '←';
    case 'ArrowRight':
      return '→';
    case 'Enter':
      return enterLabel;
    case 'Escape':
      return 'Esc';
    default:
      return key;
  }
}

/**
 * Does this key press open Help? F1 without a modifier, on every screen
 * (also inside text fields: F1 types nothing). `?` stays the questionnaire's
 * "don't know", so it does not open Help anywhere, to keep one meaning.
 */
export function isHelpKey(key: string, mods: { ctrl: boolean; alt: boolean; meta: boolean; shift: boolean }): boolean {
  return key === 'F1' && !mods.ctrl && !mods.alt && !mods.meta && !mods.shift;
}
