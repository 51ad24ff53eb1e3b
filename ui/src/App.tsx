// The app: hash routing between the screens and the frame around them.
import { useCallback, useEffect, useState } from 'react';
import type { AssessmentView } from './api';
import { Layout } from './components/Layout';
import { formatRoute, parseRoute, type Route } from './logic/route';
import { Branding } from './screens/Branding';
import { isHelpKey } from './logic/shortcuts';
import { Help } from './screens/Help';
import { Exchange } from './screens/Exchange';
import { Home } from './screens/Home';
import { PackSession } from './screens/PackSession';
import { Questionnaire } from './screens/Questionnaire';
import { Respondents } from './screens/Respondents';
import { Results } from './screens/Results';
import { Roadmap } from './screens/Roadmap';
import { Setup } from './screens/Setup';
import { Targets } from './screens/Targets';

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [name, setName] = useState<{ id: string; label: string } | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback((r: Route) => {
    window.location.hash = formatRoute(r);
  }, []);

  // F1 opens Help from every screen (logic/shortcuts.ts lists it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isHelpKey(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey })) return;
      e.preventDefault();
      navigate({ screen: 'help' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const onLoaded = useCallback((d: AssessmentView) => {
    setName({ id: d.assessment.id, label: d.assessment.organisation });
  }, []);

  const id = 'id' in route ? route.id : null;
  const label = name && name.id === id ? name.label : null;

  let screen: React.ReactNode;
  switch (route.screen) {
    case 'home':
      screen = <Home navigate={navigate} />;
      break;
    case 'new':
      screen = <Setup id={null} navigate={navigate} onSaved={onLoaded} />;
      break;
    case 'setup':
      screen = <Setup key={route.id} id={route.id} navigate={navigate} onSaved={onLoaded} />;
      break;
    case 'respondents':
      screen = <Respondents key={route.id} id={route.id} navigate={navigate} onLoaded={onLoaded} />;
      break;
    case 'questionnaire':
      screen = <Questionnaire key={`${route.id}/${route.respondentId}`} id={route.id} respondentId={route.respondentId} onLoaded={onLoaded} />;
      break;
    case 'results':
      screen = <Results key={route.id} id={route.id} onLoaded={onLoaded} />;
      break;
    case 'targets':
      screen = <Targets key={route.id} id={route.id} onLoaded={onLoaded} />;
      break;
    case 'roadmap':
      screen = <Roadmap key={route.id} id={route.id} onLoaded={onLoaded} />;
      break;
    case 'branding':
      screen = <Branding />;
      break;
    case 'help':
      screen = <Help />;
      break;
    case 'pack':
      screen = <PackSession key={route.id} id={route.id} onLoaded={onLoaded} />;
      break;
    case 'packAnswer':
      screen = <Questionnaire key={`${route.id}/${route.respondentId}`} id={route.id} respondentId={route.respondentId} onLoaded={onLoaded} inPack />;
      break;
    case 'exchange':
      screen = <Exchange key={route.id} id={route.id} navigate={navigate} onLoaded={onLoaded} />;
      break;
  }
  return (
    <Layout route={route} assessmentName={label}>
      {screen}
    </Layout>
  );
}
