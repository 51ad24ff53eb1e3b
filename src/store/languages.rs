//! The languages of an assessment: the one its report and workbook are
//! written in (`assessments.report_locale`) and the one each respondent
//! answers in (`respondents.locale`). Both are checked against what exists
//! — a report language the report has labels for, a respondent language
//! the questionnaire snapshot has texts for — so nothing unreadable is
//! ever stored.

use rusqlite::params;

use super::Store;
use super::assessments::{require_live, touch};
use super::respondents::with_assessment;
use crate::{Error, Result};

impl Store {
    /// Sets the language of the assessment's report and workbook, one of
    /// [`crate::locales::LOCALES`]; returns the code as stored (`de` for
    /// `de-DE`).
    pub fn set_report_locale(&mut self, assessment_id: &str, locale: &str) -> Result<String> {
        let code = crate::locales::supported(locale)?;
        self.write("could not change the report language", |tx| {
            require_live(tx, assessment_id)?;
            tx.execute(
                "UPDATE assessments SET report_locale = ?2 WHERE id = ?1",
                params![assessment_id, code],
            )
            .map_err(Error::storage("could not change the report language"))?;
            touch(tx, assessment_id)
        })?;
        Ok(code.to_owned())
    }

    /// Sets the language a respondent answers in, one of the assessment's
    /// questionnaire languages (`None`: the app's language); returns it as
    /// stored (`fr` for `fr-BE`).
    pub fn set_respondent_locale(
        &mut self,
        respondent_id: &str,
        locale: Option<&str>,
    ) -> Result<Option<String>> {
        let (_, assessment_id) = with_assessment(self.conn(), respondent_id)?;
        let stored = match locale.map(str::trim).filter(|l| !l.is_empty()) {
            None => None,
            Some(tag) => Some(self.questionnaire(&assessment_id)?.check_locale(tag)?),
        };
        self.write("could not change the respondent's language", |tx| {
            tx.execute(
                "UPDATE respondents SET locale = ?2 WHERE id = ?1",
                params![respondent_id, stored],
            )
            .map_err(Error::storage("could not change the respondent's language"))?;
            touch(tx, &assessment_id)
        })?;
        Ok(stored)
    }
}
