// The frame of every screen: skip link, header with the app's name, the
// assessment's tabs when one is open, and the main landmark.
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import { formatRoute, type Route } from '../logic/route';

export function Layout({
  route,
  assessmentName,
  children,
}: {
  route: Route;
  assessmentName?: string | null;
  children: React.ReactNode;
}) {
  const id = 'id' in route ? route.id : null;
  const current = route.screen === 'questionnaire' ? 'respondents' : route.screen;
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skip')}
      </a>
      <header className="topbar">
        <nav className="topbar__inner" aria-label={t('app.nav')}>
          <a className="brand" href={formatRoute({ screen: 'home' })}>
            <span className="brand__mark" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="24" height="24" focusable="false">
                <rect x="3" y="13" width="4" height="8" rx="1" />
                <rect x="10" y="8" width="4" height="13" rx="1" />
                <rect x="17" y="3" width="4" height="18" rx="1" />
              </svg>
            </span>
            {t('app.name')}
          </a>
          {id && assessmentName && <span className="topbar__context">{assessmentName}</span>}
          {id && route.screen !== 'new' && (
            <ul className="tabs" aria-label={t('tabs.label')}>
              {(['setup', 'respondents', 'results', 'exchange'] as const).map((s) => (
                <li key={s}>
                  <a
                    className="tabs__link"
                    href={formatRoute({ screen: s, id })}
                    aria-current={current === s ? 'page' : undefined}
                  >
                    {t(`tabs.${s}`)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
    </div>
  );
}

// The first screen after start leaves focus where the browser puts it (so the
// skip link is the first Tab stop); every later screen focuses its title.
let firstScreen = true;

/** A screen's h1, focused when the screen opens so screen readers announce it. */
export function ScreenTitle({ children, sub }: { children: React.ReactNode; sub?: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="screen-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {sub && <p className="lead">{sub}</p>}
    </div>
  );
}
