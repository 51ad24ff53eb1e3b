// The app's places as URL hashes, so the window can be reloaded (and tests
// can open a screen directly) without losing the place.

export type Route =
  | { screen: 'home' }
  | { screen: 'new' }
  | { screen: 'help' }
  | { screen: 'setup'; id: string }
  | { screen: 'respondents'; id: string }
  | { screen: 'questionnaire'; id: string; respondentId: string }
  | { screen: 'results'; id: string }
  // A later round against its previous one (the Progress tab).
  | { screen: 'progress'; id: string }
  | { screen: 'targets'; id: string }
  | { screen: 'roadmap'; id: string }
  // Running the assessment as a live workshop: the facilitator's screen and the projector view.
  | { screen: 'live'; id: string }
  | { screen: 'branding' }
  // A self-assessment opened from a pack (the department head's side).
  | { screen: 'pack'; id: string }
  | { screen: 'packAnswer'; id: string; respondentId: string }
  | { screen: 'exportImport'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const [a, id, screen, respondentId] = parts;
  if (a === 'new') return { screen: 'new' };
  if (a === 'branding') return { screen: 'branding' };
  if (a === 'help') return { screen: 'help' };
  if (a === 'p' && id) {
    if (screen === 'answer' && respondentId) return { screen: 'packAnswer', id, respondentId };
    return { screen: 'pack', id };
  }
  if (a === 'a' && id) {
    if (screen === 'setup') return { screen: 'setup', id };
    if (screen === 'results') return { screen: 'results', id };
    if (screen === 'progress') return { screen: 'progress', id };
    if (screen === 'targets') return { screen: 'targets', id };
    if (screen === 'roadmap') return { screen: 'roadmap', id };
    if (screen === 'live') return { screen: 'live', id };
    if (screen === 'export-import') return { screen: 'exportImport', id };
    if (screen === 'answer' && respondentId) return { screen: 'questionnaire', id, respondentId };
    return { screen: 'respondents', id };
  }
  return { screen: 'home' };
}

export function formatRoute(r: Route): string {
  const e = encodeURIComponent;
  switch (r.screen) {
    case 'home':
      return '#/';
    case 'new':
      return '#/new';
    case 'help':
      return '#/help';
    case 'setup':
      return `#/a/${e(r.id)}/setup`;
    case 'respondents':
      return `#/a/${e(r.id)}/respondents`;
    case 'questionnaire':
      return `#/a/${e(r.id)}/answer/${e(r.respondentId)}`;
    case 'results':
      return `#/a/${e(r.id)}/results`;
    case 'progress':
      return `#/a/${e(r.id)}/progress`;
    case 'targets':
      return `#/a/${e(r.id)}/targets`;
    case 'roadmap':
      return `#/a/${e(r.id)}/roadmap`;
    case 'live':
      return `#/a/${e(r.id)}/live`;
    case 'branding':
      return '#/branding';
    case 'pack':
      return `#/p/${e(r.id)}`;
    case 'packAnswer':
      return `#/p/${e(r.id)}/answer/${e(r.respondentId)}`;
    case 'exportImport':
      return `#/a/${e(r.id)}/export-import`;
  }
}
