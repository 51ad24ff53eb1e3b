// Counts over the roadmap the core planned, for the Targets and Roadmap
// screens, and the Roadmap table's rows and filters. Nothing here places an
// action in a phase: the core did (phases, order, the capacity cut); these
// only count, list and filter what it returned.
import type { ActionStatusName, ActionView, PhaseName, RoadmapView } from '../api';

export type PhaseCounts = Record<PhaseName, number>;

const zero = (): PhaseCounts => ({ now: 0, next: 0, later: 0 });

/** Actions the roadmap keeps (not dropped), per phase. */
export function phaseCounts(r: RoadmapView): PhaseCounts {
  const out = zero();
  for (const p of r.phases) out[p.phase] = p.actions.filter((a) => !a.dropped).length;
  return out;
}

/** Actions the roadmap keeps, per dimension and phase. */
export function countsByDimension(r: RoadmapView): Map<string, PhaseCounts> {
  const out = new Map<string, PhaseCounts>();
  for (const p of r.phases)
    for (const a of p.actions) {
      if (a.dropped) continue;
      const c = out.get(a.dimensionId) ?? zero();
      c[p.phase] += 1;
      out.set(a.dimensionId, c);
    }
  return out;
}

/** The dropped actions of every phase, with the phase they were planned in. */
export function droppedActions(r: RoadmapView): { phase: PhaseName; action: ActionView }[] {
  return r.phases.flatMap((p) => p.actions.filter((a) => a.dropped).map((action) => ({ phase: p.phase, action })));
}

/** One row of the roadmap table: the action, its phase, and its number in
 * the whole plan (1, 2, … in the core's order across the phases, dropped
 * actions included), which stays the same whatever the filters. */
export interface RoadmapRow {
  n: number;
  phase: PhaseName;
  action: ActionView;
}

/** A status as the table filters it: one the consultant set, none set
 * yet, or dropped (a dropped action matches only `dropped`). */
export type StatusFilter = ActionStatusName | 'none' | 'dropped';

/** The table's filters; `null` lets every value through. */
export interface RoadmapFilter {
  phase: PhaseName | null;
  dimension: string | null;
  owner: string | null;
  status: StatusFilter | null;
}

export const NO_FILTER: RoadmapFilter = { phase: null, dimension: null, owner: null, status: null };

/** Every action of the roadmap as a numbered row, in the core's order. */
export function roadmapRows(r: RoadmapView): RoadmapRow[] {
  let n = 0;
  return r.phases.flatMap((p) => p.actions.map((action) => ({ n: ++n, phase: p.phase, action })));
}

/** The status a row is filtered by. */
export function statusOf(a: ActionView): StatusFilter {
  return a.dropped ? 'dropped' : (a.status ?? 'none');
}

/** The rows every set filter lets through, in their order. */
export function filterRows(rows: RoadmapRow[], f: RoadmapFilter): RoadmapRow[] {
  return rows.filter(
    ({ phase, action: a }) =>
      (f.phase === null || phase === f.phase) &&
      (f.dimension === null || a.dimensionId === f.dimension) &&
      (f.owner === null || a.owner === f.owner) &&
      (f.status === null || statusOf(a) === f.status),
  );
}

/** The choices of the dimension and owner filters: dimensions in the order
 * they first appear in the plan, owners in alphabetical order, each once. */
export function filterChoices(r: RoadmapView): { dimensions: { id: string; title: string }[]; owners: string[] } {
  const dimensions = new Map<string, string>();
  const owners = new Set<string>();
  for (const p of r.phases)
    for (const a of p.actions) {
      if (!dimensions.has(a.dimensionId)) dimensions.set(a.dimensionId, a.dimensionTitle);
      owners.add(a.owner);
    }
  return {
    dimensions: [...dimensions].map(([id, title]) => ({ id, title })),
    owners: [...owners].sort((x, y) => x.localeCompare(y)),
  };
}

/** A capacity as typed: empty is the default (`null`); a whole number is
 * sent to the core, which checks its range; anything else is not a number. */
export function parseCapacity(text: string): { ok: true; value: number | null } | { ok: false } {
  const v = text.trim();
  if (v === '') return { ok: true, value: null };
  if (!/^\d{1,6}$/.test(v)) return { ok: false };
  return { ok: true, value: Number(v) };
}
