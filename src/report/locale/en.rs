//! The report's words in English (British spelling).

use super::{Labels, one_or_many};
use crate::model::ActionStatus;
use crate::questionnaire::Effort;
use crate::roadmap::Phase;
use crate::scoring::rounds::{DeltaFlag, Direction};

/// English.
pub static EN: Labels = Labels {
    code: "en",
    level_names: ["Initial", "Developing", "Defined", "Managed", "Optimising"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    long_date: |day, month, year| format!("{day} {month} {year}"),
    numeric_date: |day, month, year| format!("{year:04}-{month:02}-{day:02}"),
    month_year: |year, month| format!("{year:04}-{month:02}"),
    decimal_separator: '.',
    percent_sign: " %",
    colon: ": ",
    open_quote: "\u{201c}",
    close_quote: "\u{201d}",
    methodology_text: crate::methodology::english,
    report_title: "Customer Experience Maturity Assessment",
    report_subtitle: "Scored results and roadmap",
    report_file: "CX maturity report",
    workbook_file: "action register",
    pack_file: "self-assessment",
    prepared_by: "Prepared by",
    date: "Date",
    questionnaire: "Questionnaire",
    respondents: "Respondents",
    respondents_by_department: "Respondents by department",
    more_departments: |n| format!("and {n} more departments (listed in the appendix)"),
    participation_fact: |r, rs, d, ds| format!("{r} of {rs} took part · {d} of {ds} departments"),
    took_part_of: |n, m| format!("{n} of {m}"),
    anonymous_respondent: |n, department| format!("Respondent {n} ({department})"),
    fewer_than: |k| format!("fewer than {k} respondents"),
    anonymous_note: |k| {
        format!(
            "This assessment is anonymous: no respondent is named, and a department\u{2019}s own \
             figure is shown only where at least {k} of its respondents answered. The \
             organisation\u{2019}s figures use every answer."
        )
    },
    did_not_take_part: "did not take part",
    participation_sentence: |r, rs, d, ds| {
        let people = if rs == 1 { "respondent" } else { "respondents" };
        let units = if ds == 1 { "department" } else { "departments" };
        format!("{r} of {rs} {people} in {d} of {ds} {units} took part.")
    },
    missing_departments_sentence: |missing, took_part| {
        let names = missing.join(", ");
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
    list_and: |names| match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    },

    executive_summary: "Executive summary",
    overall_score: "Overall score",
    level: "Level",
    stage: "Stage",
    coverage: "Coverage",
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
    gap_to_target: |score, target| format!("{score} against a target of\u{a0}{target}"),
    disagreement: "Where departments disagree",
    disagreement_intro: "The dimensions whose department scores lie furthest apart. A wide spread means functions see the same organisation differently; settle that before planning.",
    disagreement_line: |dim, spread, high, hv, low, lv| {
        format!("{dim}: spread {spread} ({high} {hv}, {low} {lv})")
    },
    no_disagreement: "No dimension has department scores that differ by more than the alignment threshold.",
    perception_gap_title: "Perception gap: the customers see it differently",
    perception_gap_body: |score, level, evidence| {
        format!(
            "The organisation rates itself {score} ({level} or above), but customer evidence points the other way: {evidence}. Brands routinely rate their customer experience far above what customers feel; test the self-assessment against customer data before acting on it."
        )
    },
    start_now: "Three actions to start now",
    no_actions: "No actions are planned: every dimension meets its target.",

    results: "Results at a glance",
    radar_title: "Maturity profile against target",
    radar_caption: |lowest, highest| {
        format!(
            "Organisation score per dimension (filled), agreed target (dashed) and each department (thin lines). Scale 1 {lowest} to 5 {highest}."
        )
    },
    bars_title: "Current score and target per dimension",
    progress_chart_title: "Maturity by dimension, then and now",
    round_then: |date| format!("Then ({date})"),
    round_now: |date| format!("Now ({date})"),
    trend_chart_title: "Maturity over the rounds, overall and by dimension",
    overall: "Overall",
    heat_title: "Department × dimension",
    heat_caption: "Department score per dimension; darker is more mature. A dash means no answers.",
    coverage_title: "Answer coverage per dimension",
    coverage_caption: |threshold| {
        format!(
            "Share of expected answers that were given (don't-know and missing answers lower it). Below {threshold} a score rests on thin evidence."
        )
    },
    organisation: "Organisation",
    target: "Target",
    current: "Current",
    gap: "Gap",
    departments_hidden: |n| {
        format!("{n} departments: see the heat map for each department's profile.")
    },
    low: "low",
    contents: "Contents",
    chart_figures_below: "The figures behind the chart are in the table below it.",
    minimum_note: |threshold| format!("{threshold} minimum"),

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
    phase_name: |p| match p {
        Phase::Now => "Now",
        Phase::Next => "Next",
        Phase::Later => "Later",
    },
    phase_months: |p| match p {
        Phase::Now => "0–3 months",
        Phase::Next => "3–9 months",
        Phase::Later => "9–18 months",
    },
    actions_count: |n| one_or_many(n, "action", "actions"),
    effort_mix: |s, m, l| format!("{s} small · {m} medium · {l} large"),
    dropped: "dropped",
    capacity_note: |now, next| {
        format!(
            "Now holds at most {now} actions and Next at most {next} (dropped actions do not count); the actions ranked after them move to the following phase."
        )
    },
    moved_full: |to, full| format!("Moved to {to}: {full} is full"),
    moved_requires: |to, required| format!("Moved to {to}: it requires {required}, which moved"),
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

    progress_since: |date| format!("Progress since {date}"),
    progress_lead: |date, c, stage_then, stage_now| {
        let (then, now, delta) = (c.then, c.now, c.delta);
        let moved = match c.direction {
            Direction::Improved => format!("rose from {then} to {now} ({delta}, improved)"),
            Direction::Declined => format!("fell from {then} to {now} ({delta}, declined)"),
            Direction::Stable => format!("held steady: {then} then, {now} now ({delta}, stable)"),
        };
        format!(
            "Since the assessment of {date} the overall score {moved}; stage {stage_then} → {stage_now}."
        )
    },
    progress_lead_missing: |date| {
        format!(
            "Since the assessment of {date}: the overall score cannot be compared, as one of the two rounds has no score."
        )
    },
    direction_name: |d| match d {
        Direction::Improved => "improved",
        Direction::Stable => "stable",
        Direction::Declined => "declined",
    },
    not_compared: "no comparison",
    then: "Then",
    now: "Now",
    change: "Change",
    direction: "Direction",
    actions_completed: "Actions completed",
    in_the_period: "in the period",
    answers_confirmed: "Answers confirmed",
    carried_note: "the others carried forward, not yet confirmed",
    all_confirmed: "every answer given or confirmed anew",
    dimension_counts: |total, improved, stable, declined, missing, step| {
        let mut parts = vec![
            format!("{improved} improved"),
            format!("{stable} held steady"),
            format!("{declined} declined"),
        ];
        if missing > 0 {
            parts.push(format!("{missing} could not be compared"));
        }
        let last = parts.pop().unwrap_or_default();
        format!(
            "Of the {total} dimensions, {} and {last}. A change of {step} or more either way counts; less is within the noise of a self-assessment.",
            parts.join(", ")
        )
    },
    confirmed_sentence: |confirmed| {
        format!(
            "{confirmed} of this round's answers were given or confirmed anew by the respondents; the others were carried forward from the previous round and not yet confirmed, so they repeat last year's view."
        )
    },
    what_improved: "What improved",
    what_declined: "What declined",
    none_improved: |step| format!("No dimension improved by {step} or more."),
    none_declined: |step| format!("No dimension declined by {step} or more."),
    low_coverage_note: |then, now| {
        format!("low coverage ({then} then, {now} now): the change rests on few answers")
    },
    questions_changed_note: |added, removed| {
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(format!("added {}", added.join(", ")));
        }
        if !removed.is_empty() {
            parts.push(format!("removed {}", removed.join(", ")));
        }
        format!("questions changed: {}", parts.join("; "))
    },
    mostly_carried_note: |confirmed| {
        format!("mostly carried forward: only {confirmed} of its answers confirmed this round")
    },
    departments_change: "Each department's change",
    disagreement_change: |dt, qt, dn, qn| {
        format!(
            "The departments disagreed on {} and {} then, on {} and {} now.",
            one_or_many(dt, "dimension", "dimensions"),
            one_or_many(qt, "question", "questions"),
            one_or_many(dn, "dimension", "dimensions"),
            one_or_many(qn, "question", "questions")
        )
    },
    actions_completed_title: "Actions completed in the period",
    no_actions_completed: "No roadmap action was marked done in the previous round's plan.",
    outside_in_over_time: "The customers' view over time",
    self_assessment: "Self-assessment (overall score)",
    points: |change| format!("{change} points"),
    no_evidence_over_time: "Customer evidence (NPS or CSAT, the latest value of each round) was not recorded in both rounds, so the self-assessment's change cannot be checked against the customers' view. Record it in each round.",
    diverging_title: "Diverging: better in its own eyes, worse in its customers'",
    diverging_body: |score_change, customers| {
        format!(
            "The overall score improved ({score_change}) while {customers}. The organisation says it got better; its customers say it got worse. Find out what the customers see before reporting the improvement."
        )
    },
    fell_from_to: |measure, then, now| format!("{measure} fell from {then} to {now}"),
    and: " and ",
    trend_caption: "One point per round, labelled with its score; a gap where a round has no score.",

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
    answer_na: "na",
    answer_unknown: "unknown",
    sheet_progress: "Progress",
    sheet_trend: "Trend",
    flags: "Flags",
    confirmed: "Confirmed",
    questions_added: "Questions added",
    questions_removed: "Questions removed",
    respondents_then: "Respondents then",
    respondents_now: "Respondents now",
    round: "Round",
    title: "Title",
    flag_name: |f| match f {
        DeltaFlag::LowCoverage => "low coverage",
        DeltaFlag::QuestionsChanged => "questions changed",
        DeltaFlag::MostlyCarried => "mostly carried",
    },
    diverging_name: "diverging",
};
