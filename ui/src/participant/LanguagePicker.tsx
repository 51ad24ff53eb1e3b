// The compact language switch: the questionnaire's languages, each in its own
// name, as one native select (the phone's own picker, any number of
// languages in one line). Nothing when there is only one language.
import { t } from './i18n';
import { languageName } from './language';

export function LanguagePicker({
  id,
  locales,
  value,
  disabled = false,
  onChange,
}: {
  id: string;
  locales: readonly string[];
  value: string;
  disabled?: boolean;
  onChange: (locale: string) => void;
}) {
  if (locales.length < 2) return null;
  return (
    <div className="language">
      <label className="language__label" htmlFor={id}>
        {t('participant.language.label')}
      </label>
      <select
        id={id}
        className="language__select"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </div>
  );
}
