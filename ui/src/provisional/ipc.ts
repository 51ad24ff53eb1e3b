// PROVISIONAL stand-in for ui/src/ipc.ts (owned by the shell helper), same
// shape: call(command, args?) sends `{ args }` and rejects with a
// CommandError carrying kind, message and issues. Delete when it lands.
import { invoke } from '@tauri-apps/api/core';
import type { CommandName, Commands, ErrorKind, FileIssue, WireError } from './types';

export type ArgsOf<K extends CommandName> = Commands[K]['args'];
export type ResultOf<K extends CommandName> = Commands[K]['result'];
export type CallArgs<K extends CommandName> = ArgsOf<K> extends null ? [] : [args: ArgsOf<K>];

export class CommandError extends Error implements WireError {
  readonly kind: ErrorKind;
  readonly issues: FileIssue[];
  constructor(wire: WireError) {
    super(wire.message);
    this.kind = wire.kind;
    this.issues = wire.issues;
  }
}

export async function call<K extends CommandName>(command: K, ...args: CallArgs<K>): Promise<ResultOf<K>> {
  const payload = args.length === 0 ? {} : { args: args[0] };
  try {
    return await invoke<ResultOf<K>>(command, payload);
  } catch (reason) {
    const w = reason as Partial<WireError>;
    throw new CommandError({ kind: w.kind ?? 'internal', message: w.message ?? String(reason), issues: w.issues ?? [] });
  }
}
