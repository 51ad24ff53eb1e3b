//! The methodology in plain words, for the report's appendix and the app's
//! help: sections with headings and paragraphs, in the report's language.
//!
//! Every threshold, default, level name and time frame in the text is
//! formatted here, from the constants [`crate::scoring`] and
//! [`crate::roadmap`] compute with and in the language's way of writing
//! figures ([`Labels`]), so the explanation cannot drift from the
//! arithmetic; `en.rs`, `de.rs` and `fr.rs` hold the sentences around
//! those figures. Written for a board member: no formulas beyond what a
//! sentence can carry.

mod de;
mod en;
mod fr;

pub(crate) use de::sections as german;
pub(crate) use en::sections as english;
pub(crate) use fr::sections as french;

use serde::Serialize;

use crate::report::locale::Labels;
use crate::roadmap::Phase;
use crate::scoring::rounds::{
    DIRECTION_STEP, DIVERGING_CSAT_DROP, DIVERGING_NPS_DROP, MOSTLY_CARRIED_BELOW,
};
use crate::scoring::{
    DEFAULT_IMPORTANCE, LEVEL_NAMES, LOW_COVERAGE_BELOW, MISALIGNED_DIMENSION_SPREAD,
    MISALIGNED_QUESTION_SPREAD, PERCEPTION_GAP_CSAT_BELOW, PERCEPTION_GAP_MIN_SCORE,
    PERCEPTION_GAP_NPS_BELOW, level,
};

/// One section of the methodology.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// Every figure and name the methodology states, written in the
/// language's way: what a language's sentences are built around.
#[derive(Debug, Clone)]
pub struct Figures<'a> {
    /// The five level names, index 0 = level 1.
    pub levels: [&'a str; 5],
    /// What separates a name from what follows it ("Initial: …").
    pub colon: &'a str,
    /// The example of how a score is read: a score ("2.6"), the level it is
    /// at (2) and that level's name.
    pub example: String,
    pub example_level: u8,
    pub example_level_name: &'a str,
    /// The example of the cut: a figure with two decimals ("2.97") and how
    /// it is shown ("2.9").
    pub uncut: String,
    pub cut: String,
    /// Coverage below this flags a dimension ("60 %").
    pub low_coverage: String,
    /// The spreads that flag a dimension and a question ("1.5", "2.0").
    pub dimension_spread: String,
    pub question_spread: String,
    /// The highest level (5), which a default target never exceeds.
    pub top_level: usize,
    pub default_importance: u8,
    /// Each phase's name and time frame, Now, Next, Later.
    pub phases: [(&'a str, &'a str); 3],
    /// The perception gap: the score from which it is flagged ("3.0"),
    /// that score's level name, the NPS and CSAT below which it is
    /// ("0", "70 %").
    pub perception_score: String,
    pub perception_level_name: &'a str,
    pub nps_below: String,
    pub csat_below: String,
    /// The change that counts as a direction, up and down ("+0.3",
    /// "−0.3").
    pub step_up: String,
    pub step_down: String,
    /// The confirmed share below which a change is mostly carried ("50 %").
    pub mostly_carried: String,
    /// The falls of NPS and CSAT, in points, that make a comparison
    /// diverging ("5", "3").
    pub nps_drop: String,
    pub csat_drop: String,
}

impl<'a> Figures<'a> {
    /// The figures as `l` writes them.
    pub fn new(l: &'a Labels) -> Self {
        let example = 2.6;
        let example_level = level(example);
        Figures {
            levels: l.level_names,
            colon: l.colon,
            example: l.score(example),
            example_level,
            example_level_name: l.level_name(example_level),
            uncut: l.decimals(2.97, 2),
            cut: l.score(2.97),
            low_coverage: l.percent(LOW_COVERAGE_BELOW),
            dimension_spread: l.score(MISALIGNED_DIMENSION_SPREAD),
            question_spread: l.score(MISALIGNED_QUESTION_SPREAD),
            top_level: LEVEL_NAMES.len(),
            default_importance: DEFAULT_IMPORTANCE,
            phases: [Phase::Now, Phase::Next, Phase::Later]
                .map(|p| ((l.phase_name)(p), (l.phase_months)(p))),
            perception_score: l.score(PERCEPTION_GAP_MIN_SCORE),
            perception_level_name: l.level_name(level(PERCEPTION_GAP_MIN_SCORE)),
            nps_below: l.whole(PERCEPTION_GAP_NPS_BELOW),
            csat_below: l.percent(PERCEPTION_GAP_CSAT_BELOW / 100.0),
            step_up: l.delta(DIRECTION_STEP),
            step_down: l.delta(-DIRECTION_STEP),
            mostly_carried: l.percent(MOSTLY_CARRIED_BELOW),
            nps_drop: l.whole(DIVERGING_NPS_DROP),
            csat_drop: l.whole(DIVERGING_CSAT_DROP),
        }
    }
}

impl Figures<'_> {
    /// The levels as a numbered list, each with what it means (index 0 =
    /// level 1): "1. Initial: …".
    pub fn numbered_levels(&self, meanings: &[&str; 5]) -> Vec<String> {
        meanings
            .iter()
            .zip(self.levels)
            .zip(1u8..)
            .map(|((meaning, name), l)| format!("{l}. {name}{}{meaning}.", self.colon))
            .collect()
    }
}

/// The methodology in `l`'s language, in reading order.
pub fn methodology(l: &Labels) -> Vec<Section> {
    (l.methodology_text)(&Figures::new(l))
}

/// The methodology as plain text: headings underlined, paragraphs
/// separated by blank lines (for `cxm` and text exports).
pub fn to_text(sections: &[Section]) -> String {
    let mut out = String::new();
    for s in sections {
        out.push_str(&s.heading);
        out.push('\n');
        out.push_str(&"-".repeat(s.heading.chars().count()));
        out.push_str("\n\n");
        for p in &s.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
    }
    out
}

fn section(heading: &str, paragraphs: Vec<String>) -> Section {
    Section {
        heading: heading.to_owned(),
        paragraphs,
    }
}
