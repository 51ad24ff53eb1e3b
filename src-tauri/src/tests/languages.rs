//! Languages through the shell's commands over a real store: the app's
//! language changes the texts of the next view and nothing else (no id, no
//! figure); the report's and a respondent's language are stored as their
//! language and an unknown one is refused with nothing changed; the
//! questionnaire comes in any of its languages under the same ids.

use cx_maturity::questionnaire::{self, Questionnaire};

use super::demo;
use crate::commands::{
    default_report_locale, outline_in, report_locale_set, respondent_locale_set, results,
    roadmap_of, view,
};
use crate::state::{APP_LOCALES, AppState, app_locale};
use crate::wire::{
    AssessmentView, ErrorKind, OutlineArgs, QuestionnaireOutline, SetReportLocaleArgs,
    SetRespondentLocaleArgs,
};

fn builtin() -> Questionnaire {
    questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in")
}

fn view_of(app: &AppState, id: &str) -> AssessmentView {
    app.with("test", |s| view(s, id)).expect("view")
}

/// Every id of the outline, in order: dimensions, then their questions.
fn ids(outline: &QuestionnaireOutline) -> Vec<String> {
    outline
        .dimensions
        .iter()
        .flat_map(|d| std::iter::once(d.id.clone()).chain(d.questions.iter().map(|q| q.id.clone())))
        .collect()
}

#[test]
fn the_app_language_is_one_of_the_apps_and_an_unknown_one_changes_nothing() {
    let (_dir, app, _) = demo();
    assert_eq!(app.locale(), "en");
    assert_eq!(app.set_locale("de-CH").expect("de"), "de");
    assert_eq!(app.locale(), "de");
    assert_eq!(app.set_locale(" FR ").expect("fr"), "fr");

    let e = app.set_locale("xx").expect_err("xx");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(e.message.contains("\"xx\""), "{}", e.message);
    assert_eq!(app.locale(), "fr");
    assert!(app_locale("").is_err());
    assert_eq!(APP_LOCALES, ["en", "de", "fr"]);
}

