//! Every fixed word the report and the XLSX export print, in one table per
//! language. English only for now; German and French are planned, and a new
//! language is one more `Labels` value here, nothing else.
//!
//! Sentences with figures in them are small functions so that word order
//! can differ between languages.

use crate::model::ActionStatus;
use crate::questionnaire::Effort;
use crate::roadmap::Phase;
use crate::{Error, Result};

/// The report's words in one language.
#[derive(Debug)]
pub struct Labels {
    pub code: &'static str,
    pub report_title: &'static str,
    pub report_subtitle: &'static str,
    pub prepared_by: &'static str,
    pub date: &'static str,
    pub questionnaire: &'static str,
    pub respondents: &'static str,
    pub respondents_by_department: &'static str,
    pub departments_word: &'static str,
    pub more_departments: fn(usize) -> String,
    /// Participation on the cover: respondents who took part of those set
    /// up, departments likewise.
    pub participation_fact: fn(usize, usize, usize, usize) -> String,
    /// A department's respondents who took part, of those set up.
    pub took_part_of: fn(usize, usize) -> String,
    pub did_not_take_part: &'static str,
    /// The executive summary's participation sentence.
    pub participation_sentence: fn(usize, usize, usize, usize) -> String,
    /// Names the departments that did not take part (joined), and how many did.
    pub missing_departments_sentence: fn(&str, usize) -> String,
    /// The summary sentence when some departments did not take part.
    pub summary_sentence_partial: fn(org: &str, score: &str, level: &str) -> String,
    pub no_target: &'static str,
    /// Respondents who took part, in a key figure's note.
    pub respondents_took_part: fn(usize) -> String,
    pub confidential: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub contents: &'static str,

    pub executive_summary: &'static str,
    pub overall_score: &'static str,
    pub level: &'static str,
    pub stage: &'static str,
    pub coverage: &'static str,
    pub out_of_five: &'static str,
    pub no_score: &'static str,
    pub stage_incomplete: &'static str,
    pub held_back_by: fn(&str) -> String,
    pub summary_sentence: fn(org: &str, score: &str, level: &str) -> String,
    pub stage_sentence:
        fn(stage: u8, stage_name: &str, weakest: &str, weakest_score: &str) -> String,
    pub stage_incomplete_sentence: &'static str,
    pub nothing_answered: &'static str,
    pub nothing_answered_body: &'static str,
    pub strengths: &'static str,
    pub gaps: &'static str,
    pub gap_to_target: fn(score: &str, target: u8) -> String,
    pub disagreement: &'static str,
    pub disagreement_intro: &'static str,
    pub disagreement_line:
        fn(dim: &str, spread: &str, high: &str, high_v: &str, low: &str, low_v: &str) -> String,
    pub no_disagreement: &'static str,
    pub perception_gap_title: &'static str,
    pub perception_gap_body: fn(score: &str, evidence: &str) -> String,
    pub start_now: &'static str,
    pub no_actions: &'static str,

    pub results: &'static str,
    pub radar_title: &'static str,
    pub radar_caption: &'static str,
    pub bars_title: &'static str,
    /// The dumbbell chart of two rounds, and its legend: the earlier
    /// round's date, the later round's date.
    pub progress_chart_title: &'static str,
    pub round_then: fn(&str) -> String,
    pub round_now: fn(&str) -> String,
    /// The small multiples of a trend over rounds; `overall` names the
    /// panel of the overall score.
    pub trend_chart_title: &'static str,
    pub overall: &'static str,
    pub heat_title: &'static str,
    pub heat_caption: &'static str,
    pub coverage_title: &'static str,
    pub coverage_caption: &'static str,
    pub organisation: &'static str,
    pub target: &'static str,
    pub current: &'static str,
    pub gap: &'static str,
    pub departments_hidden: fn(usize) -> String,
    pub low: &'static str,
    pub minimum: &'static str,

