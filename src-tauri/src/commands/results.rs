//! The results screen: the scorecard and charts, and the customer evidence
//! (NPS, CSAT, churn) recorded beside them.

use cx_maturity::Field;
use cx_maturity::anonymity;
use cx_maturity::dates::parse_date;
use cx_maturity::workflow;
use tauri::State;

use super::Reply;
use crate::convert::results::{charts, evidence_metric, scorecard};
use crate::state::{AppState, OpenStore};
use crate::wire::{AssessmentArgs, Results, SaveEvidenceArgs};

#[tauri::command(async)]
pub(crate) fn get_results(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<Results> {
    state.with("get_results", |s| results(s, &args.assessment_id))
}

#[tauri::command(async)]
pub(crate) fn save_evidence(state: State<'_, AppState>, args: SaveEvidenceArgs) -> Reply<Results> {
    state.with("save_evidence", |s| {
        let date = match args.date.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => Some(parse_date(d, Field::EvidenceDate)?),
            _ => None,
        };
        s.record_evidence(
            &args.assessment_id,
            &[(evidence_metric(args.metric), args.value)],
            date,
            args.source.as_deref(),
        )?;
        results(s, &args.assessment_id)
    })
}

/// The scorecard and its charts, in the consultant's accent colour; what
/// every command of the results and targets screens returns.
pub(crate) fn results(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<Results> {
    let mut data = workflow::load_in(s, id, s.locale())?;
    // The consultant's screen shows what any reader sees: anonymous names,
    // withheld figures (comments not to be quoted stay: they are theirs).
    let label = anonymity::respondent_label(s.locale())?;
    let card = anonymity::score_for_readers(&mut data, label);
    let accent = s.branding()?.accent_colour;
    Ok(Results {
        charts: charts(&card, accent.as_deref(), s.locale())?,
        scorecard: scorecard(&card),
    })
}
