// The UI's view of the desktop commands: `call` (every call goes through
// ipc.ts), every wire type (types.ts, generated from the shell's bindings),
// and a few readers of what a failed call rejected with.
export { call, CommandError } from './ipc';
export type { ArgsOf, CommandName, Commands, ResultOf } from './ipc';
export type * from './types';
import type { FileIssue } from './types';

/** The plain-words message of whatever an IPC call rejected with. */
export function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m.length > 0) return m;
  }
  if (typeof e === 'string' && e.length > 0) return e;
  return '';
}

/** The located problems a rejected call carried (a questionnaire file's, say). */
export function errorIssues(e: unknown): FileIssue[] {
  if (typeof e === 'object' && e !== null && 'issues' in e) {
    const i = (e as { issues?: unknown }).issues;
    if (Array.isArray(i)) return i as FileIssue[];
  }
  return [];
}

/** The error's kind, when it has one. */
export function errorKind(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'kind' in e) {
    const k = (e as { kind?: unknown }).kind;
    if (typeof k === 'string') return k;
  }
  return null;
}
