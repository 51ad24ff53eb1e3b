//! What readers other than the consultant see of an assessment: scoring.md,
//! "Anonymity", and comments marked "do not quote".
//!
//! Scoring never changes: every figure is computed from every answer
//! ([`crate::scoring::score`]). These functions only take away — names
//! become "Respondent N (Department)", a department's own figure with fewer
//! than `k` respondents behind it becomes withheld, a comment its author
//! asked not to quote leaves every export — so each face (the app's
//! results, the report, the workbook, packs, `cxm`) applies the same rule
//! by calling them, and none decides for itself.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::{Anonymity, AnswerValue, AssessmentData, Respondent};
use crate::scoring::{Scorecard, Withheld, WithheldCell};

/// Respondent numbers for anonymous labels: 1, 2, … in the order the
/// respondents were added (creation time; the store's order breaks ties),
/// so a number stays the same as respondents are added later.
pub fn respondent_numbers(respondents: &[Respondent]) -> HashMap<&str, usize> {
    let mut order: Vec<_> = respondents.iter().collect();
    order.sort_by_key(|r| r.created_at);
    order
        .into_iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i + 1))
        .collect()
}

/// How a document or screen in `locale` names an anonymous respondent
/// from their number and department ("Respondent 4 (Sales)").
pub fn respondent_label(locale: &str) -> crate::Result<fn(usize, &str) -> String> {
    Ok(crate::report::locale::labels(locale)?.anonymous_respondent)
}

/// Replaces every respondent's name by `label(number, department name)`
/// and drops their roles (a role can name a person as surely as a name),
/// when the assessment is anonymous; otherwise leaves `data` alone.
pub fn hide_names(data: &mut AssessmentData, label: impl Fn(usize, &str) -> String) {
    if !data.assessment.anonymity.anonymous {
        return;
    }
    let departments: HashMap<&str, &str> = data
        .departments
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let numbers = respondent_numbers(&data.respondents);
    let names: Vec<String> = data
        .respondents
        .iter()
        .map(|r| {
            match (
                numbers.get(r.id.as_str()),
                departments.get(r.department_id.as_str()),
            ) {
                (Some(&n), Some(department)) => label(n, department),
                // A respondent outside every department is never shown.
                _ => String::new(),
            }
        })
        .collect();
    for (r, name) in data.respondents.iter_mut().zip(names) {
        r.name = name;
        r.role = None;
    }
}

/// Removes every comment marked "do not quote": for everything that leaves
/// the app (report, workbook, packs for other people).
pub fn drop_unquotable(data: &mut AssessmentData) {
    for a in &mut data.answers {
        if a.do_not_quote {
            a.comment = None;
        }
    }
}

/// Withholds, in a scorecard of an anonymous assessment, every
/// department's own figure that fewer than `k` of its respondents have a
/// numeric answer in: its score, its score in each dimension (heat map),
/// its mean on each misaligned question, and its share of the knowledge
/// gaps. Respondents' own scores are withheld too (one person is below any
/// threshold) and knowledge gaps name nobody. The organisation's figures
/// stay as computed from every answer. Does nothing for a named assessment.
pub fn withhold(sc: &mut Scorecard, data: &AssessmentData) {
    let anonymity = data.assessment.anonymity;
    if !anonymity.anonymous {
        return;
    }
    let k = usize::from(anonymity.threshold);
    let nd = sc.dimensions.len();

    // Respondents with a numeric answer, by department: overall and per
    // dimension (a respondent's dimension score exists exactly when they
    // gave one there).
    let mut overall: HashMap<Arc<str>, usize> = HashMap::new();
    let mut per_dimension: HashMap<Arc<str>, Vec<usize>> = HashMap::new();
    for r in &sc.respondents {
        if r.score.is_some() {
            *overall.entry(Arc::clone(&r.department)).or_default() += 1;
        }
        let counts = per_dimension
            .entry(Arc::clone(&r.department))
            .or_insert_with(|| vec![0; nd]);
        for (d, s) in r.dimensions.iter().enumerate() {
            if s.is_some() {
                counts[d] += 1;
            }
        }
    }
    // … and per question.
    let department_of: HashMap<&str, &str> = {
        let names: HashMap<&str, &str> = data
            .departments
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str()))
            .collect();
        data.respondents
            .iter()
            .filter_map(|r| Some((r.id.as_str(), *names.get(r.department_id.as_str())?)))
            .collect()
    };
    let mut per_question: HashMap<(&str, &str), usize> = HashMap::new();
    for a in &data.answers {
        if matches!(a.value, AnswerValue::Level(_))
            && let Some(dep) = department_of.get(&*a.respondent_id)
        {
            *per_question.entry((&*a.question_id, dep)).or_default() += 1;
        }
    }

    let mut withheld = Withheld {
        threshold: anonymity.threshold,
        ..Withheld::default()
    };
    for dep in &mut sc.departments {
        if overall.get(dep.name.as_str()).copied().unwrap_or(0) < k {
            dep.score = None;
            dep.level = None;
            dep.withheld = true;
            withheld.departments.push(dep.name.clone());
        }
    }
    for (d, dim) in sc.dimensions.iter_mut().enumerate() {
        for (dep, value) in &mut dim.departments.0 {
            let n = per_dimension.get(dep.as_str()).map_or(0, |c| c[d]);
            if n < k {
                *value = None;
                withheld.dimension_departments.push(WithheldCell {
                    id: dim.id.clone(),
                    department: dep.clone(),
                });
            }
        }
    }
    for m in &mut sc.misaligned_questions {
        for (dep, value) in &mut m.departments.0 {
            let n = per_question
                .get(&(m.question.as_str(), dep.as_str()))
                .copied()
                .unwrap_or(0);
            if n < k {
                *value = None;
                withheld.question_departments.push(WithheldCell {
                    id: m.question.clone(),
                    department: dep.clone(),
                });
            }
        }
    }
    let nobody: Arc<str> = Arc::from("");
    for gap in &mut sc.knowledge_gaps {
        gap.respondent = Arc::clone(&nobody);
        if withheld.department(&gap.department) {
            gap.department = Arc::clone(&nobody);
            gap.withheld = true;
        }
    }
    for r in &mut sc.respondents {
        r.score = None;
        r.dimensions.iter_mut().for_each(|s| *s = None);
    }
    sc.anonymity = Some(withheld);
}

/// The scorecard a reader sees: names hidden in `data` ([`hide_names`]),
/// every figure scored from every answer, then the withheld ones taken
/// out ([`withhold`]). For a named assessment, the plain scorecard.
pub fn score_for_readers(
    data: &mut AssessmentData,
    label: impl Fn(usize, &str) -> String,
) -> Scorecard {
    hide_names(data, label);
    let mut sc = crate::scoring::score(data);
    withhold(&mut sc, data);
    sc
}

/// The scorecard of `data` made as anonymous as `anonymity` says: an
/// earlier round read beside a later one shows its readers no more than
/// the later one does.
pub fn score_as(data: &mut AssessmentData, anonymity: Anonymity) -> Scorecard {
    data.assessment.anonymity = anonymity;
    let mut sc = crate::scoring::score(data);
    withhold(&mut sc, data);
    sc
}