    pub dimensions: &'static str,
    pub dimension: &'static str,
    pub score: &'static str,
    pub spread: &'static str,
    pub importance: &'static str,
    pub priority: &'static str,
    pub department: &'static str,
    pub department_answers: &'static str,
    pub misaligned_questions: &'static str,
    pub misaligned_none: &'static str,
    pub question: &'static str,
    pub questions: &'static str,
    pub notable_comments: &'static str,
    pub no_comments: &'static str,
    pub misaligned_flag: &'static str,
    pub low_coverage_flag: &'static str,
    pub default_target: &'static str,

    pub roadmap: &'static str,
    pub roadmap_intro: &'static str,
    pub phase_title: fn(Phase) -> &'static str,
    pub action: &'static str,
    pub owner: &'static str,
    pub effort: &'static str,
    pub due: &'static str,
    pub status: &'static str,
    pub notes: &'static str,
    pub no_actions_in_phase: &'static str,
    pub actions_count: fn(usize) -> String,
    pub dropped: &'static str,
    /// Rule 4a in words, with the capacities the plan was cut with.
    pub capacity_note: fn(u32, u32) -> String,
    /// An action a full phase moved: its phase now, the phase that was full.
    pub moved_full: fn(Phase, Phase) -> String,
    /// An action moved with one it requires: its phase now, that action's title.
    pub moved_requires: fn(Phase, &str) -> String,
    pub effort_name: fn(Effort) -> &'static str,
    pub status_name: fn(ActionStatus) -> &'static str,

    pub appendix: &'static str,
    pub methodology: &'static str,
    pub distribution: &'static str,
    pub distribution_intro: &'static str,
    pub na: &'static str,
    pub unknown: &'static str,
    pub all_comments: &'static str,
    pub revotes: &'static str,
    pub revotes_intro: &'static str,
    pub voters: &'static str,
    pub first_spread: &'static str,
    pub final_spread: &'static str,
    pub changed_votes: &'static str,
    pub knowledge_gaps: &'static str,
    pub knowledge_gaps_intro: &'static str,
    pub no_knowledge_gaps: &'static str,
    pub respondent: &'static str,
    pub customer_evidence: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub source: &'static str,
    pub nps: &'static str,
    pub csat: &'static str,
    pub churn: &'static str,

    pub sheet_actions: &'static str,
    pub sheet_scores: &'static str,
    pub sheet_answers: &'static str,
    pub phase: &'static str,
    pub transition: &'static str,
    pub description: &'static str,
    pub requires: &'static str,
    pub answer: &'static str,
    pub comment: &'static str,
    pub role: &'static str,
    pub question_id: &'static str,
    pub action_id: &'static str,
    pub answered_at: &'static str,
}

