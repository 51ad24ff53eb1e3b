// The app: hash routing between the five screens and the frame around them.
import { useCallback, useEffect, useState } from 'react';
import type { AssessmentView } from './api';
import { Layout } from './components/Layout';
import { formatRoute, parseRoute, type Route } from './logic/route';
import { Exchange } from './screens/Exchange';
import { Home } from './screens/Home';
import { Questionnaire } from './screens/Questionnaire';
import { Respondents } from './screens/Respondents';
import { Results } from './screens/Results';
import { Setup } from './screens/Setup';

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
