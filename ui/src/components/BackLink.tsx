// The way out of a screen one visits on the side (Help, Report branding): a
// visible link back to where the user came from (or Home), and Escape doing
// the same, unless Escape belongs to something else there: a text field
// (it leaves the field) or an open dialog (it closes the dialog).
import { useEffect } from 'react';
import { t } from '../i18n';

export function BackLink({ to }: { to: string }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const el = e.target as HTMLElement | null;
      const tag = el?.tagName ?? '';
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el?.isContentEditable) {
        el?.blur();
        return;
      }
      e.preventDefault();
      window.location.hash = to;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [to]);
  return (
    <a className="back-link" href={to} aria-keyshortcuts="Escape">
      <span aria-hidden="true">← </span>
      {t('app.back')}
    </a>
  );
}
