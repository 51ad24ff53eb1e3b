// Pure helpers of the results screen. They choose how to show the core's
// figures (which shade, which evidence to name); they compute none.
import type { EvidenceSummary, Scorecard } from '../api';

/** True when the core returned at least one score: otherwise the empty state shows. */
export function hasAnyScore(sc: Scorecard): boolean {
  return sc.overall.score !== null || sc.dimensions.some((d) => d.score !== null);
}

/**
 * The shade band (0 = no score, 1..5) of a heat-map cell. Only the cell's
 * colour depends on it; the cell's text is the core's figure itself, so
 * nothing is conveyed by colour alone.
 */
export function heatLevel(score: number | null): number {
  if (score === null || !Number.isFinite(score)) return 0;
  return Math.min(5, Math.max(1, Math.floor(score)));
}

/** The customer evidence a perception-gap warning names: NPS and CSAT as recorded. */
export function perceptionEvidence(e: EvidenceSummary): { metric: 'nps' | 'csat'; value: number }[] {
  const out: { metric: 'nps' | 'csat'; value: number }[] = [];
  if (e.nps !== null) out.push({ metric: 'nps', value: e.nps });
  if (e.csat !== null) out.push({ metric: 'csat', value: e.csat });
  return out;
}
