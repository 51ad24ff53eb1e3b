//! The sequences that cross the layers: load an assessment from the store,
//! score it, plan its roadmap, render a document. They live here, above
//! [`crate::store`] and [`crate::report`], so that the store knows no
//! document and the report renders what it is given; `cxm` and the desktop
//! app both call these, so the two always write the same file.

use crate::model::ActionStatus;
use crate::report::{self, Rendered, ReportOptions};
use crate::scoring::rounds::Round;
use crate::store::Store;
use crate::{Error, Result, roadmap, scoring};

/// The PDF report of a stored assessment as it is now (answers, targets,
/// roadmap edits) with the consultant's branding: what `cxm report` and the
/// app's "Export PDF…" write.
pub fn render_report(
    store: &Store,
    assessment_id: &str,
    options: &ReportOptions,
) -> Result<Rendered> {
    let data = store.load(assessment_id)?;
    let branding = store.branding()?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    report::render(&data, &sc, &rm, &branding, options)
}

/// The workbook of a stored assessment as it is now, in English: what
/// `cxm export` and the app's "Export XLSX…" write.
pub fn export_workbook(store: &Store, assessment_id: &str) -> Result<Vec<u8>> {
    let data = store.load(assessment_id)?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    report::xlsx::export(&data, &sc, &rm, &report::locale::EN)
}

/// A round against its previous one (scoring.md, "Rounds and progress"):
/// what `cxm compare` prints and the app's Progress tab shows. Refused for
/// a round without a previous one.
pub fn compare_rounds(store: &Store, assessment_id: &str) -> Result<scoring::rounds::Comparison> {
    let now = store.load(assessment_id)?;
    let Some(previous) = store.previous_round(assessment_id)? else {
        return Err(Error::InvalidInput(format!(
            "“{}” is the first round of its chain: there is no earlier round to compare it \
             with; start its next round to measure progress",
            now.assessment.title
        )));
    };
    let then = store.load(&previous.id)?;
    let done_before_then = match store.previous_round(&previous.id)? {
        None => Vec::new(),
        Some(before) => store
            .action_edits(&before.id)?
            .into_iter()
            .filter(|e| e.status == Some(ActionStatus::Done))
            .map(|e| e.action_id)
            .collect(),
    };
    let (card_then, card_now) = (scoring::score(&then), scoring::score(&now));
    Ok(scoring::rounds::compare(
        Round {
            data: &then,
            card: &card_then,
        },
        Round {
            data: &now,
            card: &card_now,
        },
        &done_before_then,
    ))
}

/// Every round of an assessment's chain, oldest first: what `cxm trend`
/// prints and the app's trend chart draws.
pub fn trend(store: &Store, assessment_id: &str) -> Result<scoring::rounds::Trend> {
    let data = store
        .rounds(assessment_id)?
        .iter()
        .map(|a| store.load(&a.id))
        .collect::<Result<Vec<_>>>()?;
    let cards: Vec<_> = data.iter().map(scoring::score).collect();
    let rounds: Vec<Round<'_>> = data
        .iter()
        .zip(&cards)
        .map(|(data, card)| Round { data, card })
        .collect();
    Ok(scoring::rounds::trend(&rounds))
}
