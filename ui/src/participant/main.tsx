// The participant page's entry point: the catalog for the phone's language
// (English until others exist), the style sheet, the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLocale } from './i18n';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

document.documentElement.lang = setLocale(navigator.language || 'en');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ParticipantApp />
    </StrictMode>,
  );
}
