-- 0007: languages. Append-only: once landed this file is never edited.

-- The language the assessment's report and workbook are written in,
-- independent of the app's language and of each respondent's.
ALTER TABLE assessments ADD COLUMN report_locale TEXT NOT NULL DEFAULT 'en';

-- The language a respondent answers in, one of the questionnaire
-- snapshot's languages; NULL follows the app's language. Ids and scores
-- are the same in every language.
ALTER TABLE respondents ADD COLUMN locale TEXT;
