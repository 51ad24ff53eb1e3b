// The frame of every screen: skip link, header with the app's name, the
// open assessment's name and tabs, the branding and Help links, the app's
// language, and the main landmark.
import { useEffect, useRef } from 'react';
import { useAnonymousThreshold, useAssessmentName, useIsLaterRound } from '../hooks/openAssessment';
import { usePreferences } from '../hooks/preferences';
import { formatPercent, t } from '../i18n';
import { formatRoute, type Route } from '../logic/route';
import { LanguagePicker } from './LanguagePicker';

export function Layout({ route, children }: { route: Route; children: React.ReactNode }) {
  const assessmentName = useAssessmentName();
  const anonymousThreshold = useAnonymousThreshold();
  // A later round compares itself with the one before it: its Progress tab.
  const laterRound = useIsLaterRound() || route.screen === 'progress';
  const id = 'id' in route ? route.id : null;
  const current = route.screen === 'questionnaire' ? 'respondents' : route.screen;
  // A self-assessment opened from a pack has no set-up and no results here:
  // one tab, the pack itself.
  const inPack = route.screen === 'pack' || route.screen === 'packAnswer';
  const { presenter, setPresenter, zoom, zoomJustChanged } = usePreferences();
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
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
          {id && anonymousThreshold !== null && (
            <span
              className="badge badge--anonymous"
              data-testid="anonymous-badge"
              title={t('privacy.badge.detail', { k: anonymousThreshold })}
            >
              <span aria-hidden="true">{t('privacy.badge')}</span>
              <span className="visually-hidden">{t('privacy.badge.detail', { k: anonymousThreshold })}</span>
            </span>
          )}
          {id && inPack && (
            <ul className="tabs" aria-label={t('pack.badge')}>
              <li>
                <a
                  className="tabs__link"
                  href={formatRoute({ screen: 'pack', id })}
                  aria-current={route.screen === 'pack' ? 'page' : undefined}
                >
                  {t('pack.badge')}
                </a>
              </li>
            </ul>
          )}
          {id && route.screen !== 'new' && !inPack && (
            <ul className="tabs" aria-label={t('tabs.label')}>
              {(
                [
                  'setup',
                  'respondents',
                  'results',
                  ...(laterRound ? (['progress'] as const) : []),
                  'targets',
                  'roadmap',
                  'exportImport',
                  'live',
                ] as const
              ).map((s) => (
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
          {/* A department head answering a pack alone needs neither the
              workshop's presenter mode nor the consultant's report branding. */}
          {!inPack && (
            <>
              <button
                type="button"
                className="topbar__presenter"
                aria-pressed={presenter}
                aria-keyshortcuts="Control+Shift+P"
                onClick={() => setPresenter(!presenter)}
              >
                <span className="topbar__presenter-box" aria-hidden="true">
                  {presenter ? '✓' : ''}
                </span>
                {t('app.presenter')}
              </button>
              <a
                className="topbar__branding"
                href={formatRoute({ screen: 'branding' })}
                aria-current={route.screen === 'branding' ? 'page' : undefined}
              >
                {t('app.branding')}
              </a>
            </>
          )}
          <a
            className="topbar__help"
            href={formatRoute({ screen: 'help' })}
            aria-current={route.screen === 'help' ? 'page' : undefined}
            aria-keyshortcuts="F1"
            title={t('app.helpLabel')}
          >
            {t('app.help')}
          </a>
          <LanguagePicker />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      {/* The zoom level, for a moment after a zoom key (Help shows it too). */}
      <p className="zoom-level" role="status" data-shown={zoomJustChanged ? 'true' : 'false'}>
        {zoomJustChanged ? t('app.zoom', { percent: formatPercent(zoom / 100) }) : ''}
      </p>
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
