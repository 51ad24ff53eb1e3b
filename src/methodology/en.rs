//! The methodology in English.

use super::{Figures, Section, section};

/// What each level means (after the five-stage CX maturity model), index 0 =
/// level 1.
const MEANINGS: [&str; 5] = [
    "customer experience is fragmented and ad hoc; it depends on isolated advocates and there is no strategy",
    "a voice-of-customer function exists, the gaps have been audited and a plan is in place",
    "there is a shared vision with leadership buy-in; goals, practices and metrics are defined, standardised and governed",
    "a customer-experience metric sits at parity with profitability and improvement is systematic",
    "the culture does the right thing for customers unasked and employees are empowered to innovate",
];

/// The methodology, in reading order.
pub(crate) fn sections(f: &Figures<'_>) -> Vec<Section> {
    let mut levels = vec![
        "The assessment places the organisation on five levels of customer-experience maturity:"
            .to_owned(),
    ];
    levels.extend(f.numbered_levels(&MEANINGS));
    levels.push(format!(
        "A score such as {} is read as its whole part: {} ({}). Scores are shown with one \
         decimal, cut rather than rounded, so a score never appears to have reached a level \
         it has not: {} is shown as {}. Every calculation uses the exact figures.",
        f.example, f.example_level_name, f.example_level, f.uncut, f.cut
    ));
    let [now, next, later] = f.phases;

    vec![
        section("The five levels", levels),
        section(
            "How questions are answered",
            vec![
                "Each question describes five situations, one per level. Each respondent picks \
                 the one that best describes the organisation today, not what is planned."
                    .to_owned(),
                "\"Not applicable\" removes the question for that respondent, as if it had \
                 never been asked. \"Don't know\" gives no score, but it counts against coverage \
                 and is listed as a knowledge gap: what the organisation does not know about \
                 itself is a finding too."
                    .to_owned(),
            ],
        ),
        section(
            "From answers to the organisation's score",
            vec![
                "Each respondent gets a score per dimension: the average of their answers in \
                 it (some questions may weigh more than others)."
                    .to_owned(),
                "Each department gets the average of its respondents' scores. The organisation \
                 gets the average of its departments: each department counts once, whatever \
                 its head-count, because the assessment measures the organisation across its \
                 functions, not its largest team."
                    .to_owned(),
                "The overall score is the average of the dimensions' scores (some dimensions \
                 may weigh more than others). A figure that nobody could give is shown as \
                 missing, never as zero."
                    .to_owned(),
            ],
        ),
        section(
            "Stage: the weakest link",
            vec![
                "The average can hide a weak spot, so the report also gives the stage: the \
                 level of the weakest dimension. An organisation is only as mature as its \
                 weakest capability; the report names that dimension as the one holding it \
                 back. The average and the stage are always shown together."
                    .to_owned(),
                "The stage is given only when every dimension has a score; otherwise it is \
                 withheld as incomplete."
                    .to_owned(),
            ],
        ),
        section(
            "Coverage: how much the figures rest on",
            vec![format!(
                "Coverage is the share of questions answered with a level, leaving out those \
                 marked not applicable. Missing answers and \"don't know\" lower it. A \
                 dimension with coverage below {} is flagged: its score rests on too few \
                 answers to be relied on.",
                f.low_coverage
            )],
        ),
        section(
            "Where departments disagree",
            vec![
                format!(
                    "For each dimension the report compares the departments' scores. When the \
                     highest and the lowest are {} levels or more apart, the dimension is \
                     flagged as misaligned: the departments do not see the same organisation.",
                    f.dimension_spread
                ),
                format!(
                    "The same check runs per question, on each department's average answer; \
                     questions whose departments are {} levels or more apart are listed, the \
                     widest disagreement first, with each department's view.",
                    f.question_spread
                ),
            ],
        ),
        section(
            "Targets, gaps and priorities",
            vec![
                format!(
                    "Each dimension has a target level and an importance from 1 to 5, agreed \
                     for the assessment. Unless agreed otherwise, the target is one level above \
                     today's (at most {}) and the importance is {}. A dimension without a \
                     score has no target until one is agreed, and so no gap and no priority.",
                    f.top_level, f.default_importance
                ),
                "The gap is how far the score is below the target (zero when it is at or \
                 above it). The priority multiplies the gap by the importance and by the \
                 dimension's weight: a wide gap in an important dimension comes first."
                    .to_owned(),
            ],
        ),
        section(
            "The roadmap",
            vec![
                format!(
                    "For each dimension below its target, the roadmap takes the actions that \
                     lead from today's level to the target, one level at a time. The first \
                     step goes into {} ({}), the second into {} ({}), the third and any \
                     further into {} ({}).",
                    now.0, now.1, next.0, next.1, later.0, later.1
                ),
                "An action is never planned before an action it depends on: it moves to the \
                 later phase when needed. Within a phase, actions of the highest-priority \
                 dimension come first. The consultant can assign owners and due dates, track \
                 status, add notes, or drop an action; the report shows the edited plan."
                    .to_owned(),
            ],
        ),
        section(
            "The outside-in check",
            vec![format!(
                "Organisations tend to rate themselves far above what their customers feel. \
                 When customer evidence is recorded (the latest value of each measure counts), \
                 the report flags a perception gap if the overall score is {} ({}) or more \
                 while the Net Promoter Score is below {} or customer satisfaction is below {}.",
                f.perception_score, f.perception_level_name, f.nps_below, f.csat_below
            )],
        ),
        section(
            "Rounds: progress since the last assessment",
            vec![
                "When the organisation is assessed again, typically a year later, the new \
                 round is compared with the previous one, dimension by dimension and question \
                 by question. Each round is scored on its own, as above; the comparison \
                 changes none of its figures."
                    .to_owned(),
                format!(
                    "A change is the later round's score minus the earlier round's. A change of \
                     {} or more counts as improved and of {} or less as declined; \
                     anything smaller is stable, within the noise of a self-assessment. The \
                     same rule applies to the overall score and to each department's.",
                    f.step_up, f.step_down
                ),
                format!(
                    "A change is flagged, and still shown, when it rests on weak ground: low \
                     coverage (below {} in either round), questions changed (the dimension's \
                     questions differ between the two rounds' questionnaires) or mostly \
                     carried. Answers may be carried forward from the previous round; they \
                     count like any answer until the respondent confirms or changes them. The \
                     confirmed share is the share of the later round's answers given or \
                     confirmed anew; below {} a dimension's change is flagged as mostly \
                     carried, as it largely repeats last year's view.",
                    f.low_coverage, f.mostly_carried
                ),
                "Actions marked done in the previous round's roadmap count as completed in \
                 the period between the two rounds."
                    .to_owned(),
                format!(
                    "When both rounds have customer evidence, the change in the Net Promoter \
                     Score and in customer satisfaction is set beside the change in the \
                     overall score. The comparison is flagged as diverging when the overall \
                     score improved while the Net Promoter Score fell by {} points or more \
                     or customer satisfaction by {} points or more: the organisation says \
                     it got better, its customers say it got worse.",
                    f.nps_drop, f.csat_drop
                ),
            ],
        ),
    ]
}
