// Pure logic of the department list in the set-up: add (no duplicates,
// compared without case or surrounding spaces), remove, move.

export type DeptResult = { ok: true; list: string[] } | { ok: false; reason: 'empty' | 'duplicate' };

export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function addDepartment(list: string[], name: string): DeptResult {
  const n = normaliseName(name);
  if (n === '') return { ok: false, reason: 'empty' };
  if (list.some((d) => d.toLocaleLowerCase() === n.toLocaleLowerCase())) return { ok: false, reason: 'duplicate' };
  return { ok: true, list: [...list, n] };
}

export function removeDepartment(list: string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** Moves the item at `index` by `delta` places; out-of-range moves change nothing. */
export function moveDepartment(list: string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(index, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}
