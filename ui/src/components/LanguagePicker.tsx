// The app's language, in the header of every screen: each language in its
// own name, so a person finds theirs whatever the app is shown in.
import { useAppLocale } from '../hooks/appLocale';
import { availableLocales, localeName, t } from '../i18n';

export function LanguagePicker() {
  const { locale, change } = useAppLocale();
  return (
    <label className="topbar__language" title={t('lang.app.hint')}>
      <span className="visually-hidden">{t('lang.app.label')}</span>
      <span className="topbar__language-mark" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="18" height="18" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
      </span>
      <select className="topbar__language-select" value={locale} onChange={(e) => void change(e.target.value)}>
        {availableLocales().map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {localeName(tag)}
          </option>
        ))}
      </select>
    </label>
  );
}