/// English.
pub static EN: Labels = Labels {
    code: "en",
    report_title: "Customer Experience Maturity Assessment",
    report_subtitle: "Scored results and roadmap",
    prepared_by: "Prepared by",
    date: "Date",
    questionnaire: "Questionnaire",
    respondents: "Respondents",
    respondents_by_department: "Respondents by department",
    departments_word: "departments",
    more_departments: |n| format!("and {n} more departments (listed in the appendix)"),
    participation_fact: |r, rs, d, ds| format!("{r} of {rs} took part · {d} of {ds} departments"),
    took_part_of: |n, m| format!("{n} of {m}"),
    did_not_take_part: "did not take part",
    participation_sentence: |r, rs, d, ds| {
        let people = if rs == 1 { "respondent" } else { "respondents" };
        let units = if ds == 1 { "department" } else { "departments" };
        format!("{r} of {rs} {people} in {d} of {ds} {units} took part.")
    },
    missing_departments_sentence: |names, took_part| {
        let which = if took_part == 1 {
            "the one department that took part".to_owned()
        } else {
            format!("the {took_part} departments that took part")
        };
        format!(
            "Did not take part: {names}. The organisation's figures in this report are those of {which}."
        )
    },
    summary_sentence_partial: |org, score, level| {
        format!(
            "{org} scores {score} out of 5 on average across the departments that took part: {level}."
        )
    },
    no_target: "no target",
    respondents_took_part: |n| {
        if n == 1 {
            "1 respondent took part".to_owned()
        } else {
            format!("{n} respondents took part")
        }
    },
    confidential: "Confidential",
    page_of: |p, n| format!("Page {p} of {n}"),
    contents: "Contents",

    executive_summary: "Executive summary",
    overall_score: "Overall score",
    level: "Level",
    stage: "Stage",
    coverage: "Coverage",
    out_of_five: "out of 5",
    no_score: "no score",
    stage_incomplete: "not yet known",
    held_back_by: |d| format!("held back by {d}"),
    summary_sentence: |org, score, level| {
        format!("{org} scores {score} out of 5 on average across its functions: {level}.")
    },
    stage_sentence: |stage, name, weakest, ws| {
        format!(
            "Its stage, set by its weakest dimension, is {stage} ({name}): {weakest} scores {ws} and holds the rest back. A chain is as strong as its weakest link; raising it comes first."
        )
    },
    stage_incomplete_sentence: "The stage cannot be set yet: at least one dimension has no answers.",
    nothing_answered: "No answers yet",
    nothing_answered_body: "Nothing has been answered in this assessment yet, so there is no score, no stage and no roadmap. This report lists the questionnaire's dimensions and the departments taking part; run it again once answers are in.",
    strengths: "Top strengths",
    gaps: "Biggest gaps",
    gap_to_target: |score, target| format!("{score} against a target of {target}"),
    disagreement: "Where departments disagree",
    disagreement_intro: "The dimensions whose department scores lie furthest apart. A wide spread means functions see the same organisation differently; settle that before planning.",
    disagreement_line: |dim, spread, high, hv, low, lv| {
        format!("{dim}: spread {spread} ({high} {hv}, {low} {lv})")
    },
    no_disagreement: "No dimension has department scores that differ by more than the alignment threshold.",
    perception_gap_title: "Perception gap: the customers see it differently",
    perception_gap_body: |score, evidence| {
        format!(
            "The organisation rates itself {score} (Defined or above), but customer evidence points the other way: {evidence}. Brands routinely rate their customer experience far above what customers feel; test the self-assessment against customer data before acting on it."
        )
    },
    start_now: "Three actions to start now",
    no_actions: "No actions are planned: every dimension meets its target.",

    results: "Results at a glance",
    radar_title: "Maturity profile against target",
    radar_caption: "Organisation score per dimension (filled), agreed target (dashed) and each department (thin lines). Scale 1 Initial to 5 Optimising.",
    bars_title: "Current score and target per dimension",
    progress_chart_title: "Maturity by dimension, then and now",
    round_then: |date| format!("Then ({date})"),
    round_now: |date| format!("Now ({date})"),
    trend_chart_title: "Maturity over the rounds, overall and by dimension",
    overall: "Overall",
    heat_title: "Department × dimension",
    heat_caption: "Department score per dimension; darker is more mature. A dash means no answers.",
    coverage_title: "Answer coverage per dimension",
    coverage_caption: "Share of expected answers that were given (don't-know and missing answers lower it). Below 60 % a score rests on thin evidence.",
    organisation: "Organisation",
    target: "Target",
    current: "Current",
    gap: "Gap",
    departments_hidden: |n| {
        format!("{n} departments: see the heat map for each department's profile.")
    },
    low: "low",
    minimum: "minimum",

    dimensions: "Dimension by dimension",
    dimension: "Dimension",
    score: "Score",
    spread: "Spread",
    importance: "Importance",
    priority: "Priority",
    department: "Department",
    department_answers: "What each department answered",
    misaligned_questions: "Questions the departments disagree on",
    misaligned_none: "No question in this dimension splits the departments.",
    question: "Question",
    questions: "Questions",
    notable_comments: "Notable comments",
    no_comments: "No comments were given for this dimension.",
    misaligned_flag: "Departments disagree",
    low_coverage_flag: "Low coverage",
    default_target: "default",

    roadmap: "Roadmap",
    roadmap_intro: "Actions from the questionnaire for each step between today's level and the target, ordered by priority (gap × importance × weight). An action never comes before one it requires.",
    phase_title: |p| match p {
        Phase::Now => "Now (0–3 months)",
        Phase::Next => "Next (3–9 months)",
        Phase::Later => "Later (9–18 months)",
    },
    action: "Action",
    owner: "Owner",
    effort: "Effort",
    due: "Due",
    status: "Status",
    notes: "Notes",
    no_actions_in_phase: "No actions in this phase.",
    actions_count: |n| match n {
        1 => "1 action".to_owned(),
        n => format!("{n} actions"),
    },
    dropped: "dropped",
    capacity_note: |now, next| {
        format!(
            "Now holds at most {now} actions and Next at most {next} (dropped actions do not count); the actions ranked after them move to the following phase."
        )
    },
    moved_full: |to, full| format!("Moved to {}: {} is full", to.name(), full.name()),
    moved_requires: |to, required| {
        format!(
            "Moved to {}: it requires “{required}”, which moved",
            to.name()
        )
    },
    effort_name: |e| match e {
        Effort::S => "Small",
        Effort::M => "Medium",
        Effort::L => "Large",
    },
    status_name: |s| match s {
        ActionStatus::Planned => "Planned",
        ActionStatus::InProgress => "In progress",
        ActionStatus::Done => "Done",
        ActionStatus::Blocked => "Blocked",
    },

    appendix: "Appendix",
    methodology: "Methodology",
    distribution: "Answer distribution per question",
    distribution_intro: "How many respondents chose each level, and how many answered not applicable (N/A) or don't know (?).",
    na: "N/A",
    unknown: "?",
    all_comments: "All comments",
    revotes: "Questions the workshop re-voted",
    revotes_intro: "In the live workshop the room voted blind, saw the votes, discussed and voted again. Spread is the highest level voted minus the lowest, first among the blind votes, then among the same people's final votes; a smaller final spread means the discussion brought the room closer.",
    voters: "Voters",
    first_spread: "First spread",
    final_spread: "Final spread",
    changed_votes: "Changed",
    knowledge_gaps: "Knowledge gaps",
    knowledge_gaps_intro: "Questions answered \u{201c}don't know\u{201d}: what the organisation does not know about itself.",
    no_knowledge_gaps: "No question was answered \u{201c}don't know\u{201d}.",
    respondent: "Respondent",
    customer_evidence: "Customer evidence",
    metric: "Metric",
    value: "Value",
    source: "Source",
    nps: "NPS",
    csat: "CSAT",
    churn: "Churn",

    sheet_actions: "Action register",
    sheet_scores: "Scores",
    sheet_answers: "Answers",
    phase: "Phase",
    transition: "Transition",
    description: "Description",
    requires: "Requires",
    answer: "Answer",
    comment: "Comment",
    role: "Role",
    question_id: "Question id",
    action_id: "Action id",
    answered_at: "Answered at (UTC)",
};

/// The labels for a locale code (`en`); an unknown code is an error that
/// lists the available ones.
pub fn labels(code: &str) -> Result<&'static Labels> {
    match code.trim().to_ascii_lowercase().as_str() {
        "en" | "en-gb" | "en-us" => Ok(&EN),
        _ => Err(Error::InvalidInput(format!(
            "locale {code:?} is not available for the report (available: en)"
        ))),
    }
}

/// Month names for dates written out in words.
pub fn format_date(l: &Labels, d: time::Date) -> String {
    let _ = l;
    format!("{} {} {}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_locale_names_the_available_ones() {
        let e = labels("xx").unwrap_err().to_string();
        assert!(e.contains("\"xx\"") && e.contains("available: en"), "{e}");
        assert_eq!(labels("EN").unwrap().code, "en");
    }

    #[test]
    fn dates_in_words() {
        let d = time::macros::date!(2026 - 03 - 05);
        assert_eq!(format_date(&EN, d), "5 March 2026");
    }
}
