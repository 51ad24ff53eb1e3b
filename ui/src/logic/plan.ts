// Pure helpers of the targets, roadmap and branding screens. Nothing here
// computes a score, gap, priority or phase: those come from the core. These
// only count what the core listed, order saves, and read colours and files.
import type { ActionView, DimensionScore, PhaseName, RoadmapView } from '../api';

/**
 * Runs async tasks one after another, in the order they were queued, so two
 * quick edits reach the core in the order the user made them and the last
 * answer shown is the newest. A failed task does not stop the next.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export type PhaseCounts = Record<PhaseName, number>;

const zero = (): PhaseCounts => ({ now: 0, next: 0, later: 0 });

/** Actions the plan keeps (not dropped), per phase. */
export function phaseCounts(r: RoadmapView): PhaseCounts {
  const out = zero();
  for (const p of r.phases) out[p.phase] = p.actions.filter((a) => !a.dropped).length;
  return out;
}

/** Actions the plan keeps, per dimension and phase. */
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

/**
 * What `set_target` must receive to keep a dimension's other setting as it
 * is: an agreed value stays, a default stays default (`null`).
 */
export function storedSetting(d: DimensionScore): { target: number | null; importance: number | null } {
  return { target: d.targetIsDefault ? null : d.target, importance: d.importanceIsDefault ? null : d.importance };
}

/** `#rrggbb`, as the core accepts it. */
export function isHexColour(s: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(s.trim());
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const h = hex.trim().replace('#', '');
  const channel = (i: number) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1..21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `hex`. */
export function textOn(hex: string): '#000000' | '#ffffff' {
  return contrast(hex, '#ffffff') >= contrast(hex, '#000000') ? '#ffffff' : '#000000';
}

/** A file size in words: bytes, KB or MB (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The base64 part of a `data:…;base64,…` URL, as FileReader gives it. */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}