#[test]
fn switching_the_app_language_changes_the_texts_of_the_next_view_and_no_id_or_figure() {
    let (_dir, app, id) = demo();
    let english = view_of(&app, &id);
    let english_results = app.with("test", |s| results(s, &id)).expect("results");
    let english_roadmap = app.with("test", |s| roadmap_of(s, &id)).expect("roadmap");

    app.set_locale("de").expect("de");
    let german = view_of(&app, &id);
    let german_results = app.with("test", |s| results(s, &id)).expect("results");
    let german_roadmap = app.with("test", |s| roadmap_of(s, &id)).expect("roadmap");

    let de = &builtin().translations["de"];
    assert_eq!(german.questionnaire.locale, "de");
    assert_eq!(english.questionnaire.locale, "en");
    let vision = |v: &AssessmentView| {
        v.questionnaire
            .dimensions
            .iter()
            .find(|d| d.id == "vision")
            .map(|d| d.title.clone())
            .expect("vision")
    };
    assert_eq!(vision(&german), de.dimensions["vision"].title);
    assert_ne!(vision(&german), vision(&english));
    assert_eq!(ids(&german.questionnaire), ids(&english.questionnaire));
    assert_eq!(german.locales, ["de", "en", "fr"]);
    assert_eq!(german.locales, english.locales);

    // Figures: the same summary numbers, scores and respondents.
    let figures = |v: &AssessmentView| {
        (
            v.assessment.overall_score,
            v.assessment.overall_level,
            v.assessment.completion,
            v.assessment.answered,
            v.respondents
                .iter()
                .map(|r| (r.id.clone(), r.progress.clone()))
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(figures(&german), figures(&english));
    let scores = |r: &crate::wire::Results| {
        r.scorecard
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), d.score, d.level, d.target))
            .collect::<Vec<_>>()
    };
    assert_eq!(scores(&german_results), scores(&english_results));
    assert_eq!(
        german_results.scorecard.overall.score,
        english_results.scorecard.overall.score
    );
    let german_titles: Vec<&str> = german_results
        .scorecard
        .dimensions
        .iter()
        .map(|d| d.title.as_str())
        .collect();
    assert!(german_titles.contains(&de.dimensions["vision"].title.as_str()));

    let actions = |r: &crate::wire::RoadmapView| {
        r.phases
            .iter()
            .flat_map(|p| {
                p.actions
                    .iter()
                    .map(|a| (a.id.clone(), a.from_level, a.to_level))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(actions(&german_roadmap), actions(&english_roadmap));
    assert!(!actions(&english_roadmap).is_empty());
}

#[test]
fn the_report_language_is_stored_and_an_unknown_one_changes_nothing() {
    let (_dir, app, id) = demo();
    let set = |locale: &str| {
        app.with("test", |s| {
            report_locale_set(
                s,
                &SetReportLocaleArgs {
                    assessment_id: id.clone(),
                    locale: locale.to_owned(),
                },
            )
        })
    };
    let shown = set("en-GB").expect("en");
    assert_eq!(shown.report_locale, "en");

    let e = set("xx").expect_err("xx");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(view_of(&app, &id).report_locale, "en");

    let e = app
        .with("test", |s| {
            report_locale_set(
                s,
                &SetReportLocaleArgs {
                    assessment_id: "no-such-id".to_owned(),
                    locale: "en".to_owned(),
                },
            )
        })
        .expect_err("unknown assessment");
    assert_eq!(e.kind, ErrorKind::NotFound);
}

#[test]
fn a_new_assessment_reports_in_the_apps_language_when_the_report_has_it() {
    assert_eq!(default_report_locale("en"), "en");
    // Dutch is no language of the report: English.
    assert_eq!(default_report_locale("nl"), "en");
}

#[test]
fn a_respondent_answers_in_one_of_the_questionnaires_languages() {
    let (_dir, app, id) = demo();
    let before = view_of(&app, &id);
    let first = before.respondents[0].id.clone();
    assert_eq!(before.respondents[0].locale, None);
    let set = |respondent: &str, locale: Option<&str>| {
        app.with("test", |s| {
            respondent_locale_set(
                s,
                &SetRespondentLocaleArgs {
                    assessment_id: id.clone(),
                    respondent_id: respondent.to_owned(),
                    locale: locale.map(str::to_owned),
                },
            )
        })
    };
    let shown = set(&first, Some("fr-BE")).expect("fr");
    assert_eq!(shown.respondents[0].locale.as_deref(), Some("fr"));
    // Their answers and progress are the same.
    assert_eq!(
        shown.respondents[0].progress,
        before.respondents[0].progress
    );

    let e = set(&first, Some("xx")).expect_err("xx");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(
        view_of(&app, &id).respondents[0].locale.as_deref(),
        Some("fr")
    );

    let e = set("no-such-respondent", Some("de")).expect_err("unknown");
    assert_eq!(e.kind, ErrorKind::NotFound);

    let shown = set(&first, None).expect("app language");
    assert_eq!(shown.respondents[0].locale, None);
}

#[test]
fn the_questionnaire_comes_in_any_of_its_languages_under_the_same_ids() {
    let (_dir, app, id) = demo();
    let outline = |locale: Option<&str>| {
        app.with("test", |s| {
            outline_in(
                s,
                &OutlineArgs {
                    assessment_id: id.clone(),
                    locale: locale.map(str::to_owned),
                },
            )
        })
    };
    let english = outline(None).expect("app language");
    assert_eq!(english.locale, "en");
    let french = outline(Some("fr")).expect("fr");
    assert_eq!(french.locale, "fr");
    assert_eq!(ids(&french), ids(&english));
    let fr = &builtin().translations["fr"];
    let first = &french.dimensions[0].questions[0];
    assert_eq!(first.prompt, fr.questions[&first.id].prompt);

    let e = outline(Some("xx")).expect_err("xx");
    assert_eq!(e.kind, ErrorKind::InvalidInput);

    app.set_locale("de").expect("de");
    assert_eq!(outline(None).expect("app language").locale, "de");
}
