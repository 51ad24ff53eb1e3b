// What the phone keeps across a reload, a locked screen or a lost Wi-Fi: the
// token (one participant per device, never a second respondent) and the
// session's heading. Storage refused (private mode, full) only costs the
// resume, never the session.

const TOKEN = 'cxm-live-token';
const HEADING = 'cxm-live-heading';

export interface Heading {
  organisation: string;
  title: string;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing kept: a reload asks to join again.
  }
}

export const kept = {
  token: (): string | null => read(TOKEN),
  heading: (): Heading | null => {
    try {
      const h = JSON.parse(read(HEADING) ?? 'null') as Partial<Heading> | null;
      return typeof h?.organisation === 'string' && typeof h.title === 'string'
        ? { organisation: h.organisation, title: h.title }
        : null;
    } catch {
      return null;
    }
  },
  keep(token: string, heading: Heading): void {
    write(TOKEN, token);
    write(HEADING, JSON.stringify(heading));
  },
  forget(): void {
    write(TOKEN, null);
    write(HEADING, null);
  },
};
