// A respondent's language, saved after the person themself: the language
// has its own command, so adding or editing a person is one call and, when
// the language changed, a second one.
import { call, type AssessmentView } from '../api';

/** The id of the respondent `after` has and `before` had not: the one just added. */
export function addedTo(before: AssessmentView, after: AssessmentView): string | null {
  const known = new Set(before.respondents.map((r) => r.id));
  return after.respondents.find((r) => !known.has(r.id))?.id ?? null;
}

/** The view with respondent `id` answering in `locale`, changed only when it differs. */
export async function withRespondentLocale(
  view: AssessmentView,
  id: string | null,
  locale: string | null,
): Promise<AssessmentView> {
  const person = view.respondents.find((r) => r.id === id);
  if (!person || person.locale === locale) return view;
  return call('set_respondent_locale', {
    assessmentId: view.assessment.id,
    respondentId: person.id,
    locale,
  });
}
