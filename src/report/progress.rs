//! What a later round's report and workbook show of its progress: the
//! round against its previous one ([`Comparison`]) and the chain up to it
//! ([`Trend`]), both computed by [`crate::scoring::rounds`] and loaded by
//! [`crate::workflow`], with the earlier round's questionnaire so that the
//! actions completed in the period and the questions it had are named as
//! that round named them. Nothing here computes a figure.

use crate::questionnaire::Questionnaire;
use crate::scoring::TOLERANCE;
use crate::scoring::rounds::{Comparison, Trend};

/// From this many rounds in a chain the report draws the trend chart and
/// the workbook has a Trend sheet (scoring.md: "a trend over three or more
/// rounds"); with two, the comparison says it all.
pub const TREND_FROM_ROUNDS: usize = 3;

/// A round's progress since its previous round.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub comparison: Comparison,
    /// The rounds of the chain up to and including this one, oldest first
    /// (a later round is not this report's business).
    pub trend: Trend,
    /// The previous round's questionnaire snapshot.
    pub previous: Questionnaire,
}

/// An action completed in the period, as the previous round's
/// questionnaire names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletedAction {
    pub id: String,
    pub title: String,
    /// The title of the dimension the action belongs to.
    pub dimension: String,
}

impl Progress {
    /// The trend, when the chain is long enough to draw one.
    pub fn trend_to_show(&self) -> Option<&Trend> {
        (self.trend.rounds.len() >= TREND_FROM_ROUNDS).then_some(&self.trend)
    }

    /// The actions completed in the period, in the comparison's order, with
    /// their titles (an id the questionnaire does not know stands for
    /// itself).
    pub fn completed_actions(&self) -> Vec<CompletedAction> {
        self.comparison
            .actions_completed
            .iter()
            .map(|id| {
                let found = self.previous.actions().find(|(_, _, a)| a.id == *id);
                CompletedAction {
                    id: id.clone(),
                    title: found.map_or_else(|| id.clone(), |(_, _, a)| a.title.clone()),
                    dimension: found.map_or_else(String::new, |(d, _, _)| d.title.clone()),
                }
            })
            .collect()
    }

    /// The prompt of a question of the previous round's questionnaire, or
    /// else of `current`; the id itself when neither has it.
    pub fn question_prompt(&self, current: &Questionnaire, id: &str) -> String {
        current
            .question(id)
            .or_else(|| self.previous.question(id))
            .map_or_else(|| id.to_owned(), |(_, q)| q.prompt.clone())
    }
}

/// A change of NPS or CSAT as the report and the workbook show it: whole
/// points, the size cut like the shares are
/// ([`crate::scoring::shown_percent_value`]), then the sign.
pub fn cut_points(change: f64) -> f64 {
    let size = (change.abs() + TOLERANCE).floor() + 0.0;
    if change < 0.0 { -size } else { size }
}
