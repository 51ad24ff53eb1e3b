// Colours as the branding screen reads them: the accent colour's form and
// its contrast (WCAG 2), for the hint under the field and the preview's
// band text.

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
