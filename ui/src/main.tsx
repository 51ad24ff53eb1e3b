// Entry point: picks the locale from the system, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { listenForClosing } from './closing';
import { RulesProvider } from './hooks/rules';
import { setLocale } from './i18n';
import './styles/index.css';

setLocale(navigator.language || 'en');
listenForClosing();
document.documentElement.lang = 'en';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RulesProvider>
        <App />
      </RulesProvider>
    </StrictMode>,
  );
}
