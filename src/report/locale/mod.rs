//! Every fixed word the report and the XLSX export print, one table per
//! language (`en.rs`, `de.rs`, `fr.rs`), and the way each language writes
//! figures and dates.
//!
//! Sentences with figures in them are small functions so that word order,
//! plurals and agreement can differ between languages. Figures are written
//! by the methods of [`Labels`] ([`Labels::score`], [`Labels::percent`],
//! [`Labels::delta`], …), each built on [`crate::scoring::shown`] and its
//! siblings, so a German "2,9" is the same cut figure as the English "2.9".
//! A new language is one more `Labels` value and one more methodology text
//! ([`crate::methodology`]); nothing else changes.

mod de;
mod en;
mod fr;

pub use de::DE;
pub use en::EN;
pub use fr::FR;

use crate::methodology::{Figures, Section};
use crate::model::ActionStatus;
use crate::questionnaire::Effort;
use crate::report::progress::cut_points;
use crate::roadmap::Phase;
use crate::scoring::rounds::{DeltaFlag, Direction};
use crate::{Result, scoring};

/// A score then and now as a sentence needs it: each figure as shown, the
/// change with its sign, and its direction (the verb follows it: a change
/// within the noise is no rise, whatever the cut figures read).
#[derive(Debug, Clone, Copy)]
pub struct ScoreChange<'a> {
    pub then: &'a str,
    pub now: &'a str,
    pub delta: &'a str,
    pub direction: Direction,
}

