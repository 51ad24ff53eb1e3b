// The app: hash routing between the screens and the frame around them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Layout } from './components/Layout';
import { UnlockGate } from './components/UnlockGate';
import { useAppLocale } from './hooks/appLocale';
import { OpenAssessmentProvider } from './hooks/openAssessment';
import { PreferencesProvider } from './hooks/preferences';
import { formatRoute, parseRoute, type Route } from './logic/route';
import { afterVisit, backTarget } from './logic/trail';
import { Branding } from './screens/Branding';
import { Help } from './screens/Help';
import { ExportImport } from './screens/ExportImport';
import { Home } from './screens/Home';
import { Live } from './screens/Live';
import { PackSession } from './screens/PackSession';
import { Progress } from './screens/Progress';
import { Questionnaire } from './screens/Questionnaire';
import { Respondents } from './screens/Respondents';
import { Results } from './screens/Results';
import { Roadmap } from './screens/Roadmap';
import { Setup } from './screens/Setup';
import { Targets } from './screens/Targets';

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  // The places visited before this one, for Back (logic/trail.ts).
  const [trail, setTrail] = useState<string[]>([]);
  const here = useRef(formatRoute(route));

  useEffect(() => {
    const onHash = () => {
      const next = parseRoute(window.location.hash);
      const from = here.current;
      const to = formatRoute(next);
      here.current = to;
      setTrail((t) => afterVisit(t, from, to));
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback((r: Route) => {
    window.location.hash = formatRoute(r);
  }, []);
  // F1 (logic/shortcuts.ts lists it) opens Help from every screen.
  const openHelp = useCallback(() => navigate({ screen: 'help' }), [navigate]);
  const back = backTarget(trail, formatRoute({ screen: 'home' }));
  // A new language renders the frame and the screen again in the new
  // catalog (App reads the language, so everything under it renders again;
  // every load refreshes itself in `useAsync`), keeping each screen's place.
  useAppLocale();

  let screen: React.ReactNode;
  switch (route.screen) {
    case 'home':
      screen = <Home navigate={navigate} />;
      break;
    case 'new':
      screen = <Setup id={null} navigate={navigate} />;
      break;
    case 'setup':
      screen = <Setup key={route.id} id={route.id} navigate={navigate} />;
      break;
    case 'respondents':
      screen = <Respondents key={route.id} id={route.id} />;
      break;
    case 'questionnaire':
      screen = (
        <Questionnaire key={`${route.id}/${route.respondentId}`} id={route.id} respondentId={route.respondentId} />
      );
      break;
    case 'results':
      screen = <Results key={route.id} id={route.id} />;
      break;
    case 'progress':
      screen = <Progress key={route.id} id={route.id} />;
      break;
    case 'targets':
      screen = <Targets key={route.id} id={route.id} />;
      break;
    case 'roadmap':
      screen = <Roadmap key={route.id} id={route.id} />;
      break;
    case 'live':
      screen = <Live key={route.id} id={route.id} />;
      break;
    case 'branding':
      screen = <Branding back={back} />;
      break;
    case 'help':
      screen = <Help back={back} />;
      break;
    case 'pack':
      screen = <PackSession key={route.id} id={route.id} />;
      break;
    case 'packAnswer':
      screen = (
        <Questionnaire
          key={`${route.id}/${route.respondentId}`}
          id={route.id}
          respondentId={route.respondentId}
          inPack
        />
      );
      break;
    case 'exportImport':
      screen = <ExportImport key={route.id} id={route.id} navigate={navigate} />;
      break;
  }
  // The open assessment is loaded once per visit, for the header and the screen.
  return (
    <UnlockGate>
      <PreferencesProvider onHelp={openHelp}>
        <OpenAssessmentProvider id={'id' in route ? route.id : null} visit={formatRoute(route)}>
          <Layout route={route}>{screen}</Layout>
        </OpenAssessmentProvider>
      </PreferencesProvider>
    </UnlockGate>
  );
}
