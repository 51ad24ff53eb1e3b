//! The sequences that cross the layers: load an assessment from the store,
//! score it, plan its roadmap, render a document. They live here, above
//! [`crate::store`] and [`crate::report`], so that the store knows no
//! document and the report renders what it is given; `cxm` and the desktop
//! app both call these, so the two always write the same file.

use crate::model::{ActionEdit, ActionStatus, AssessmentData};
use crate::report::{self, Progress, Rendered, ReportOptions};
use crate::scoring::Scorecard;
use crate::scoring::rounds::Round;
use crate::store::Store;
use crate::{Error, Result, anonymity, roadmap, scoring};

/// The PDF report of a stored assessment as it is now (answers, targets,
/// roadmap edits) with the consultant's branding: what `cxm report` and the
/// app's "Export PDF…" write. A later round's report shows its progress
/// since the previous round ([`progress`]).
///
/// Everything is written in `options.locale`: the fixed words and, where
/// the questionnaire has them, its texts; comments stay as written.
pub fn render_report(
    store: &Store,
    assessment_id: &str,
    options: &ReportOptions,
) -> Result<Rendered> {
    let labels = report::locale::labels(&options.locale)?;
    let (data, sc) = for_readers(store, assessment_id, labels)?;
    let branding = store.branding()?;
    let rm = roadmap::plan(&data, &sc);
    let progress = progress(store, &data, &sc)?;
    report::render(&data, &sc, &rm, progress.as_ref(), &branding, options)
}

/// The Word report of a stored assessment as it is now: the same content
/// as [`render_report`]'s PDF, with the same readers' view (anonymity,
/// "do not quote") and a later round's progress.
pub fn render_docx(
    store: &Store,
    assessment_id: &str,
    options: &ReportOptions,
) -> Result<report::RenderedDocx> {
    let labels = report::locale::labels(&options.locale)?;
    let (data, sc) = for_readers(store, assessment_id, labels)?;
    let branding = store.branding()?;
    let rm = roadmap::plan(&data, &sc);
    let progress = progress(store, &data, &sc)?;
    report::render_docx(&data, &sc, &rm, progress.as_ref(), &branding, options)
}

/// The workbook of a stored assessment as it is now, in `locale`: what
/// `cxm export` and the app's "Export XLSX…" write (with the Progress and
/// Trend sheets of a later round).
pub fn export_workbook(store: &Store, assessment_id: &str, locale: &str) -> Result<Vec<u8>> {
    let labels = report::locale::labels(locale)?;
    let (data, sc) = for_readers(store, assessment_id, labels)?;
    let rm = roadmap::plan(&data, &sc);
    let progress = progress(store, &data, &sc)?;
    report::xlsx::export(&data, &sc, &rm, progress.as_ref(), labels)
}

/// A stored assessment in `labels`' language as the readers of a document
/// see it, with its scorecard: comments marked "do not quote" left out
/// and, when it is anonymous, no names and no figure below its threshold.
fn for_readers(
    store: &Store,
    assessment_id: &str,
    labels: &report::locale::Labels,
) -> Result<(AssessmentData, Scorecard)> {
    let mut data = load_in(store, assessment_id, labels.code)?;
    anonymity::drop_unquotable(&mut data);
    let sc = anonymity::score_for_readers(&mut data, labels.anonymous_respondent);
    Ok((data, sc))
}

/// The language a document of the assessment is written in: the one asked
/// for (checked), else the assessment's report language.
pub fn document_locale(store: &Store, assessment_id: &str, asked: Option<&str>) -> Result<String> {
    match asked {
        Some(tag) => Ok(report::locale::labels(tag)?.code.to_owned()),
        None => Ok(store.assessment(assessment_id)?.report_locale),
    }
}

/// A stored assessment with its questionnaire's texts in `locale`, as a
/// screen in that language shows it.
pub fn load_in(store: &Store, assessment_id: &str, locale: &str) -> Result<AssessmentData> {
    Ok(in_locale(store.load(assessment_id)?, locale))
}

/// An assessment with its questionnaire's texts in `locale` (unchanged when
/// the questionnaire has no such translation). Ids and weights are the
/// same in every language, so every figure is too.
fn in_locale(mut data: AssessmentData, locale: &str) -> AssessmentData {
    data.questionnaire = data.questionnaire.in_locale(locale);
    data
}

