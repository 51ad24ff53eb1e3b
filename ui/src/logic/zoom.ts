// The zoom of the whole window, in steps a person can count on: the keys
// step through them, and a stored value is snapped to one, so an odd number
// left in storage never gives a blurred in-between size.

/** The zoom levels, in percent, from the smallest to the largest. */
export const ZOOM_STEPS = [80, 90, 100, 110, 125, 150, 175, 200] as const;
export type ZoomStep = (typeof ZOOM_STEPS)[number];
export const DEFAULT_ZOOM: ZoomStep = 100;

export type ZoomChange = 'in' | 'out' | 'reset';

/** The level after pressing a zoom key at `current`: one step, never past either end. */
export function nextZoom(current: number, change: ZoomChange): ZoomStep {
  if (change === 'reset') return DEFAULT_ZOOM;
  const at = snapZoom(current);
  const i = ZOOM_STEPS.indexOf(at);
  const j = change === 'in' ? Math.min(ZOOM_STEPS.length - 1, i + 1) : Math.max(0, i - 1);
  return ZOOM_STEPS[j]!;
}

/** The step nearest to `value`; anything out of range is clamped to an end. */
export function snapZoom(value: number): ZoomStep {
  if (!Number.isFinite(value)) return DEFAULT_ZOOM;
  let best: ZoomStep = ZOOM_STEPS[0];
  for (const s of ZOOM_STEPS) if (Math.abs(s - value) < Math.abs(best - value)) best = s;
  return best;
}

/** A stored zoom read back: the default when nothing (or nothing sensible) was stored. */
export function parseZoom(stored: string | null): ZoomStep {
  if (stored === null || stored.trim() === '') return DEFAULT_ZOOM;
  const n = Number(stored);
  return Number.isFinite(n) ? snapZoom(n) : DEFAULT_ZOOM;
}
