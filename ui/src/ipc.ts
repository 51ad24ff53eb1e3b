// The one door from the UI to the desktop app: every IPC call goes through
// `call()`, typed by the command map generated from the Rust command table
// (ui/src/bindings/commands.ts). No bare `invoke` anywhere else.
//
// On the wire a command with arguments receives them as `{ args: {...} }`
// (one struct per command, camelCase); a command without arguments receives
// `{}`. Mocked-IPC tests see the same payload shape.
//
// A failed command rejects with a `CommandError` whose `message` is plain
// words for the user and whose `kind` is one of a closed set.

import { invoke } from '@tauri-apps/api/core';
import type { CommandName, Commands } from './bindings/commands';
import type { ErrorKind } from './bindings/ErrorKind';
import type { FileIssue } from './bindings/FileIssue';
import type { WireError } from './bindings/WireError';
import { t } from './i18n';

export type { CommandName, Commands, ErrorKind, FileIssue, WireError };

/** The argument type of a command (`null`: it takes none). */
export type ArgsOf<K extends CommandName> = Commands[K]['args'];
/** The result type of a command. */
export type ResultOf<K extends CommandName> = Commands[K]['result'];

/** `call("list_assessments")` for commands without arguments, `call("save_answer", {...})` otherwise. */
export type CallArgs<K extends CommandName> = ArgsOf<K> extends null ? [] : [args: ArgsOf<K>];

const KINDS: readonly ErrorKind[] = [
  'notFound',
  'invalidInput',
  'invalidQuestionnaire',
  'invalidPack',
  'storage',
  'report',
  'io',
  'locked',
  'passphrase',
  'internal',
];

/** A command's failure, as the user should read it. */
export class CommandError extends Error implements WireError {
  readonly kind: ErrorKind;
  readonly issues: FileIssue[];
  readonly command: CommandName;

  constructor(command: CommandName, wire: WireError) {
    super(wire.message);
    this.name = 'CommandError';
    this.command = command;
    this.kind = wire.kind;
    this.issues = wire.issues;
  }
}

/** Is `value` a `{kind, message, issues}` sent by the Rust side? */
export function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    (KINDS as readonly string[]).includes(v.kind) &&
    typeof v.message === 'string' &&
    Array.isArray(v.issues)
  );
}

/**
 * Turns whatever a rejected `invoke` gave into a `WireError`. Tauri itself
 * rejects with a bare string when a command is not allowed or not found;
 * that is a bug of the app, never the user's doing, so it reads as such
 * (the original is logged to the console for developers).
 */
export function toWireError(reason: unknown): WireError {
  if (isWireError(reason)) return reason;
  console.error('IPC failure', reason);
  return {
    kind: 'internal',
    message: t('common.internal'),
    issues: [],
  };
}

/** Calls a desktop command, fully typed in its name, argument and result. */
export async function call<K extends CommandName>(command: K, ...args: CallArgs<K>): Promise<ResultOf<K>> {
  const payload = args.length === 0 ? {} : { args: args[0] };
  try {
    return await invoke<ResultOf<K>>(command, payload);
  } catch (reason) {
    throw new CommandError(command, toWireError(reason));
  }
}