/// A round's progress since its previous round, as its report and
/// workbook show it: the comparison, and the trend of its chain up to it
/// (rounds after it are left out: the document is about this round).
/// `None` for a first round. `now` and `card` are the round as loaded and
/// scored by the caller; every earlier round is loaded and scored here.
pub fn progress(store: &Store, now: &AssessmentData, card: &Scorecard) -> Result<Option<Progress>> {
    let id = now.assessment.id.as_str();
    let chain = store.rounds(id)?;
    let before = chain.iter().position(|a| a.id == id).unwrap_or(0);
    // Earlier rounds name their questions in the language of this one.
    let locale = now.questionnaire.locale.as_str();
    // …and are as anonymous as this one: its readers see no more of them.
    let mut earlier = chain[..before]
        .iter()
        .map(|a| store.load(&a.id).map(|data| in_locale(data, locale)))
        .collect::<Result<Vec<_>>>()?;
    let cards: Vec<Scorecard> = earlier
        .iter_mut()
        .map(|data| anonymity::score_as(data, now.assessment.anonymity))
        .collect();
    let Some(then) = earlier.last() else {
        return Ok(None);
    };
    let done_before_then = earlier
        .len()
        .checked_sub(2)
        .map_or_else(Vec::new, |k| done_actions(&earlier[k].action_edits));
    let mut rounds: Vec<Round<'_>> = earlier
        .iter()
        .zip(&cards)
        .map(|(data, card)| Round { data, card })
        .collect();
    let comparison = scoring::rounds::compare(
        rounds[rounds.len() - 1],
        Round { data: now, card },
        &done_before_then,
    );
    rounds.push(Round { data: now, card });
    Ok(Some(Progress {
        comparison,
        trend: scoring::rounds::trend(&rounds),
        previous: then.questionnaire.clone(),
    }))
}

/// The ids of the actions a round's edits mark done.
fn done_actions(edits: &[ActionEdit]) -> Vec<String> {
    edits
        .iter()
        .filter(|e| e.status == Some(ActionStatus::Done))
        .map(|e| e.action_id.clone())
        .collect()
}

/// Every round of an assessment's chain, oldest first, each read and
/// scored once: the comparison and the trend are both drawn from it.
pub struct Chain {
    pub rounds: Vec<AssessmentData>,
    pub cards: Vec<Scorecard>,
    /// The position of the assessment asked for.
    pub at: usize,
}

impl Chain {
    /// Reads and scores the chain of `assessment_id`; every round is as
    /// anonymous as that one, so a withheld figure stays withheld.
    pub fn load(store: &Store, assessment_id: &str) -> Result<Chain> {
        let mut rounds = store
            .rounds(assessment_id)?
            .iter()
            .map(|a| store.load(&a.id))
            .collect::<Result<Vec<_>>>()?;
        let at = rounds
            .iter()
            .position(|r| r.assessment.id == assessment_id)
            .unwrap_or(0);
        let setting = rounds
            .get(at)
            .map(|r| r.assessment.anonymity)
            .unwrap_or_default();
        let cards = rounds
            .iter_mut()
            .map(|data| anonymity::score_as(data, setting))
            .collect();
        Ok(Chain { rounds, cards, at })
    }

    fn round(&self, k: usize) -> Round<'_> {
        Round {
            data: &self.rounds[k],
            card: &self.cards[k],
        }
    }

    /// The assessment asked for.
    pub fn now(&self) -> &AssessmentData {
        &self.rounds[self.at]
    }

    /// The assessment asked for against its previous round (scoring.md,
    /// "Rounds and progress"); refused for a first round.
    pub fn compare(&self) -> Result<scoring::rounds::Comparison> {
        let Some(before) = self.at.checked_sub(1) else {
            return Err(Error::InvalidInput(format!(
                "“{}” is the first round of its chain: there is no earlier round to compare it \
                 with; start its next round to measure progress",
                self.now().assessment.title
            )));
        };
        let done_before_then = before
            .checked_sub(1)
            .map_or_else(Vec::new, |k| done_actions(&self.rounds[k].action_edits));
        Ok(scoring::rounds::compare(
            self.round(before),
            self.round(self.at),
            &done_before_then,
        ))
    }

    /// Every round of the chain, oldest first.
    pub fn trend(&self) -> scoring::rounds::Trend {
        let rounds: Vec<Round<'_>> = (0..self.rounds.len()).map(|k| self.round(k)).collect();
        scoring::rounds::trend(&rounds)
    }
}

/// A round against its previous one: what `cxm compare` prints. Refused
/// for a round without a previous one.
pub fn compare_rounds(store: &Store, assessment_id: &str) -> Result<scoring::rounds::Comparison> {
    Chain::load(store, assessment_id)?.compare()
}

/// Every round of an assessment's chain, oldest first: what `cxm trend`
/// prints.
pub fn trend(store: &Store, assessment_id: &str) -> Result<scoring::rounds::Trend> {
    Ok(Chain::load(store, assessment_id)?.trend())
}
