// The participant page's entry point: the catalog for the phone's language,
// the style sheet, the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLocale } from './i18n';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

// The phone's language until the person picks one of the questionnaire's;
// its catalog (when not English) is fetched before the first paint.
void loadLocale(navigator.language || 'en').then((shown) => {
  document.documentElement.lang = shown;
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <ParticipantApp />
      </StrictMode>,
    );
  }
});
