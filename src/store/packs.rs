//! Self-assessment packs against the database: exporting one department's
//! pack, and importing any number of packs all or nothing. The format,
//! file checks and the merge rule are [`crate::pack`]; the SQL is here.
//!
//! Import reads and checks every file first, then opens ONE write
//! transaction, checks every pack against the assessment (identity,
//! questionnaire version, department, respondents, question ids, values)
//! and only when no file has a problem applies them in the order given.
//! Any problem rolls the transaction back before anything was written.
//!
//! The consultant's choices for conflicts ([`ConflictChoices`]) go through
//! preview and commit alike; a choice that names no conflict of the packs
//! refuses the import (the transaction is rolled back).
//!
//! Exports are recorded in `pack_exports`, so an import can say whether the
//! pack's export is one this database made. Times from a pack are never
//! stored later than the import's clock.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior, params};
use time::OffsetDateTime;

use super::assessments::touch;
use super::{Store, non_empty, now};
use crate::model::{Answer, Assessment, Respondent};
use crate::pack::{
    self, Conflict, ConflictChoices, ConflictSide, DecidedBy, FileReport, ImportReport, Kept,
    Merge, PACK_FORMAT, PACK_KIND, Pack, PackAnswer, PackAssessment, PackDepartment,
    PackQuestionnaire, PackRespondent, issue,
};
use crate::questionnaire::Questionnaire;
use crate::{Error, Issue, Result};

/// Every problem of one pack against the assessment, with JSON paths.
fn check_pack(
    conn: &Connection,
    assessment: &Assessment,
    q: &Questionnaire,
    p: &Pack,
) -> Result<Vec<Issue>> {
    let mut issues = Vec::new();
    if p.assessment.id != assessment.id {
        issues.push(issue(
            "assessment.id",
            format!(
                "this pack belongs to assessment {} ({} — {}), not to {} ({} — {})",
                p.assessment.id,
                p.assessment.organisation,
                p.assessment.title,
                assessment.id,
                assessment.organisation,
                assessment.title
            ),
        ));
        // Nothing else can be compared meaningfully.
        return Ok(issues);
    }
    if p.questionnaire.id != assessment.questionnaire_id {
        issues.push(issue(
            "questionnaire.id",
            format!(
                "the pack was answered with questionnaire {:?}, the assessment uses {:?}",
                p.questionnaire.id, assessment.questionnaire_id
            ),
        ));
    }
    if p.questionnaire.version != assessment.questionnaire_version {
        issues.push(issue(
            "questionnaire.version",
            format!(
                "the pack was answered with questionnaire version {}, the assessment uses {}",
                p.questionnaire.version, assessment.questionnaire_version
            ),
        ));
    }
    let department = super::departments::by_id(conn, &assessment.id, &p.department.id).ok();
    if department.is_none() {
        issues.push(issue(
            "department.id",
            format!(
                "department {:?} ({}) is not in this assessment",
                p.department.name, p.department.id
            ),
        ));
    }
    check_respondents(conn, &assessment.id, q, p, &mut issues)?;
    Ok(issues)
}

