//! A pack import's merge report and refused files → `wire/imports.rs`,
//! with each conflict's question text from the assessment's questionnaire.

use std::path::{Path, PathBuf};

use cx_maturity::Error;
use cx_maturity::pack::{self, ConflictSide, ImportReport};
use cx_maturity::questionnaire::Questionnaire;

use super::error::to_wire;
use super::{count32, timestamp};
use crate::file_names::shown_name;
use crate::wire::{
    AnswerChoice, ConflictSideView, ConflictView, FileIssue, ImportReportView, Kept,
    PackFileReport, RefusedFile,
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
                Error::InvalidPack { file: f, .. } | Error::Io { path: f, .. } if f == file => {
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
                    respondent: c.respondent.clone(),
                    question_id: c.question.clone(),
                    question: q
                        .question(&c.question)
                        .map_or_else(|| c.question.clone(), |(_, x)| x.prompt.clone()),
                    database: side(&c.database),
                    pack: side(&c.pack),
                    kept: match c.kept {
                        pack::Kept::Pack => Kept::Pack,
                        pack::Kept::Database => Kept::Database,
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
