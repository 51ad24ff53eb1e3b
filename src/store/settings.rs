//! The `dimension_settings` table: the target level and importance of each
//! dimension, as agreed for one assessment (`None` = scoring.md's default).

use rusqlite::params;

use super::Store;
use super::assessments::{require_live, touch};
use crate::model::DimensionSetting;
use crate::{Error, Result};

fn check_level(what: &str, value: Option<u8>) -> Result<()> {
    match value {
        Some(v) if !(1..=5).contains(&v) => Err(Error::InvalidInput(format!(
            "{what} {v} is not between 1 and 5"
        ))),
        _ => Ok(()),
    }
}

impl Store {
    /// The settings stored for an assessment, in questionnaire order.
    pub fn dimension_settings(&self, assessment_id: &str) -> Result<Vec<DimensionSetting>> {
        require_live(self.conn(), assessment_id)?;
        let mut settings: Vec<DimensionSetting> = self
            .conn()
            .prepare_cached(
                "SELECT dimension_id, target, importance FROM dimension_settings \
                 WHERE assessment_id = ?1",
            )
            .and_then(|mut s| {
                s.query_map([assessment_id], |r| {
                    Ok(DimensionSetting {
                        dimension_id: r.get(0)?,
                        target: r.get(1)?,
                        importance: r.get(2)?,
                    })
                })?
                .collect()
            })
            .map_err(self.fail("could not read the targets"))?;
        let q = self.questionnaire(assessment_id)?;
        let pos = |id: &str| q.dimensions.iter().position(|d| d.id == id);
        settings.sort_by_key(|s| pos(&s.dimension_id));
        Ok(settings)
    }

    /// Sets a dimension's target and importance (both replaced; `None`
    /// returns to the default). Both must be 1–5 and the dimension must be
    /// in the assessment's questionnaire.
    pub fn set_dimension_setting(
        &mut self,
        assessment_id: &str,
        setting: &DimensionSetting,
    ) -> Result<()> {
        check_level("target", setting.target)?;
        check_level("importance", setting.importance)?;
        let q = self.questionnaire(assessment_id)?;
        if q.dimension(&setting.dimension_id).is_none() {
            return Err(Error::NotFound {
                what: "dimension",
                id: setting.dimension_id.clone(),
            });
        }
        self.write("could not save the target", |tx| {
            require_live(tx, assessment_id)?;
            if setting.target.is_none() && setting.importance.is_none() {
                tx.execute(
                    "DELETE FROM dimension_settings WHERE assessment_id = ?1 AND dimension_id = ?2",
                    [assessment_id, setting.dimension_id.as_str()],
                )
            } else {
                tx.execute(
                    "INSERT INTO dimension_settings (assessment_id, dimension_id, target, importance) \
                     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (assessment_id, dimension_id) DO UPDATE \
                     SET target = excluded.target, importance = excluded.importance",
                    params![
                        assessment_id,
                        setting.dimension_id,
                        setting.target,
                        setting.importance
                    ],
                )
            }
            .map_err(Error::storage("could not save the target"))?;
            touch(tx, assessment_id)
        })
    }
}
