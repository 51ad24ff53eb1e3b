// PROVISIONAL stand-in for ui/src/ipc.ts (owned by the shell helper): the
// one place that calls Tauri's invoke. Delete when the real one lands.
import { invoke } from '@tauri-apps/api/core';

export async function call<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
  return invoke<T>(cmd, args);
}
