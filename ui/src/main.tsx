// Entry point: picks the locale from the system, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { listenForClosing } from './closing';
import { AppLocaleProvider } from './hooks/appLocale';
import { RulesProvider } from './hooks/rules';
import { registerCatalog, type MessageKey } from './i18n';
import './styles/index.css';

declare global {
  interface Window {
    /**
     * Catalogs a page adds before the app starts, by language tag: the
     * browser tests' pseudo-locale. The desktop app sets none.
     */
    __CXM_CATALOGS__?: Record<string, Partial<Record<MessageKey, string>>>;
  }
}

for (const [tag, messages] of Object.entries(window.__CXM_CATALOGS__ ?? {})) registerCatalog(tag, messages);
listenForClosing();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppLocaleProvider>
        <RulesProvider>
          <App />
        </RulesProvider>
      </AppLocaleProvider>
    </StrictMode>,
  );
}
