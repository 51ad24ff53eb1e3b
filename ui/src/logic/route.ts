// The app's places as URL hashes, so the window can be reloaded (and tests
// can open a screen directly) without losing the place.

export type Route =
  | { screen: 'home' }
  | { screen: 'new' }
  | { screen: 'setup'; id: string }
  | { screen: 'respondents'; id: string }
  | { screen: 'questionnaire'; id: string; respondentId: string }
  | { screen: 'results'; id: string }
  | { screen: 'exchange'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [a, id, screen, respondentId] = parts;
  if (a === 'new') return { screen: 'new' };
  if (a === 'a' && id) {
    if (screen === 'setup') return { screen: 'setup', id };
    if (screen === 'results') return { screen: 'results', id };
    if (screen === 'exchange') return { screen: 'exchange', id };
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
    case 'setup':
      return `#/a/${e(r.id)}/setup`;
    case 'respondents':
      return `#/a/${e(r.id)}/respondents`;
    case 'questionnaire':
      return `#/a/${e(r.id)}/answer/${e(r.respondentId)}`;
    case 'results':
      return `#/a/${e(r.id)}/results`;
    case 'exchange':
      return `#/a/${e(r.id)}/exchange`;
  }
}