/// Declares [`Labels`]: its plain words (`texts`, every one a
/// `&'static str`) and everything else (`other`), in groups by topic, and
/// [`Labels::texts`], which lists the plain words by field name so a test
/// can hold every one of them against the English without a list to keep
/// in step by hand.
macro_rules! labels {
    (
        $(#[$meta:meta])*
        pub struct Labels {
            $(
                texts { $( $(#[$tm:meta])* $text:ident, )* }
                other { $( $(#[$om:meta])* $field:ident : $ty:ty, )* }
            )*
        }
    ) => {
        $(#[$meta])*
        pub struct Labels {
            $(
                $( $(#[$tm])* pub $text: &'static str, )*
                $( $(#[$om])* pub $field: $ty, )*
            )*
        }

        impl Labels {
            /// Every plain word of the table, by field name, in declaration
            /// order (sentences, names of enum values and number formats
            /// are not in it).
            pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
                vec![$($( (stringify!($text), self.$text), )*)*]
            }
        }
    };
}

labels! {
    /// The report's words in one language.
    pub struct Labels {
        texts {
            /// The locale code (`en`, `de`, `fr`).
            code,
            report_title,
            report_subtitle,
            /// The words of an exported file's name: the report, the
            /// workbook and a department's self-assessment pack.
            report_file,
            workbook_file,
            pack_file,
            prepared_by,
            date,
            questionnaire,
            respondents,
            respondents_by_department,
            did_not_take_part,
            no_target,
            confidential,
        }
        other {
            /// The five level names, index 0 = level 1 (scoring.md's table
            /// in this language); see [`Labels::level_name`].
            level_names: [&'static str; 5],
            /// Month names for dates in words, index 0 = January.
            months: [&'static str; 12],
            /// A date in words from its day, month name and year.
            long_date: fn(day: u8, month: &str, year: i32) -> String,
            /// A date in figures, for table cells: day, month, year.
            numeric_date: fn(day: u8, month: u8, year: i32) -> String,
            /// A month in figures, for chart labels: year, month.
            month_year: fn(year: i32, month: u8) -> String,
            /// The decimal separator of every figure.
            decimal_separator: char,
            /// What follows a whole number of percent (its space included,
            /// a no-break one where the language wants it).
            percent_sign: &'static str,
            /// What separates a label from its value ("Owner: X"), its
            /// spaces included.
            colon: &'static str,
            /// Quotation marks around a quoted text, spaces included.
            open_quote: &'static str,
            close_quote: &'static str,
            /// The methodology appendix in this language, from the figures
            /// [`crate::methodology`] formats.
            methodology_text: fn(&Figures<'_>) -> Vec<Section>,
            more_departments: fn(usize) -> String,
            /// Participation on the cover: respondents who took part of those
            /// set up, departments likewise.
            participation_fact: fn(usize, usize, usize, usize) -> String,
            /// A department's respondents who took part, of those set up.
            took_part_of: fn(usize, usize) -> String,
            /// A respondent of an anonymous assessment: their number and
            /// department ("Respondent 4 (Sales)").
            anonymous_respondent: fn(usize, &str) -> String,
            /// What stands where an anonymous assessment withholds a
            /// department's figure, with the threshold.
            fewer_than: fn(u8) -> String,
            /// The sentence that says an assessment is anonymous, with the
            /// threshold.
            anonymous_note: fn(u8) -> String,
            /// The executive summary's participation sentence.
            participation_sentence: fn(usize, usize, usize, usize) -> String,
            /// Names the departments that did not take part, and how many
            /// did.
            missing_departments_sentence: fn(missing: &[String], took_part: usize) -> String,
            /// The summary sentence when some departments did not take part.
            summary_sentence_partial: fn(org: &str, score: &str, level: &str) -> String,
            /// Respondents who took part, in a key figure's note.
            respondents_took_part: fn(usize) -> String,
            page_of: fn(usize, usize) -> String,
            /// Joins a list of names ("A, B and C").
            list_and: fn(&[String]) -> String,
        }

        texts {
            executive_summary,
            overall_score,
            level,
            stage,
            coverage,
            no_score,
            stage_incomplete,
            stage_incomplete_sentence,
            nothing_answered,
            nothing_answered_body,
            strengths,
            gaps,
            disagreement,
            disagreement_intro,
            no_disagreement,
            perception_gap_title,
            start_now,
            no_actions,
        }
        other {
            held_back_by: fn(&str) -> String,
            summary_sentence: fn(org: &str, score: &str, level: &str) -> String,
            stage_sentence:
                fn(stage: u8, stage_name: &str, weakest: &str, weakest_score: &str) -> String,
            gap_to_target: fn(score: &str, target: u8) -> String,
            disagreement_line:
                fn(dim: &str, spread: &str, high: &str, high_v: &str, low: &str, low_v: &str) -> String,
            /// The self-assessment's score, the name of the level the
            /// perception-gap threshold stands at, and the customer figures.
            perception_gap_body: fn(score: &str, level: &str, evidence: &str) -> String,
        }

        texts {
            results,
            radar_title,
            bars_title,
            /// The dumbbell chart of two rounds.
            progress_chart_title,
            /// The small multiples of a trend over rounds.
            trend_chart_title,
            /// The panel of the overall score in the trend chart.
            overall,
            heat_title,
            heat_caption,
            coverage_title,
            organisation,
            target,
            current,
            gap,
            low,
            /// The Word report's table of contents.
            contents,
            /// The Word report's alternative text of a chart ends with it.
            chart_figures_below,
        }
        other {
            /// The radar's caption, with the names of the lowest and the
            /// highest level.
            radar_caption: fn(lowest: &str, highest: &str) -> String,
            /// The coverage chart's caption, with the coverage below which a
            /// dimension is flagged…
            coverage_caption: fn(threshold: &str) -> String,
            /// …and that threshold's mark on the chart.
            minimum_note: fn(threshold: &str) -> String,
            /// The dumbbell chart's legend: the earlier round's date…
            round_then: fn(&str) -> String,
            /// …and the later round's.
            round_now: fn(&str) -> String,
            departments_hidden: fn(usize) -> String,
        }

        texts {
            dimensions,
            dimension,
            score,
            spread,
            importance,
            priority,
            department,
            department_answers,
            misaligned_questions,
            misaligned_none,
            question,
            questions,
            notable_comments,
            no_comments,
            misaligned_flag,
            low_coverage_flag,
            default_target,
        }
        other {}

        texts {
            roadmap,
            roadmap_intro,
            action,
            owner,
            effort,
            due,
            status,
            notes,
            no_actions_in_phase,
            dropped,
        }
        other {
            /// A phase with its time frame, as a heading.
            phase_title: fn(Phase) -> &'static str,
            /// A phase's name alone…
            phase_name: fn(Phase) -> &'static str,
            /// …and its time frame alone.
            phase_months: fn(Phase) -> &'static str,
            actions_count: fn(usize) -> String,
            /// How many of a phase's actions are small, medium and large.
            effort_mix: fn(small: usize, medium: usize, large: usize) -> String,
            /// Rule 4a in words, with the capacities the plan was cut with.
            capacity_note: fn(u32, u32) -> String,
            /// An action a full phase moved: its phase now, the phase that
            /// was full (as [`Labels::phase_name`] names them).
            moved_full: fn(to: &str, full: &str) -> String,
            /// An action moved with one it requires: its phase now, that
            /// action's title, quoted.
            moved_requires: fn(to: &str, required: &str) -> String,
            effort_name: fn(Effort) -> &'static str,
            status_name: fn(ActionStatus) -> &'static str,
        }

        texts {
            appendix,
            methodology,
            distribution,
            distribution_intro,
            /// The distribution's column of "not applicable" answers…
            na,
            /// …and of "don't know" answers.
            unknown,
            all_comments,
            revotes,
            revotes_intro,
            voters,
            first_spread,
            final_spread,
            changed_votes,
            knowledge_gaps,
            knowledge_gaps_intro,
            no_knowledge_gaps,
            respondent,
            customer_evidence,
            metric,
            value,
            source,
            nps,
            csat,
            churn,
        }
        other {}

        texts {
            /// A change that cannot be worked out (a score missing in one
            /// round).
            not_compared,
            then,
            now,
            change,
            direction,
            actions_completed,
            in_the_period,
            answers_confirmed,
            /// The key figure's notes: some answers carried forward
            /// unconfirmed…
            carried_note,
            /// …or none.
            all_confirmed,
            what_improved,
            what_declined,
            departments_change,
            actions_completed_title,
            no_actions_completed,
            outside_in_over_time,
            self_assessment,
            no_evidence_over_time,
            diverging_title,
            /// Joins the customers' figures in the diverging warning.
            and,
            trend_caption,
        }
        other {
            /// A later round's progress since its previous one (scoring.md,
            /// "Rounds and progress"): the section's heading with the earlier
            /// round's date in words.
            progress_since: fn(date: &str) -> String,
            /// The executive summary's first sentence: the earlier round's
            /// date, the overall score's change, the stage then and now.
            progress_lead:
                fn(date: &str, &ScoreChange<'_>, stage_then: &str, stage_now: &str) -> String,
            /// The same when one of the two rounds has no overall score.
            progress_lead_missing: fn(date: &str) -> String,
            direction_name: fn(Direction) -> &'static str,
            /// How many dimensions improved, held steady, declined, could not
            /// be compared, of how many; with the step that counts as a
            /// change.
            dimension_counts: fn(
                total: usize,
                improved: usize,
                stable: usize,
                declined: usize,
                missing: usize,
                step: &str,
            ) -> String,
            /// Said when some answers were carried forward unconfirmed: the
            /// share confirmed.
            confirmed_sentence: fn(confirmed: &str) -> String,
            none_improved: fn(step: &str) -> String,
            none_declined: fn(step: &str) -> String,
            /// A change's flags in words: coverage then and now…
            low_coverage_note: fn(then: &str, now: &str) -> String,
            /// …the questions added and removed (prompts, each already
            /// quoted)…
            questions_changed_note: fn(added: &[String], removed: &[String]) -> String,
            /// …and the share of this round's answers confirmed.
            mostly_carried_note: fn(confirmed: &str) -> String,
            /// How many dimensions and questions the departments disagreed
            /// on, then and now.
            disagreement_change: fn(
                dimensions_then: usize,
                questions_then: usize,
                dimensions_now: usize,
                questions_now: usize,
            ) -> String,
            /// A change of NPS or CSAT, in points.
            points: fn(&str) -> String,
            /// The overall score's change, then what the customers' figures
            /// did (each [`Labels::fell_from_to`], joined by [`Labels::and`]).
            diverging_body: fn(score_change: &str, customers: &str) -> String,
            fell_from_to: fn(measure: &str, then: &str, now: &str) -> String,
        }

        texts {
            sheet_actions,
            sheet_scores,
            sheet_answers,
            phase,
            transition,
            description,
            requires,
            answer,
            comment,
            role,
            question_id,
            action_id,
            answered_at,
            /// The workbook's answer cell for "not applicable"…
            answer_na,
            /// …and for "don't know".
            answer_unknown,
            sheet_progress,
            sheet_trend,
            flags,
            confirmed,
            questions_added,
            questions_removed,
            respondents_then,
            respondents_now,
            round,
            title,
            diverging_name,
        }
        other {
            /// A flag of a change as the workbook names it.
            flag_name: fn(DeltaFlag) -> &'static str,
        }
    }
}

impl std::fmt::Debug for Labels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Labels").field("code", &self.code).finish()
    }
}

/// The languages the report is written in, by code.
pub const AVAILABLE: [&Labels; 3] = [&EN, &DE, &FR];

/// The labels for a locale code: `en`, `de`, `fr` or a regional tag of one
/// of them (`de-AT`, `fr_CH`, `en-US`; case does not matter), as
/// [`crate::locales::supported`] reads it; an unknown code is an error that
/// lists the available ones.
pub fn labels(code: &str) -> Result<&'static Labels> {
    let code = crate::locales::supported(code)?;
    Ok(AVAILABLE
        .iter()
        .copied()
        .find(|l| l.code == code)
        .unwrap_or(&EN))
}

impl Labels {
    /// The name of `level` (1..=5) in this language.
    pub fn level_name(&self, level: u8) -> &'static str {
        self.level_names[usize::from(level.clamp(1, 5)) - 1]
    }

    /// A figure as [`crate::scoring`] shows it ("2.9", "-0.4", "42"),
    /// written the language's way: its decimal separator, a true minus
    /// sign.
    fn localise(&self, shown: &str) -> String {
        shown
            .chars()
            .map(|c| match c {
                '.' => self.decimal_separator,
                '-' => '\u{2212}',
                c => c,
            })
            .collect()
    }

    /// A score, spread, gap or priority: one decimal, cut
    /// ([`scoring::shown`]): "2.9", "2,9".
    pub fn score(&self, v: f64) -> String {
        self.localise(&scoring::shown(v))
    }

    /// A share (0..=1) in whole percent, cut ([`scoring::shown_percent`]):
    /// "99 %", "99 %" with the language's space.
    pub fn percent(&self, fraction: f64) -> String {
        self.with_percent_sign(&scoring::shown_percent(fraction))
    }

    /// A percentage already in percent (CSAT, churn), cut
    /// ([`scoring::shown_percent_value`]).
    pub fn percent_value(&self, percent: f64) -> String {
        self.with_percent_sign(&scoring::shown_percent_value(percent))
    }

    fn with_percent_sign(&self, shown: &str) -> String {
        let whole = shown.strip_suffix('%').unwrap_or(shown).trim_end();
        format!("{}{}", self.localise(whole), self.percent_sign)
    }

    /// A change of a score with its sign, cut like every figure: "+0.5",
    /// "−0.3" (the size is cut, so a fall of 0.35 reads −0.3 as a rise of
    /// 0.35 reads +0.3); "0.0" without a sign when less than 0.1 either way.
    pub fn delta(&self, d: f64) -> String {
        let size = self.score(d.abs());
        if size == self.score(0.0) {
            size
        } else if d < 0.0 {
            format!("\u{2212}{size}")
        } else {
            format!("+{size}")
        }
    }

    /// A whole figure with its sign (NPS, a change of NPS or CSAT in
    /// points), its size cut to whole points: "+4", "−12", "0".
    pub fn signed_whole(&self, v: f64) -> String {
        let p = cut_points(v);
        if p < 0.0 {
            format!("\u{2212}{:.0}", -p)
        } else if p > 0.0 {
            format!("+{p:.0}")
        } else {
            "0".to_owned()
        }
    }

    /// A whole figure without a sign (a threshold in points), its size
    /// cut: "5", "−3".
    pub fn whole(&self, v: f64) -> String {
        self.localise(&format!("{:.0}", cut_points(v) + 0.0))
    }

    /// A figure with `places` decimals, for an example in the methodology
    /// (not a result: results are cut to one decimal by [`Labels::score`]).
    pub fn decimals(&self, v: f64, places: usize) -> String {
        self.localise(&format!("{v:.places$}"))
    }

    /// The value label of a bar: the score as the tables show it, then the
    /// target ("2.1 → 3"); a dash for what does not exist.
    pub fn bar_value(&self, score: Option<f64>, target: Option<u8>) -> String {
        match (score, target) {
            (Some(s), Some(t)) => format!("{} → {t}", self.score(s)),
            (Some(s), None) => self.score(s),
            (None, Some(t)) => format!("– → {t}"),
            (None, None) => "–".to_owned(),
        }
    }

    /// "2.1 → 2.6 (+0.5)", "– → 2.6": a change's figures as the tables
    /// show them.
    pub fn change_label(&self, then: Option<f64>, now: Option<f64>, delta: Option<f64>) -> String {
        let one = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| self.score(v));
        match delta {
            Some(d) => format!("{} → {} ({})", one(then), one(now), self.delta(d)),
            None => format!("{} → {}", one(then), one(now)),
        }
    }

    /// `text` in the language's quotation marks.
    pub fn quote(&self, text: &str) -> String {
        format!("{}{text}{}", self.open_quote, self.close_quote)
    }

    /// "Owner: Finance", with the language's spacing before the colon.
    pub fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.colon)
    }

    /// A date in words: "5 March 2026", "5. März 2026", "5 mars 2026".
    pub fn date_in_words(&self, d: time::Date) -> String {
        let month = self.months[usize::from(u8::from(d.month())) - 1];
        (self.long_date)(d.day(), month, d.year())
    }

    /// A date in figures for a table cell: "2026-03-05", "05.03.2026",
    /// "05/03/2026".
    pub fn date_in_figures(&self, d: time::Date) -> String {
        (self.numeric_date)(d.day(), d.month().into(), d.year())
    }
}

/// A date in words, as the cover and the footer print it.
pub fn format_date(l: &Labels, d: time::Date) -> String {
    l.date_in_words(d)
}

/// A `YYYY-MM-DD` date (as the rounds' comparison gives it) in words; as
/// given when it cannot be read.
pub fn format_iso_date(l: &Labels, iso: &str) -> String {
    iso_date(iso).map_or_else(|| iso.to_owned(), |d| l.date_in_words(d))
}

/// A `YYYY-MM-DD` date's month in figures ("2026-03", "03/2026"); the
/// first seven characters as given when it cannot be read.
pub fn format_iso_month(l: &Labels, iso: &str) -> String {
    iso_date(iso).map_or_else(
        || iso.get(..7).unwrap_or(iso).to_owned(),
        |d| (l.month_year)(d.year(), d.month().into()),
    )
}

fn iso_date(iso: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(iso, format).ok()
}

/// The plural of a count in English and German: one is singular, every
/// other count (zero too) plural.
fn one_or_many(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// French: zero and one are singular, two and more plural.
fn french_count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n <= 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_locale_names_the_available_ones() {
        let e = labels("xx").unwrap_err().to_string();
        assert!(
            e.contains("\"xx\"") && e.contains("available: en, de, fr"),
            "{e}"
        );
        assert_eq!(labels("EN").unwrap().code, "en");
    }

    #[test]
    fn regional_tags_choose_their_language() {
        for (tag, code) in [
            ("de-DE", "de"),
            ("de-AT", "de"),
            ("DE-ch", "de"),
            ("fr-FR", "fr"),
            ("fr-BE", "fr"),
            ("fr_CH", "fr"),
            ("en-GB", "en"),
            ("en-us", "en"),
            (" fr ", "fr"),
            // Any region of a language reads as that language (South Tyrol).
            ("de-IT", "de"),
        ] {
            assert_eq!(labels(tag).unwrap().code, code, "{tag}");
        }
        assert!(labels("es-ES").is_err());
        let e = labels("Klingon").unwrap_err().to_string();
        assert!(e.contains("\"Klingon\""), "the code as given: {e}");
        assert!(labels("").is_err());
    }

    #[test]
    fn dates_in_words() {
        let d = time::macros::date!(2026 - 03 - 05);
        assert_eq!(format_date(&EN, d), "5 March 2026");
        assert_eq!(format_date(&DE, d), "5. März 2026");
        assert_eq!(format_date(&FR, d), "5 mars 2026");
        let first = time::macros::date!(2026 - 11 - 01);
        assert_eq!(format_date(&FR, first), "1 novembre 2026");
        assert_eq!(format_iso_date(&EN, "2025-11-03"), "3 November 2025");
        assert_eq!(format_iso_date(&DE, "2025-12-24"), "24. Dezember 2025");
        assert_eq!(format_iso_date(&FR, "2025-02-28"), "28 février 2025");
        assert_eq!(format_iso_date(&EN, "soon"), "soon");
    }

    #[test]
    fn dates_in_figures() {
        let d = time::macros::date!(2026 - 06 - 30);
        assert_eq!(EN.date_in_figures(d), "2026-06-30");
        assert_eq!(DE.date_in_figures(d), "30.06.2026");
        assert_eq!(FR.date_in_figures(d), "30/06/2026");
        assert_eq!(format_iso_month(&EN, "2026-03-05"), "2026-03");
        assert_eq!(format_iso_month(&DE, "2026-03-05"), "03/2026");
        assert_eq!(format_iso_month(&FR, "2026-03-05"), "03/2026");
    }

    #[test]
    fn figures_are_cut_then_written_the_languages_way() {
        // 2.97 is cut to 2.9, never rounded to 3.0.
        assert_eq!(EN.score(2.97), "2.9");
        assert_eq!(DE.score(2.97), "2,9");
        assert_eq!(FR.score(2.97), "2,9");
        assert_eq!(DE.score(2.5), "2,5");
        // 0.9967 is 99 %, never 100 %.
        assert_eq!(EN.percent(0.9967), "99 %");
        assert_eq!(DE.percent(0.42), "42\u{a0}%");
        assert_eq!(FR.percent(0.42), "42\u{202f}%");
        assert_eq!(FR.percent_value(69.9), "69\u{202f}%");
        // A change's size is cut, then signed with a true minus.
        assert_eq!(DE.delta(0.46), "+0,4");
        assert_eq!(FR.delta(-0.35), "\u{2212}0,3");
        assert_eq!(DE.delta(0.04), "0,0");
        assert_eq!(EN.delta(-1.0), "\u{2212}1.0");
        assert_eq!(DE.signed_whole(-12.7), "\u{2212}12");
        assert_eq!(FR.signed_whole(4.0), "+4");
        assert_eq!(DE.signed_whole(0.2), "0");
        assert_eq!(
            DE.change_label(Some(2.0), Some(2.46), Some(0.46)),
            "2,0 → 2,4 (+0,4)"
        );
        assert_eq!(FR.bar_value(Some(2.15), Some(3)), "2,1 → 3");
    }

    #[test]
    fn level_names_are_the_methods_in_each_language() {
        assert_eq!(
            EN.level_names,
            ["Initial", "Developing", "Defined", "Managed", "Optimising"]
        );
        assert_eq!(EN.level_names, scoring::LEVEL_NAMES);
        assert_eq!(
            DE.level_names,
            [
                "Initial",
                "In Entwicklung",
                "Definiert",
                "Gesteuert",
                "Optimierend"
            ]
        );
        assert_eq!(
            FR.level_names,
            [
                "Initial",
                "En développement",
                "Défini",
                "Maîtrisé",
                "En optimisation"
            ]
        );
        assert_eq!(DE.level_name(0), "Initial");
        assert_eq!(FR.level_name(9), "En optimisation");
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!((EN.actions_count)(1), "1 action");
        assert_eq!((EN.actions_count)(0), "0 actions");
        assert_eq!((DE.actions_count)(1), "1 Maßnahme");
        assert_eq!((DE.actions_count)(0), "0 Maßnahmen");
        assert_eq!((FR.actions_count)(0), "0 action");
        assert_eq!((FR.actions_count)(1), "1 action");
        assert_eq!((FR.actions_count)(2), "2 actions");
        assert_eq!(
            (DE.respondents_took_part)(1),
            "1 befragte Person hat teilgenommen"
        );
        assert_eq!((FR.respondents_took_part)(3), "3 répondants ont participé");
    }

    #[test]
    fn a_phases_heading_is_its_name_and_its_time_frame() {
        for l in AVAILABLE {
            for p in [Phase::Now, Phase::Next, Phase::Later] {
                let title = (l.phase_title)(p);
                assert!(
                    title.starts_with((l.phase_name)(p)) && title.contains((l.phase_months)(p)),
                    "{}: {title}",
                    l.code
                );
            }
        }
    }

    /// French puts a no-break space before ":", ";", "!" and "?" and inside
    /// « »; German quotes „so“. Checked over every plain word and the
    /// quotation helpers.
    #[test]
    fn french_and_german_typography() {
        for (field, text) in FR.texts() {
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                // "(?)" names the column of "don't know" answers: a symbol,
                // not punctuation.
                if matches!(c, ':' | ';' | '!' | '?' | '»') && i > 0 && chars[i - 1] != '(' {
                    assert!(
                        matches!(chars[i - 1], '\u{a0}' | '\u{202f}'),
                        "fr.{field}: no no-break space before {c:?} in {text:?}"
                    );
                }
                if *c == '«' {
                    assert_eq!(chars.get(i + 1), Some(&'\u{a0}'), "fr.{field}: {text:?}");
                }
            }
            assert!(
                !text.contains('\''),
                "fr.{field}: typographic apostrophe: {text:?}"
            );
        }
        assert_eq!(FR.quote("oui"), "«\u{a0}oui\u{a0}»");
        assert_eq!(FR.labelled("Responsable", "DSI"), "Responsable\u{a0}: DSI");
        assert_eq!(DE.quote("ja"), "„ja“");
        assert_eq!(DE.labelled("Verantwortlich", "IT"), "Verantwortlich: IT");
        for (field, text) in DE.texts() {
            assert!(
                !text.contains('"') && !text.contains('\u{201d}'),
                "de.{field}: German quotes: {text:?}"
            );
        }
    }
}
