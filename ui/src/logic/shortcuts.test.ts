import { describe, expect, it } from 'vitest';
import { keyAction } from './questionnaire';
import { liveKeyAction } from './live';
import {
  GLOBAL_SHORTCUTS,
  LIVE_SHORTCUTS,
  QUESTIONNAIRE_SHORTCUTS,
  globalKeyAction,
  isHelpKey,
  keyCap,
  parseCombo,
} from './shortcuts';
import { en } from '../i18n/en';

const none = { ctrl: false, alt: false, meta: false };

describe('the questionnaire shortcut list', () => {
  it('says for every key exactly what the key handler does', () => {
    let checked = 0;
    for (const s of QUESTIONNAIRE_SHORTCUTS) {
      expect(s.actions, s.does).toBeDefined();
      expect(s.actions?.length).toBe(s.keys.length);
      s.keys.forEach((key, i) => {
        expect(keyAction(key, none, false, false), `${key} (${s.does})`).toEqual(s.actions?.[i]);
        checked++;
      });
    }
    // 1–5, N, ?, C, ←, →, Enter, Delete, Backspace, R: fourteen keys.
    expect(checked).toBe(14);
  });

  it('lists every key the handler acts on (nothing handled goes unlisted)', () => {
    const listed = new Set(QUESTIONNAIRE_SHORTCUTS.flatMap((s) => s.keys));
    const candidates = [
      ...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ?!/ ',
      'ArrowLeft',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      'Enter',
      'Delete',
      'Backspace',
      'Escape',
      'F1',
      'Tab',
      'Home',
      'End',
    ];
    const handled = candidates.filter((k) => keyAction(k, none, false, false) !== null);
    // Lower-case n, c and r are the same shortcuts as N, C and R (shown once, in capitals).
    expect(handled.filter((k) => k !== 'n' && k !== 'c' && k !== 'r').sort()).toEqual([...listed].sort());
  });

  it('has a catalog text for everything it lists', () => {
    for (const s of [...QUESTIONNAIRE_SHORTCUTS, ...GLOBAL_SHORTCUTS]) expect(en[s.does], s.does).toBeTruthy();
  });
});

describe('the Help key', () => {
  it('is F1 without modifiers, and not the questionnaire’s ?', () => {
    const plain = { ctrl: false, alt: false, meta: false, shift: false };
    expect(isHelpKey('F1', plain)).toBe(true);
    expect(isHelpKey('F1', { ...plain, ctrl: true })).toBe(false);
    expect(isHelpKey('F1', { ...plain, shift: true })).toBe(false);
    expect(isHelpKey('?', plain)).toBe(false);
    expect(isHelpKey('F2', plain)).toBe(false);
    expect(GLOBAL_SHORTCUTS.some((s) => s.keys.includes('F1') && s.does === 'help.shortcut.help')).toBe(true);
  });
});

describe('the keys of every screen', () => {
  it('do what the list says, each listed combination', () => {
    let checked = 0;
    for (const s of GLOBAL_SHORTCUTS) {
      if (!s.global) continue;
      expect(s.global.length, s.does).toBe(s.keys.length);
      s.keys.forEach((combo, i) => {
        const { key, mods } = parseCombo(combo);
        expect(globalKeyAction(key, mods), combo).toEqual(s.global?.[i]);
        checked++;
      });
    }
    // F1, Ctrl+= and Ctrl++, Ctrl+-, Ctrl+0, Ctrl+Shift+P.
    expect(checked).toBe(6);
  });

  it('zoom with the keypad and with ⌘, and leave plain keys and Alt alone', () => {
    const plain = { ctrl: false, alt: false, meta: false, shift: false };
    expect(globalKeyAction('=', { ...plain, meta: true })).toEqual({ kind: 'zoom', change: 'in' });
    expect(globalKeyAction('-', { ...plain, ctrl: true })).toEqual({ kind: 'zoom', change: 'out' });
    expect(globalKeyAction('=', plain)).toBeNull();
    expect(globalKeyAction('0', plain)).toBeNull();
    expect(globalKeyAction('=', { ...plain, ctrl: true, alt: true })).toBeNull();
    expect(globalKeyAction('p', { ...plain, ctrl: true })).toBeNull();
    expect(globalKeyAction('p', { ...plain, ctrl: true, shift: true })).toEqual({ kind: 'presenter' });
  });

  it('read a listed combination as its key and modifiers', () => {
    expect(parseCombo('Ctrl++')).toEqual({ key: '+', mods: { ctrl: true, alt: false, meta: false, shift: true } });
    expect(parseCombo('Ctrl+Shift+P').mods.shift).toBe(true);
    expect(parseCombo('F1')).toEqual({ key: 'F1', mods: { ctrl: false, alt: false, meta: false, shift: false } });
  });
});

describe('key caps', () => {
  const german = (n: string) =>
    ({
      enter: 'Eingabe',
      escape: 'Esc',
      delete: 'Entf',
      pageUp: 'Bild ↑',
      pageDown: 'Bild ↓',
      ctrl: 'Strg',
      shift: 'Umschalt',
    })[n]!;
  it('show arrows as arrows and named keys in the keyboard’s words', () => {
    expect(keyCap('ArrowLeft', german)).toBe('←');
    expect(keyCap('ArrowRight', german)).toBe('→');
    expect(keyCap('Enter', german)).toBe('Eingabe');
    expect(keyCap('Delete', german)).toBe('Entf');
    expect(keyCap('PageDown', german)).toBe('Bild ↓');
    expect(keyCap('N', german)).toBe('N');
  });
  it('word each part of a combination', () => {
    expect(keyCap('Ctrl+Shift+P', german)).toBe('Strg+Umschalt+P');
    expect(keyCap('Ctrl+-', german)).toBe('Strg+-');
    expect(keyCap('Ctrl+=', german)).toBe('Strg+=');
  });
});

describe('the live session keys', () => {
  it('each listed key does what the list says', () => {
    const none = { ctrl: false, alt: false, meta: false, shift: false };
    for (const s of LIVE_SHORTCUTS) {
      expect(en[s.does], s.does).toBeTruthy();
      s.keys.forEach((key, i) => expect(liveKeyAction(key, none, false), key).toBe(s.live?.[i]));
    }
  });
});
