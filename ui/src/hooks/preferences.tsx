// The person's display preferences, kept in their own web view's storage:
// the zoom (steps of logic/zoom.ts, applied as a data attribute that
// styles/zoom.css turns into CSS zoom) and presenter mode (a class on the
// document that the screens' sheets use). Their keys work on every screen.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { globalKeyAction } from '../logic/shortcuts';
import { DEFAULT_ZOOM, nextZoom, parseZoom, type ZoomChange, type ZoomStep } from '../logic/zoom';

const ZOOM_KEY = 'cxm.zoom';
const PRESENTER_KEY = 'cxm.presenter';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or a full store: the preference lasts for this visit only.
  }
}

interface Preferences {
  zoom: ZoomStep;
  changeZoom: (change: ZoomChange) => void;
  presenter: boolean;
  setPresenter: (on: boolean) => void;
  /** Set for a moment after a zoom key, so the level can be shown. */
  zoomJustChanged: boolean;
}

const Ctx = createContext<Preferences>({
  zoom: DEFAULT_ZOOM,
  changeZoom: () => {},
  presenter: false,
  setPresenter: () => {},
  zoomJustChanged: false,
});

export function PreferencesProvider({ onHelp, children }: { onHelp: () => void; children: React.ReactNode }) {
  const [zoom, setZoom] = useState<ZoomStep>(() => parseZoom(read(ZOOM_KEY)));
  const [presenter, setPresenterState] = useState(() => read(PRESENTER_KEY) === 'on');
  const [zoomJustChanged, setZoomJustChanged] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    document.documentElement.dataset.zoom = String(zoom);
  }, [zoom]);
  useEffect(() => {
    document.documentElement.classList.toggle('is-presenting', presenter);
  }, [presenter]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const changeZoom = useCallback((change: ZoomChange) => {
    setZoom((z) => {
      const next = nextZoom(z, change);
      write(ZOOM_KEY, String(next));
      return next;
    });
    setZoomJustChanged(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setZoomJustChanged(false), 2000);
  }, []);

  const setPresenter = useCallback((on: boolean) => {
    setPresenterState(on);
    write(PRESENTER_KEY, on ? 'on' : 'off');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = globalKeyAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey });
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'help') onHelp();
      else if (action.kind === 'zoom') changeZoom(action.change);
      else
        setPresenterState((on) => {
          write(PRESENTER_KEY, on ? 'off' : 'on');
          return !on;
        });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp, changeZoom]);

  const value = useMemo(
    () => ({ zoom, changeZoom, presenter, setPresenter, zoomJustChanged }),
    [zoom, changeZoom, presenter, setPresenter, zoomJustChanged],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function usePreferences(): Preferences {
  return useContext(Ctx);
}
