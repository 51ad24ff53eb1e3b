// The set-up's department list as the screen edits it before one save:
// rows with their stored id (null: new), moved, renamed, removed. Whether
// a name can be used is the core's rule (`check_department_name`); this
// file only keeps the list.

export interface DepartmentRow {
  /** The stored department, or null for one added on this screen. */
  id: string | null;
  name: string;
  /** People who answer for it; such a department cannot be removed. */
  respondents: number;
}

/** Moves the item at `index` by `delta` places; out-of-range moves change nothing. */
export function moveItem<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(index, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** The names of every row but the one at `except` (the names a new or renamed row must differ from). */
export function otherNames(rows: DepartmentRow[], except: number | null = null): string[] {
  return rows.filter((_, i) => i !== except).map((r) => r.name);
}
