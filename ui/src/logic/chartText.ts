// How large a chart's label is drawn. The core lays a chart out for the
// report's A4 page (labels of 7–8 points); on screen the chart is scaled to
// its box, so a label can come out smaller than anyone in the room can read.
// A label is drawn at its own size, or larger when that would be under the
// smallest readable size on screen; positions stay the core's.

/** The smallest label on screen, in CSS pixels: at a desk, and on a projector. */
export const MIN_LABEL_PX = 12;
export const MIN_LABEL_PX_PRESENTING = 16;

/**
 * The font size, in the chart's own units, for a label the core sized
 * `coreSize`, when one chart unit takes `pxPerUnit` CSS pixels.
 */
export function labelSize(coreSize: number, pxPerUnit: number, minPx: number): number {
  if (!(pxPerUnit > 0) || !Number.isFinite(pxPerUnit)) return coreSize;
  return Math.max(coreSize, minPx / pxPerUnit);
}
