// The language an assessment's report and workbook are written in, chosen at
// set-up and changeable later: each language in its own name, with a line
// saying it does not follow the app's language.
import { useId } from 'react';
import { APP_LOCALES, localeName, t } from '../i18n';

export function ReportLocaleField({ value, onChange }: { value: string; onChange: (tag: string) => void }) {
  const uid = useId();
  return (
    <div className="field field--report-locale">
      <label htmlFor={`${uid}-report-locale`}>{t('lang.report.label')}</label>
      <p className="field__hint" id={`${uid}-report-locale-hint`}>
        {t('lang.report.hint')}
      </p>
      <select
        id={`${uid}-report-locale`}
        className="input"
        aria-describedby={`${uid}-report-locale-hint`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {APP_LOCALES.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {localeName(tag)}
          </option>
        ))}
      </select>
    </div>
  );
}
