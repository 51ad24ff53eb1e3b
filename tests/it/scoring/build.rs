//! A small builder of `AssessmentData` for the scoring and roadmap tests:
//! questionnaires, departments, respondents and answers written in a line.

use cx_maturity::model::{
    ActionEdit, Answer, AnswerValue, Assessment, AssessmentData, AssessmentStatus, Department,
    DimensionSetting, Evidence, EvidenceMetric, Respondent,
};
use cx_maturity::questionnaire::{
    Action, Dimension, Effort, Level, Question, Questionnaire, Transition,
};
use time::{Date, OffsetDateTime};

/// `(dimension id, weight, [(question id, weight)])`.
pub type DimSpec<'a> = (&'a str, f64, &'a [(&'a str, f64)]);

/// A questionnaire from its dimensions' specs.
pub fn questionnaire(dims: &[DimSpec<'_>]) -> Questionnaire {
    let names = ["Initial", "Developing", "Defined", "Managed", "Optimising"];
    Questionnaire {
        id: "test".into(),
        version: "1.0.0".into(),
        title: "Test questionnaire".into(),
        description: String::new(),
        locale: "en".into(),
        authors: Vec::new(),
        license: None,
        levels: names
            .iter()
            .zip(1..)
            .map(|(n, l)| Level {
                level: l,
                name: (*n).into(),
                description: String::new(),
            })
            .collect(),
        dimensions: dims
            .iter()
            .map(|(id, weight, questions)| Dimension {
                id: (*id).into(),
                title: format!("Dimension {id}"),
                short_title: None,
                description: String::new(),
                weight: *weight,
                questions: questions
                    .iter()
                    .map(|(qid, w)| Question {
                        id: (*qid).into(),
                        prompt: format!("Question {qid}"),
                        help: None,
                        weight: *w,
                        anchors: Default::default(),
                    })
                    .collect(),
                transitions: Vec::new(),
            })
            .collect(),
        translations: Default::default(),
    }
}

/// Adds an action for `from → from + 1` to dimension `dim`.
pub fn add_action(q: &mut Questionnaire, dim: &str, from: u8, id: &str, requires: &[&str]) {
    let d = q
        .dimensions
        .iter_mut()
        .find(|d| d.id == dim)
        .expect("test names a dimension of its questionnaire");
    let pos = match d.transitions.iter().position(|t| t.from == from) {
        Some(p) => p,
        None => {
            d.transitions.push(Transition {
                from,
                to: from + 1,
                actions: Vec::new(),
            });
            d.transitions.sort_by_key(|t| t.from);
            d.transitions
                .iter()
                .position(|t| t.from == from)
                .expect("just pushed")
        }
    };
    d.transitions[pos].actions.push(Action {
        id: id.into(),
        title: format!("Action {id}"),
        description: format!("What {id} does"),
        effort: Effort::M,
        owner: format!("Owner of {dim}"),
        requires: requires.iter().map(|r| (*r).into()).collect(),
    });
}

pub fn at(seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_780_000_000 + seconds).expect("valid time")
}

pub fn date(y: i32, m: u8, d: u8) -> Date {
    Date::from_calendar_date(y, time::Month::try_from(m).expect("month"), d).expect("date")
}

pub struct Build {
    pub data: AssessmentData,
    clock: i64,
}

impl Build {
    pub fn new(questionnaire: Questionnaire) -> Self {
        Build {
            data: AssessmentData {
                assessment: Assessment {
                    id: "a-1".into(),
                    organisation: "Acme".into(),
                    title: "Test".into(),
                    status: AssessmentStatus::Open,
                    created_at: at(0),
                    updated_at: at(0),
                    questionnaire_id: questionnaire.id.clone(),
                    questionnaire_version: questionnaire.version.clone(),
                    previous_id: None,
                    report_locale: "en".into(),
                    anonymity: Default::default(),
                },
                questionnaire,
                departments: Vec::new(),
                respondents: Vec::new(),
                answers: Vec::new(),
                settings: Vec::new(),
                evidence: Vec::new(),
                action_edits: Vec::new(),
                capacity: Default::default(),
                first_votes: Vec::new(),
            },
            clock: 0,
        }
    }

    fn tick(&mut self) -> OffsetDateTime {
        self.clock += 1;
        at(self.clock)
    }

    /// A department with id `dep-NAME`, after the existing ones.
    pub fn department(&mut self, name: &str) -> &mut Self {
        let position = u32::try_from(self.data.departments.len()).expect("few departments");
        self.data.departments.push(Department {
            id: format!("dep-{name}"),
            name: name.into(),
            position,
        });
        self
    }

    /// A respondent `name` (id `r-NAME`) of department `dep` with answers
    /// written as `"q1=3 q2=na q3=unknown"`.
    pub fn respondent(&mut self, dep: &str, name: &str, answers: &str) -> &mut Self {
        let created_at = self.tick();
        let id = format!("r-{name}");
        self.data.respondents.push(Respondent {
            id: id.clone(),
            name: name.into(),
            department_id: format!("dep-{dep}"),
            role: None,
            consensus: false,
            created_at,
            locale: None,
        });
        for pair in answers.split_whitespace() {
            let (q, v) = pair.split_once('=').expect("answers are q=v");
            let value: AnswerValue = v.parse().expect("test answers are valid");
            let updated_at = self.tick();
            self.data.answers.push(Answer {
                respondent_id: id.as_str().into(),
                question_id: q.into(),
                value,
                comment: None,
                updated_at,
                carried: false,
                do_not_quote: false,
            });
        }
        self
    }

    pub fn setting(&mut self, dim: &str, target: Option<u8>, importance: Option<u8>) -> &mut Self {
        self.data.settings.push(DimensionSetting {
            dimension_id: dim.into(),
            target,
            importance,
        });
        self
    }

    pub fn evidence(
        &mut self,
        metric: EvidenceMetric,
        value: f64,
        date: Option<Date>,
    ) -> &mut Self {
        let recorded_at = self.tick();
        self.data.evidence.push(Evidence {
            metric,
            value,
            date,
            source: Some("survey".into()),
            recorded_at,
        });
        self
    }

    pub fn edit(&mut self, edit: ActionEdit) -> &mut Self {
        self.data.action_edits.push(edit);
        self
    }

    pub fn data(&self) -> AssessmentData {
        self.data.clone()
    }
}