/// The respondents of a pack: ids unique and not empty, names not empty,
/// each respondent unknown or already in the pack's department of this
/// assessment, questions in the questionnaire and answered once, values
/// valid. Shared by import and by opening a pack session.
pub(crate) fn check_respondents(
    conn: &Connection,
    assessment_id: &str,
    q: &Questionnaire,
    p: &Pack,
    issues: &mut Vec<Issue>,
) -> Result<()> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, r) in p.respondents.iter().enumerate() {
        let at = format!("respondents[{i}]");
        if let Some(first) = seen.insert(r.id.as_str(), i) {
            issues.push(issue(
                format!("{at}.id"),
                format!(
                    "respondent {} appears twice (also respondents[{first}])",
                    r.id
                ),
            ));
        }
        if r.id.trim().is_empty() {
            issues.push(issue(
                format!("{at}.id"),
                "a respondent id must not be empty",
            ));
        }
        if r.name.trim().is_empty() {
            issues.push(issue(
                format!("{at}.name"),
                "a respondent's name must not be empty",
            ));
        }
        match super::respondents::home(conn, &r.id)? {
            Some((a, _)) if a != assessment_id => issues.push(issue(
                format!("{at}.id"),
                format!("respondent {} belongs to another assessment", r.id),
            )),
            Some((_, d)) if d != p.department.id => {
                let name = super::departments::by_id(conn, assessment_id, &d)
                    .map_or_else(|_| d.clone(), |d| d.name);
                issues.push(issue(
                    format!("{at}.id"),
                    format!(
                        "respondent {} ({}) belongs to department {name:?}, not {:?}",
                        r.id, r.name, p.department.name
                    ),
                ));
            }
            _ => {}
        }
        let mut questions: HashMap<&str, usize> = HashMap::new();
        for (j, a) in r.answers.iter().enumerate() {
            let at = format!("{at}.answers[{j}]");
            if q.question(&a.question).is_none() {
                issues.push(issue(
                    format!("{at}.question"),
                    format!(
                        "question {:?} is not in questionnaire {} {}",
                        a.question, q.id, q.version
                    ),
                ));
            }
            if let Some(first) = questions.insert(a.question.as_str(), j) {
                issues.push(issue(
                    format!("{at}.question"),
                    format!(
                        "question {:?} is answered twice (also answers[{first}])",
                        a.question
                    ),
                ));
            }
            if a.answer_value().is_none() {
                issues.push(issue(
                    format!("{at}.value"),
                    format!(
                        "{} is not one of 1, 2, 3, 4, 5, \"na\", \"unknown\"",
                        a.value
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether this database exported the pack's department at the pack's
/// `exported_at` (`pack_exports`, written by [`Store::export_pack`]).
fn export_recorded(conn: &Connection, assessment_id: &str, p: &Pack) -> Result<bool> {
    let at = super::fmt_time(p.exported_at)?;
    conn.prepare_cached(
        "SELECT 1 FROM pack_exports WHERE assessment_id = ?1 AND department_id = ?2 AND exported_at = ?3",
    )
    .and_then(|mut s| s.exists(params![assessment_id, p.department.id, at]))
    .map_err(Error::storage("could not read the pack exports"))
}

/// Applies one checked pack; returns what it did. `now` is the import's
/// clock: no time from the pack is stored later than it, and a pack answer
/// dated after it never wins a conflict by the rule ([`pack::merge`]); a
/// conflict with a choice in `choices` goes the chosen way.
fn apply_pack(
    conn: &Connection,
    assessment_id: &str,
    file: &Path,
    p: &Pack,
    choices: &ConflictChoices,
    now: OffsetDateTime,
) -> Result<FileReport> {
    // invariant: check_pack refused a pack whose department is not here.
    let department = super::departments::by_id(conn, assessment_id, &p.department.id)?;
    let exported_at = p.exported_at.min(now);
    let mut report = FileReport {
        file: file.to_owned(),
        department: department.name,
        export_recorded: export_recorded(conn, assessment_id, p)?,
        respondents_added: Vec::new(),
        added: 0,
        updated: 0,
        unchanged: 0,
        conflicts: Vec::new(),
    };
    for r in &p.respondents {
        let exists = super::respondents::home(conn, &r.id)?.is_some();
        if !exists {
            super::respondents::insert(
                conn,
                assessment_id,
                &Respondent {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    department_id: p.department.id.clone(),
                    role: non_empty(r.role.as_deref()),
                    consensus: r.consensus,
                    created_at: r.created_at.min(now),
                    locale: r.locale.clone(),
                },
            )?;
            report.respondents_added.push(r.name.clone());
        }
        for a in &r.answers {
            // invariant: check_pack refused every pack with an invalid value.
            let Some(value) = a.answer_value() else {
                continue;
            };
            let incoming = Answer {
                respondent_id: r.id.as_str().into(),
                question_id: a.question.as_str().into(),
                value,
                comment: non_empty(a.comment.as_deref()),
                updated_at: a.updated_at,
                carried: a.carried,
                do_not_quote: false,
            };
            let stored = super::answers::stored(conn, &r.id, &a.question)?;
            let merge = pack::merge(stored.as_ref(), &incoming, exported_at, now);
            // What is stored is dated on this machine's clock at the latest;
            // a comment not to be quoted never left in the pack, so the
            // pack's lack of it does not erase it.
            let unquoted = stored
                .as_ref()
                .filter(|s| s.do_not_quote && incoming.comment.is_none())
                .and_then(|s| s.comment.clone());
            let incoming = Answer {
                updated_at: incoming.updated_at.min(now),
                comment: unquoted.or(incoming.comment),
                ..incoming
            };
            match merge {
                Merge::Add => {
                    super::answers::upsert(conn, &incoming)?;
                    report.added += 1;
                }
                Merge::Update => {
                    super::answers::upsert(conn, &incoming)?;
                    report.updated += 1;
                }
                Merge::Keep => report.unchanged += 1,
                Merge::Conflict { pack_wins } => {
                    let rule_keeps = if pack_wins {
                        Kept::Pack
                    } else {
                        Kept::Database
                    };
                    let (kept, decided_by) = match choices.get(&r.id, &a.question) {
                        Some(chosen) => (chosen, DecidedBy::Choice),
                        None => (rule_keeps, DecidedBy::Rule),
                    };
                    if kept == Kept::Pack {
                        super::answers::upsert(conn, &incoming)?;
                    }
                    // invariant: a conflict needs a stored answer (merge
                    // returns Add without one).
                    if let Some(s) = stored {
                        report.conflicts.push(Conflict {
                            respondent_id: r.id.as_str().into(),
                            respondent: r.name.clone(),
                            question: a.question.clone(),
                            database: ConflictSide {
                                value: s.value,
                                comment: s.comment,
                                updated_at: s.updated_at,
                            },
                            pack: ConflictSide {
                                value: incoming.value,
                                comment: incoming.comment,
                                updated_at: a.updated_at,
                            },
                            kept,
                            rule_keeps,
                            decided_by,
                        });
                    }
                }
            }
        }
    }
    Ok(report)
}

impl Store {
    /// The pack for one department of an assessment: its respondents and
    /// their answers so far, the questionnaire snapshot and the
    /// assessment's identity. Write it with [`crate::pack::write_file`].
    ///
    /// The export is recorded (`pack_exports`): when the pack comes back,
    /// the import knows the export time from its own records and says
    /// when a pack claims an export this database never made.
    pub fn export_pack(&mut self, assessment_id: &str, department_id: &str) -> Result<Pack> {
        let pack = self.build_pack(assessment_id, department_id)?;
        let at = super::fmt_time(pack.exported_at)?;
        self.write("could not record the pack export", |tx| {
            tx.execute(
                "INSERT OR IGNORE INTO pack_exports (assessment_id, department_id, exported_at) \
                 VALUES (?1, ?2, ?3)",
                params![assessment_id, department_id, at],
            )
            .map_err(Error::storage("could not record the pack export"))?;
            Ok(())
        })?;
        Ok(pack)
    }

    /// The pack of [`Store::export_pack`], not recorded (a head's filled
    /// pack is not an export of the consultant's database).
    pub(crate) fn build_pack(&self, assessment_id: &str, department_id: &str) -> Result<Pack> {
        let assessment = self.assessment(assessment_id)?;
        let department = super::departments::by_id(self.conn(), assessment_id, department_id)
            .map_err(|e| super::classify(self.path(), e))?;
        let snapshot_text = super::assessments::snapshot_text(self.conn(), assessment_id)
            .map_err(self.fail("could not read the assessment"))?
            .unwrap_or_default();
        let snapshot: serde_json::Value = serde_json::from_str(&snapshot_text).map_err(|e| {
            Error::InvalidInput(format!("the questionnaire snapshot cannot be read: {e}"))
        })?;
        let locales = self.questionnaire(assessment_id)?.locales();
        // A pack goes to another person: an anonymous assessment's names
        // stay here, in the pack's place "Respondent N (Department)".
        let all = self.respondents(assessment_id)?;
        let numbers = if assessment.anonymity.anonymous {
            crate::anonymity::respondent_numbers(&all)
        } else {
            HashMap::new()
        };
        let label = crate::anonymity::respondent_label(&assessment.report_locale)?;
        let mut respondents = Vec::new();
        for r in all
            .iter()
            .filter(|r| r.department_id == department.id)
            .cloned()
        {
            let answers = self
                .answers_of(&r.id)?
                .into_iter()
                .map(|a| PackAnswer {
                    question: a.question_id.to_string(),
                    value: serde_json::to_value(a.value).unwrap_or(serde_json::Value::Null),
                    // A comment not to be quoted leaves no copy of it.
                    comment: if a.do_not_quote { None } else { a.comment },
                    updated_at: a.updated_at,
                    carried: a.carried,
                })
                .collect();
            let anonymous = numbers
                .get(r.id.as_str())
                .map(|&n| label(n, &department.name));
            respondents.push(PackRespondent {
                name: anonymous.clone().unwrap_or(r.name),
                role: if anonymous.is_some() { None } else { r.role },
                id: r.id,
                consensus: r.consensus,
                created_at: r.created_at,
                locale: r.locale,
                answers,
            });
        }
        Ok(Pack {
            format: PACK_FORMAT,
            kind: PACK_KIND.to_owned(),
            assessment: PackAssessment {
                id: assessment.id,
                organisation: assessment.organisation,
                title: assessment.title,
            },
            questionnaire: PackQuestionnaire {
                id: assessment.questionnaire_id,
                version: assessment.questionnaire_version,
                snapshot,
                locales,
            },
            department: PackDepartment {
                id: department.id,
                name: department.name,
            },
            exported_at: now(),
            respondents,
            checksum: String::new(),
        })
    }

    /// Imports filled packs into an assessment, all or nothing: every file
    /// is read and checked first, and only if none has a problem are they
    /// applied, in one transaction. Problems come back as one
    /// [`Error::InvalidPack`] or, when several, [`Error::InvalidPacks`].
    pub fn import_packs(&mut self, assessment_id: &str, files: &[PathBuf]) -> Result<ImportReport> {
        self.import_packs_with(assessment_id, files, None)
    }

    /// [`Store::import_packs`] where packs may be encrypted with
    /// `passphrase` ([`crate::pack_crypt`]); an encrypted pack without it,
    /// or with a wrong one, refuses the whole import.
    pub fn import_packs_with(
        &mut self,
        assessment_id: &str,
        files: &[PathBuf],
        passphrase: Option<&crate::Passphrase>,
    ) -> Result<ImportReport> {
        let mut errors = Vec::new();
        let mut packs = Vec::new();
        for file in files {
            match pack::read_file_with(file, passphrase) {
                Ok(p) => packs.push((file.clone(), p)),
                Err(e) => errors.push(e),
            }
        }
        self.import_checked(assessment_id, &packs, &ConflictChoices::new(), errors)
    }

    /// [`Store::import_packs`] for packs already read (with
    /// [`crate::pack::parse_bytes`]); `file` names each in errors. Each
    /// conflict with a choice in `choices` keeps the chosen side, the
    /// others the rule's; a choice that names no conflict of these packs
    /// refuses the whole import ([`Error::InvalidInput`], naming the
    /// respondent and the question) and nothing changes.
    pub fn import_pack_values(
        &mut self,
        assessment_id: &str,
        packs: &[(PathBuf, Pack)],
        choices: &ConflictChoices,
    ) -> Result<ImportReport> {
        self.import_checked(assessment_id, packs, choices, Vec::new())
    }

    /// What [`Store::import_pack_values`] would do with `packs` and
    /// `choices`, without changing anything: the import runs through the
    /// same code in a write transaction that is always rolled back, so
    /// preview and commit cannot disagree. Refused packs are listed (one
    /// error per problem, file order); the report then covers the
    /// acceptable packs only, and committing would be refused as a whole.
    /// A choice that names no conflict of the acceptable packs is an error,
    /// as on commit.
    pub fn preview_import(
        &mut self,
        assessment_id: &str,
        packs: &[(PathBuf, Pack)],
        choices: &ConflictChoices,
    ) -> Result<ImportPreview> {
        let assessment = self.assessment(assessment_id)?;
        let q = self.questionnaire(assessment_id)?;
        let context = "could not preview the import";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| super::classify(&self.path, Error::storage(context)(e)))?;
        let problems = check_all(&tx, &assessment, &q, packs)?;
        let acceptable = packs
            .iter()
            .enumerate()
            .filter(|(i, _)| !problems.iter().any(|(j, _)| j == i))
            .map(|(_, p)| p);
        let report = apply_all(&tx, assessment_id, acceptable, choices, now())?;
        // Dropping would roll back too; saying it keeps the intent visible.
        tx.rollback()
            .map_err(|e| super::classify(&self.path, Error::storage(context)(e)))?;
        let refused = problems
            .into_iter()
            .map(|(i, issue)| Error::InvalidPack {
                file: packs[i].0.clone(),
                issue,
            })
            .collect();
        Ok(ImportPreview { report, refused })
    }

    fn import_checked(
        &mut self,
        assessment_id: &str,
        packs: &[(PathBuf, Pack)],
        choices: &ConflictChoices,
        mut errors: Vec<Error>,
    ) -> Result<ImportReport> {
        let assessment = self.assessment(assessment_id)?;
        let q = self.questionnaire(assessment_id)?;
        self.write("could not import the packs", |tx| {
            for (i, found) in check_all(tx, &assessment, &q, packs)? {
                errors.push(Error::InvalidPack {
                    file: packs[i].0.clone(),
                    issue: found,
                });
            }
            if errors.len() == 1 {
                return Err(errors.remove(0));
            }
            if !errors.is_empty() {
                return Err(Error::InvalidPacks { errors });
            }
            apply_all(tx, assessment_id, packs.iter(), choices, now())
        })
    }
}

/// What an import would do: see [`Store::preview_import`].
#[derive(Debug)]
pub struct ImportPreview {
    /// What each acceptable pack would add, update, keep and conflict.
    pub report: ImportReport,
    /// Every problem found ([`Error::InvalidPack`]), in file order; when
    /// not empty, the import as a whole would be refused.
    pub refused: Vec<Error>,
}

/// Every problem of every pack, as (index of the pack, issue). Besides
/// each pack on its own: a respondent that is new to the assessment may be
/// brought by several packs of one import only for one department (else
/// the second pack would write into the first department's respondent).
fn check_all(
    conn: &Connection,
    assessment: &Assessment,
    q: &Questionnaire,
    packs: &[(PathBuf, Pack)],
) -> Result<Vec<(usize, Issue)>> {
    let mut problems = Vec::new();
    // New respondent id → (pack index, department) of the first pack with it.
    let mut introduced: HashMap<&str, (usize, &PackDepartment)> = HashMap::new();
    for (i, (_, p)) in packs.iter().enumerate() {
        problems.extend(
            check_pack(conn, assessment, q, p)?
                .into_iter()
                .map(|x| (i, x)),
        );
        for (r_index, r) in p.respondents.iter().enumerate() {
            let known = super::respondents::home(conn, &r.id)?.is_some();
            if known {
                continue;
            }
            match introduced.get(r.id.as_str()) {
                Some((first, d)) if d.id != p.department.id => problems.push((
                    i,
                    issue(
                        format!("respondents[{r_index}].id"),
                        format!(
                            "respondent {} ({}) is also brought for department {:?} by {}; one respondent belongs to one department",
                            r.id,
                            r.name,
                            d.name,
                            packs[*first].0.display()
                        ),
                    ),
                )),
                Some(_) => {}
                None => {
                    introduced.insert(r.id.as_str(), (i, &p.department));
                }
            }
        }
    }
    Ok(problems)
}

/// Applies checked packs in order; the one code path of commit and preview.
/// Fails when a choice names no conflict of these packs: the caller's
/// transaction is then rolled back.
fn apply_all<'a>(
    conn: &Connection,
    assessment_id: &str,
    packs: impl Iterator<Item = &'a (PathBuf, Pack)> + Clone,
    choices: &ConflictChoices,
    now: OffsetDateTime,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    for (file, p) in packs.clone() {
        report
            .files
            .push(apply_pack(conn, assessment_id, file, p, choices, now)?);
    }
    check_choices(&report, packs, choices)?;
    touch(conn, assessment_id)?;
    Ok(report)
}

/// Refuses choices that name no conflict of the import's report, each
/// named by respondent (as the packs call them) and question.
fn check_choices<'a>(
    report: &ImportReport,
    packs: impl Iterator<Item = &'a (PathBuf, Pack)>,
    choices: &ConflictChoices,
) -> Result<()> {
    let conflicts: Vec<&Conflict> = report.files.iter().flat_map(|f| &f.conflicts).collect();
    let stray: Vec<(&str, &str)> = choices
        .iter()
        .filter(|(r, q, _)| {
            !conflicts
                .iter()
                .any(|c| c.respondent_id == *r && c.question == *q)
        })
        .map(|(r, q, _)| (r, q))
        .collect();
    if stray.is_empty() {
        return Ok(());
    }
    let names: HashMap<&str, &str> = packs
        .flat_map(|(_, p)| &p.respondents)
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .collect();
    let named: Vec<String> = stray
        .into_iter()
        .map(|(r, q)| match names.get(r) {
            Some(name) => format!("{name} (respondent {r}) on question {q}"),
            None => format!("respondent {r} on question {q}"),
        })
        .collect();
    Err(Error::InvalidInput(format!(
        "nothing was imported: a choice was given for an answer that is not a conflict of these packs: {}; only an answer changed on both sides since the export can be decided",
        named.join("; ")
    )))
}
