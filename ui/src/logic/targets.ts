// What the Targets screen sends: `set_target` takes both settings of a
// dimension at once, so changing one must resend the other as stored.
import type { DimensionScore } from '../api';

/** A dimension's target level and importance as agreed; `null`: the method's default. */
export type Setting = { target: number | null; importance: number | null };

/**
 * What `set_target` must receive to keep a dimension's other setting as it
 * is: an agreed value stays, a default stays default (`null`).
 */
export function storedSetting(d: DimensionScore): Setting {
  return { target: d.targetIsDefault ? null : d.target, importance: d.importanceIsDefault ? null : d.importance };
}
