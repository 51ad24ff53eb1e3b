//! Anonymity settings and "do not quote": whether an assessment is
//! anonymous and its threshold (`assessments.anonymous`,
//! `assessments.anonymity_threshold`), and the per-answer mark that keeps a
//! comment out of every export (`answers.do_not_quote`). What readers see
//! of an anonymous assessment is decided in [`crate::anonymity`], not here.

use rusqlite::params;

use super::Store;
use super::assessments::{require_live, touch};
use super::respondents::with_assessment;
use crate::model::Anonymity;
use crate::{Error, Result};

/// Checks a threshold against [`Anonymity::MIN_THRESHOLD`] and
/// [`Anonymity::MAX_THRESHOLD`].
pub fn check_threshold(threshold: u8) -> Result<u8> {
    if (Anonymity::MIN_THRESHOLD..=Anonymity::MAX_THRESHOLD).contains(&threshold) {
        Ok(threshold)
    } else {
        Err(Error::InvalidInput(format!(
            "the anonymity threshold {threshold} is not between {} and {}: a department's \
             figures are shown only when at least that many of its respondents answered",
            Anonymity::MIN_THRESHOLD,
            Anonymity::MAX_THRESHOLD
        )))
    }
}

impl Store {
    /// Makes an assessment anonymous or not; `threshold` keeps the stored
    /// one when `None`. Returns the settings as stored.
    pub fn set_anonymity(
        &mut self,
        assessment_id: &str,
        anonymous: Option<bool>,
        threshold: Option<u8>,
    ) -> Result<Anonymity> {
        if let Some(k) = threshold {
            check_threshold(k)?;
        }
        self.write("could not change the anonymity setting", |tx| {
            require_live(tx, assessment_id)?;
            tx.execute(
                "UPDATE assessments SET anonymous = coalesce(?2, anonymous), \
                 anonymity_threshold = coalesce(?3, anonymity_threshold) WHERE id = ?1",
                params![assessment_id, anonymous, threshold],
            )
            .map_err(Error::storage("could not change the anonymity setting"))?;
            touch(tx, assessment_id)
        })?;
        Ok(self.assessment(assessment_id)?.anonymity)
    }

    /// Marks a respondent's comment on a question as not to be quoted (or
    /// quotable again). The answer must exist; its value, comment and time
    /// stay as they are.
    pub fn set_do_not_quote(
        &mut self,
        respondent_id: &str,
        question_id: &str,
        do_not_quote: bool,
    ) -> Result<()> {
        let (_, assessment_id) = with_assessment(self.conn(), respondent_id)?;
        self.write("could not change the comment's quoting", |tx| {
            let n = tx
                .execute(
                    "UPDATE answers SET do_not_quote = ?3 \
                     WHERE respondent_id = ?1 AND question_id = ?2",
                    params![respondent_id, question_id, do_not_quote],
                )
                .map_err(Error::storage("could not change the comment's quoting"))?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "answer",
                    id: format!("{respondent_id}/{question_id}"),
                });
            }
            touch(tx, &assessment_id)
        })
    }
}
