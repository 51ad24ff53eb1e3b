// The questionnaire in the language a respondent answers in: theirs when
// they have one, else the app's (the assessment view's texts). Choosing
// another stores it as theirs and loads the texts again; ids and answers
// stay the same, so the screen keeps its place.
import { useCallback, useEffect, useState } from 'react';
import { call, errorMessage, type AssessmentView, type QuestionnaireOutline } from '../api';
import { localeName, t } from '../i18n';

export interface RespondentLanguage {
  outline: QuestionnaireOutline;
  /** Stores `tag` (`null`: the app's language) as theirs and shows its texts. */
  choose: (tag: string | null) => Promise<void>;
  /** Why the last choice could not be shown, in plain words. */
  failure: string | null;
}

export function useRespondentLanguage(
  assessmentId: string,
  respondentId: string,
  detail: AssessmentView,
  onView: (view: AssessmentView) => void,
): RespondentLanguage {
  const stored = detail.respondents.find((r) => r.id === respondentId)?.locale ?? null;
  const [outline, setOutline] = useState<QuestionnaireOutline>(detail.questionnaire);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(
    async (tag: string | null) => {
      if (tag === null || tag === detail.questionnaire.locale) return detail.questionnaire;
      return call('get_questionnaire_outline', { assessmentId, locale: tag });
    },
    [assessmentId, detail.questionnaire],
  );

  useEffect(() => {
    let live = true;
    load(stored).then(
      (o) => {
        if (live) setOutline(o);
      },
      (e: unknown) => {
        if (live) setFailure(t('lang.outline.error', { language: localeName(stored ?? ''), message: errorMessage(e) }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, stored]);

  const choose = useCallback(
    async (tag: string | null) => {
      setFailure(null);
      try {
        const view = await call('set_respondent_locale', { assessmentId, respondentId, locale: tag });
        setOutline(await load(tag));
        onView(view);
      } catch (e) {
        setFailure(t('lang.respondent.error', { message: errorMessage(e) || t('common.error') }));
      }
    },
    [assessmentId, respondentId, load, onView],
  );

  return { outline, choose, failure };
}
