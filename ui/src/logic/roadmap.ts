// Counts over the roadmap the core planned, for the Targets and Roadmap
// screens. Nothing here places an action in a phase: the core did; these
// only count and list what it returned.
import type { ActionView, PhaseName, RoadmapView } from '../api';

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
