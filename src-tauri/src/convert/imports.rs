//! A pack import's merge report and refused files → `wire/imports.rs`,
//! with each conflict's question text from the assessment's questionnaire;
//! and back, the consultant's choices for conflicts → the core's
//! [`ConflictChoices`].

use std::path::{Path, PathBuf};

use cx_maturity::Error;
use cx_maturity::pack::{self, ConflictChoices, ConflictSide, ImportReport};
use cx_maturity::questionnaire::Questionnaire;

use super::error::to_wire;
use super::{count32, timestamp};
use crate::file_names::shown_name;
use crate::wire::{
    AnswerChoice, ConflictChoice, ConflictSideView, ConflictView, DecidedBy, FileIssue,
    ImportReportView, Kept, PackFileReport, RefusedFile, WireError,
};

/// One error per refused file's problem → the files, in the order picked,
/// each with its problems in place.
pub(crate) fn refused_files(picked: &[PathBuf], errors: &[Error]) -> Vec<RefusedFile> {
    let mut out: Vec<RefusedFile> = Vec::new();
    let mut add = |file: &Path, issue: FileIssue| {
        let name = shown_name(file);
        match out.iter_mut().find(|r| r.file_name == name) {
            Some(r) => r.problems.push(issue),
            None => out.push(RefusedFile {
                file_name: name,
                problems: vec![issue],
            }),
        }
    };
    for file in picked {
        for e in errors {
            match e {
                Error::InvalidPack { file: f, .. }
                | Error::Io { path: f, .. }
                | Error::PassphraseNeeded { path: f }
                | Error::WrongPassphrase { path: f }
                    if f == file =>
                {
                    let wire = to_wire(e);
                    let issue = wire.issues.into_iter().next().unwrap_or(FileIssue {
                        path: "$".to_owned(),
                        line: None,
                        column: None,
                        message: wire.message,
                    });
                    add(file, issue);
                }
                _ => {}
            }
        }
    }
    out
}

/// The core's merge report → the wire's, with question texts and totals.
pub(crate) fn report_view(
    report: &ImportReport,
    refused: Vec<RefusedFile>,
    q: &Questionnaire,
) -> ImportReportView {
    let side = |s: &ConflictSide| ConflictSideView {
        value: AnswerChoice(s.value),
        comment: s.comment.clone(),
        updated_at: timestamp(s.updated_at),
    };
    let files: Vec<PackFileReport> = report
        .files
        .iter()
        .map(|f| PackFileReport {
            file_name: shown_name(&f.file),
            department: f.department.clone(),
            export_recorded: f.export_recorded,
            respondents_added: f.respondents_added.clone(),
            added: f.added,
            updated: f.updated,
            unchanged: f.unchanged,
            conflicts: f
                .conflicts
                .iter()
                .map(|c| ConflictView {
                    respondent_id: c.respondent_id.clone(),
                    respondent: c.respondent.clone(),
                    question_id: c.question.clone(),
                    question: q
                        .question(&c.question)
                        .map_or_else(|| c.question.clone(), |(_, x)| x.prompt.clone()),
                    database: side(&c.database),
                    pack: side(&c.pack),
                    kept: kept_view(c.kept),
                    rule_keeps: kept_view(c.rule_keeps),
                    decided_by: match c.decided_by {
                        pack::DecidedBy::Rule => DecidedBy::Rule,
                        pack::DecidedBy::Choice => DecidedBy::Choice,
                    },
                })
                .collect(),
        })
        .collect();
    let (added, updated, unchanged, conflicts) = report.totals();
    ImportReportView {
        files,
        refused,
        added,
        updated,
        unchanged,
        conflicts: count32(conflicts),
    }
}

fn kept_view(k: pack::Kept) -> Kept {
    match k {
        pack::Kept::Pack => Kept::Pack,
        pack::Kept::Database => Kept::Database,
    }
}

/// The window's choices → the core's. Two choices for one answer are
/// refused: the window sends one per conflict, so a second one is a
/// mistake, never a correction to guess at. Whether each names a conflict
/// of the packs is the core's check, on commit.
pub(crate) fn conflict_choices(list: &[ConflictChoice]) -> Result<ConflictChoices, WireError> {
    let mut choices = ConflictChoices::new();
    for c in list {
        let kept = match c.keep {
            Kept::Pack => pack::Kept::Pack,
            Kept::Database => pack::Kept::Database,
        };
        if choices
            .choose(c.respondent_id.as_str(), c.question_id.as_str(), kept)
            .is_some()
        {
            return Err(WireError::invalid_input(format!(
                "Nothing was imported: the answer of respondent {} to question {} was given two choices; choose one side for it.",
                c.respondent_id, c.question_id
            )));
        }
    }
    Ok(choices)
}
