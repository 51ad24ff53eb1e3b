// The Live screen's pure helpers: the questions in questionnaire order and
// the one before or after the room's, the presenter's keys (a clicker sends
// PageDown / PageUp, a keyboard → / ←), the QR code's SVG as an image
// address, and a bar's length for a count. No vote is counted here: every
// count comes from the core's status.
import type { QuestionOutline, QuestionnaireOutline } from '../types';

/** Every question in questionnaire order, with its dimension's title. */
export function questionsInOrder(q: QuestionnaireOutline): { question: QuestionOutline; dimension: string }[] {
  return q.dimensions.flatMap((d) => d.questions.map((question) => ({ question, dimension: d.title })));
}

/**
 * The question `step` places after (1) or before (-1) `current`; from no
 * question, Next starts at the first. `null` past either end.
 */
export function neighbour(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (current === null) return step === 1 ? (ids[0] ?? null) : null;
  const i = ids.indexOf(current);
  if (i < 0) return ids[0] ?? null;
  return ids[i + step] ?? null;
}

export type LiveKey = 'next' | 'prev';

/**
 * What a key does on the projector view: → and PageDown show the next
 * question, ← and PageUp the previous one; never with a modifier, and
 * never while the focus is in a field where the key moves the cursor or
 * the choice (a text field, a select).
 */
export function liveKeyAction(
  key: string,
  mods: { ctrl: boolean; alt: boolean; meta: boolean; shift: boolean },
  inField: boolean,
): LiveKey | null {
  if (inField || mods.ctrl || mods.alt || mods.meta || mods.shift) return null;
  if (key === 'ArrowRight' || key === 'PageDown') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'prev';
  return null;
}

/** Is this element one where arrow keys belong to the element itself? */
export function isField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input')
    return (el as HTMLInputElement).type !== 'checkbox' && (el as HTMLInputElement).type !== 'button';
  return (el as HTMLElement).isContentEditable === true;
}

/** An SVG document as a `data:` address for an `<img>` (the app's CSP allows `img-src data:`). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** A bar's length in percent of the longest (0 when there is none). */
export function barPercent(count: number, largest: number): number {
  return largest > 0 ? (count / largest) * 100 : 0;
}

/** The six digits as two groups of three, easier to read from the back of a room. */
export function groupedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
