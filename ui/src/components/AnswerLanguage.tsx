// "Answer in: English · Deutsch · Français" on the questionnaire screen:
// the respondent's language, each in its own name, the chosen one pressed.
// Only the questionnaire's texts change; the screen's own words stay in the
// app's language.
import { useId } from 'react';
import { localeName, orderLocales, t } from '../i18n';
import type { RespondentLanguage } from '../hooks/respondentLanguage';

export function AnswerLanguage({ locales, language }: { locales: readonly string[]; language: RespondentLanguage }) {
  const uid = useId();
  if (locales.length < 2) return null;
  const shown = language.outline.locale;
  return (
    <div className="answer-language">
      <p className="answer-language__label small" id={`${uid}-label`}>
        {t('lang.answerIn')}
      </p>
      <div className="answer-language__choices" role="group" aria-labelledby={`${uid}-label`}>
        {orderLocales(locales).map((tag) => (
          <button
            key={tag}
            type="button"
            lang={tag}
            className="answer-language__choice"
            aria-pressed={shown === tag}
            onClick={() => void language.choose(tag)}
          >
            {localeName(tag)}
          </button>
        ))}
      </div>
      {language.failure && (
        <p className="field__error" role="alert">
          {language.failure}
        </p>
      )}
    </div>
  );
}
