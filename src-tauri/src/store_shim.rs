//! TEMPORARY stand-in for `cx_maturity::store::Store` until the store lands
//! on main: the same method signatures, every call failing with a clear
//! error, so the shell compiles and its commands are wired end to end.

use std::path::{Path, PathBuf};

use cx_maturity::model::{
    Answer, AnswerValue, AssessmentData, Department, DimensionSetting, Evidence, EvidenceMetric,
    Respondent,
};
use cx_maturity::questionnaire::Questionnaire;
use cx_maturity::{Error, Result};
use time::{Date, OffsetDateTime};

fn unavailable<T>() -> Result<T> {
    Err(Error::InvalidInput(
        "the database is not available in this build yet".to_owned(),
    ))
}

#[derive(Debug)]
pub struct Store {
    path: PathBuf,
}

/// Mirror of the store's assessment list line.
#[derive(Debug, Clone)]
pub struct AssessmentSummary {
    pub id: String,
    pub updated_at: OffsetDateTime,
    pub completion: Option<f64>,
}

impl Store {
    pub fn open(path: &Path) -> Result<Store> {
        let _ = Store {
            path: path.to_owned(),
        };
        unavailable()
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn create_assessment(
        &mut self,
        _organisation: &str,
        _title: &str,
        _questionnaire: &Questionnaire,
        _departments: &[&str],
    ) -> Result<String> {
        unavailable()
    }
    pub fn list_assessments(&self) -> Result<Vec<AssessmentSummary>> {
        unavailable()
    }
    pub fn delete_assessment(&mut self, _id: &str) -> Result<()> {
        unavailable()
    }
    pub fn restore_assessment(&mut self, _id: &str) -> Result<()> {
        unavailable()
    }
    pub fn update_assessment(
        &mut self,
        _id: &str,
        _organisation: &str,
        _title: &str,
        _status: cx_maturity::model::AssessmentStatus,
    ) -> Result<cx_maturity::model::Assessment> {
        unavailable()
    }
    pub fn load(&self, _id: &str) -> Result<AssessmentData> {
        unavailable()
    }
    pub fn add_department(&mut self, _assessment_id: &str, _name: &str) -> Result<Department> {
        unavailable()
    }
    pub fn rename_department(
        &mut self,
        _assessment_id: &str,
        _department_id: &str,
        _name: &str,
    ) -> Result<Department> {
        unavailable()
    }
    pub fn reorder_departments(&mut self, _assessment_id: &str, _order: &[&str]) -> Result<()> {
        unavailable()
    }
    pub fn remove_department(&mut self, _assessment_id: &str, _department_id: &str) -> Result<()> {
        unavailable()
    }
    pub fn add_respondent(
        &mut self,
        _assessment_id: &str,
        _department_id: &str,
        _name: &str,
        _role: Option<&str>,
        _consensus: bool,
    ) -> Result<Respondent> {
        unavailable()
    }
    pub fn update_respondent(
        &mut self,
        _id: &str,
        _name: &str,
        _department_id: &str,
        _role: Option<&str>,
        _consensus: bool,
    ) -> Result<Respondent> {
        unavailable()
    }
    pub fn remove_respondent(&mut self, _id: &str) -> Result<()> {
        unavailable()
    }
    pub fn respondents(&self, _assessment_id: &str) -> Result<Vec<Respondent>> {
        unavailable()
    }
    pub fn save_answer(
        &mut self,
        _respondent_id: &str,
        _question_id: &str,
        _value: AnswerValue,
        _comment: Option<&str>,
    ) -> Result<Answer> {
        unavailable()
    }
    pub fn clear_answer(&mut self, _respondent_id: &str, _question_id: &str) -> Result<()> {
        unavailable()
    }
    pub fn set_dimension_setting(
        &mut self,
        _assessment_id: &str,
        _setting: &DimensionSetting,
    ) -> Result<()> {
        unavailable()
    }
    pub fn add_evidence(
        &mut self,
        _assessment_id: &str,
        _metric: EvidenceMetric,
        _value: f64,
        _date: Option<Date>,
        _source: Option<&str>,
    ) -> Result<Evidence> {
        unavailable()
    }
}

/// Stand-in for `cx_maturity::demo::create`.
pub fn create_demo(_store: &mut Store) -> Result<String> {
    unavailable()
}

/// Stand-in for `cx_maturity::store::parse_date`.
pub fn parse_date(_text: &str) -> Result<Date> {
    unavailable()
}
