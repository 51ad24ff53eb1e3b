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

/**
 * What to send to turn the stored departments into the wanted list of
 * names: which to remove (by id), which names to add, and — once every
 * wanted name exists — the id order to store (null when already in order).
 */
export function planDepartmentChanges(
  current: { id: string; name: string; position: number }[],
  wanted: string[],
): { remove: string[]; add: string[]; order: string[] | null } {
  const byName = new Map(current.map((d) => [d.name, d]));
  const remove = current.filter((d) => !wanted.includes(d.name)).map((d) => d.id);
  const add = wanted.filter((n) => !byName.has(n));
  if (add.length > 0) return { remove, add, order: null };
  const ids = wanted.map((n) => byName.get(n)!.id);
  const now = [...current]
    .filter((d) => wanted.includes(d.name))
    .sort((a, b) => a.position - b.position)
    .map((d) => d.id);
  const same = ids.length === now.length && ids.every((id, i) => id === now[i]);
  return { remove, add, order: same ? null : ids };
}
