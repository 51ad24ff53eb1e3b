// Which fields of a form are at fault: the form's own checks, or a refused
// call whose error names a field. The core names a refused value's field
// in the error's one issue (`path`: `organisation`, `actionDue`…); a
// questionnaire file's problems carry JSON paths, which all belong to the
// file field. Each form says which paths are its fields.
import type { FileIssue } from '../api';

/** A message per field at fault (no entry: the field is fine). */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * The fields a refused call names: each issue whose path `fieldOf` maps to
 * a field of the form gets that issue's message (the first per field).
 * Issues of no field are left to the form's general error.
 */
export function fieldErrorsOf<K extends string>(
  issues: readonly FileIssue[],
  fieldOf: (path: string) => K | null,
): FieldErrors<K> {
  const out: FieldErrors<K> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field !== null && out[field] === undefined) out[field] = issue.message;
  }
  return out;
}

/** A `fieldOf` for forms whose fields have keys of their own: the core's key → the form's. */
export function byKey<K extends string>(keys: Partial<Record<string, K>>): (path: string) => K | null {
  return (path) => keys[path] ?? null;
}

/** The first field at fault in the form's order (where focus goes), or null. */
export function firstAtFault<K extends string>(errors: FieldErrors<K>, order: readonly K[]): K | null {
  return order.find((k) => errors[k] !== undefined) ?? null;
}

/** The errors with `field`'s removed (the user changed it, or it saved). */
export function withoutField<K extends string>(errors: FieldErrors<K>, field: K): FieldErrors<K> {
  if (errors[field] === undefined) return errors;
  const rest = { ...errors };
  delete rest[field];
  return rest;
}
