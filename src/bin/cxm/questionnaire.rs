//! `cxm questionnaire list|show|validate|schema`: thin calls into
//! `cx_maturity::questionnaire`, plus the wording of their output.

use std::path::PathBuf;

use clap::Subcommand;
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::{Error, Result};
use serde::Serialize;

use crate::database::Database;
use crate::output::{errln, out, outln, print_json};

#[derive(Subcommand)]
pub enum Cmd {
    /// Built-in and installed questionnaires: id, version, title, locale.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Dimensions, questions (ids, text, anchors) and actions.
    Show {
        /// A questionnaire id or a file.
        questionnaire: String,
        #[arg(long)]
        json: bool,
        /// Show the texts in this language (one of the questionnaire's).
        #[arg(long)]
        locale: Option<String>,
    },
    /// Exit 0 when every file is valid; every problem on stderr otherwise.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// The JSON Schema of the questionnaire format.
    Schema,
}

pub fn run(cmd: Cmd, _db: &Database) -> Result<()> {
    match cmd {
        Cmd::List { json } => list(json),
        Cmd::Show {
            questionnaire,
            json,
            locale,
        } => show(&questionnaire, json, locale.as_deref()),
        Cmd::Validate { files } => validate(&files),
        Cmd::Schema => {
            out!("{}", questionnaire::schema::schema_json());
            Ok(())
        }
    }
}

/// One row of `list`.
#[derive(Serialize)]
struct Listed {
    id: String,
    version: String,
    title: String,
    locale: String,
    /// Its own language first, then those of its translations.
    locales: Vec<String>,
    /// `built-in`, or the file it was loaded from.
    source: String,
    dimensions: usize,
    questions: usize,
}

impl Listed {
    fn new(q: &Questionnaire, source: String) -> Self {
        Listed {
            id: q.id.clone(),
            version: q.version.clone(),
            title: q.title.clone(),
            locale: q.locale.clone(),
            locales: q.locales(),
            source,
            dimensions: q.dimensions.len(),
            questions: q.questions().count(),
        }
    }
}

fn list(json: bool) -> Result<()> {
    let mut rows: Vec<Listed> = questionnaire::builtins_ref()
        .iter()
        .map(|q| Listed::new(q, "built-in".into()))
        .collect();
    for (file, loaded) in questionnaire::installed() {
        match loaded {
            Ok(q) => rows.push(Listed::new(&q, file.display().to_string())),
            // A broken installed file must not hide the others; say why it is missing.
            Err(_) => errln!(
                "warning: skipped {}: not a valid questionnaire (see `cxm questionnaire validate {}`)",
                file.display(),
                file.display()
            ),
        }
    }
    if json {
        return print_json(&rows);
    }
    let id_width = rows.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let version_width = rows
        .iter()
        .map(|r| r.version.len())
        .max()
        .unwrap_or(7)
        .max(7);
    outln!(
        "{:id_width$}  {:version_width$}  {:10}  TITLE (SOURCE)",
        "ID",
        "VERSION",
        "LOCALES"
    );
    for r in &rows {
        outln!(
            "{:id_width$}  {:version_width$}  {:10}  {} ({}; {} dimensions, {} questions)",
            r.id,
            r.version,
            r.locales.join(","),
            r.title,
            r.source,
            r.dimensions,
            r.questions
        );
    }
    Ok(())
}

fn show(arg: &str, json: bool, locale: Option<&str>) -> Result<()> {
    let mut q = questionnaire::resolve(arg)?;
    if let Some(tag) = locale {
        q = q.in_locale(&q.check_locale(tag)?);
    }
    if json {
        return print_json(&q.to_raw());
    }
    out!("{}", outline(&q));
    Ok(())
}

/// A readable outline: levels, then each dimension with its questions,
/// anchors and actions.
fn outline(q: &Questionnaire) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let actions = q.actions().count();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "{} ({} {}, {})", q.title, q.id, q.version, q.locale);
    let _ = writeln!(
        out,
        "{} dimensions, {} questions, {} actions",
        q.dimensions.len(),
        q.questions().count(),
        actions
    );
    let levels: Vec<String> = q
        .levels
        .iter()
        .map(|l| format!("{} {}", l.level, l.name))
        .collect();
    let _ = writeln!(out, "levels: {}", levels.join(" · "));
    for (i, d) in q.dimensions.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {} [{}] (weight {})",
            i + 1,
            d.title,
            d.id,
            d.weight
        );
        for question in &d.questions {
            let _ = writeln!(out, "   {}  {}", question.id, question.prompt);
            for (k, anchor) in question.anchors.iter().enumerate() {
                let _ = writeln!(out, "       {}. {}", k + 1, anchor);
            }
        }
        for t in &d.transitions {
            let _ = writeln!(out, "   actions {}→{}:", t.from, t.to);
            for a in &t.actions {
                let _ = writeln!(
                    out,
                    "     - {} [{}] ({}, {})",
                    a.title,
                    a.id,
                    a.effort.as_str(),
                    a.owner
                );
            }
        }
    }
    out
}

/// Checks every file; valid ones are reported on stdout, every issue of the
/// others on stderr as `FILE:LINE:COL: PATH: message` or `FILE: PATH: message`.
fn validate(files: &[PathBuf]) -> Result<()> {
    let mut bad = 0;
    for file in files {
        match questionnaire::load_file(file) {
            Ok(q) => outln!(
                "{}: valid ({} {}, {} dimensions, {} questions)",
                file.display(),
                q.id,
                q.version,
                q.dimensions.len(),
                q.questions().count()
            ),
            Err(Error::InvalidQuestionnaire { issues, .. }) => {
                bad += 1;
                for issue in issues {
                    match (issue.line, issue.column) {
                        (Some(line), Some(col)) => errln!(
                            "{}:{line}:{col}: {}: {}",
                            file.display(),
                            issue.path,
                            issue.message
                        ),
                        _ => errln!("{}: {}: {}", file.display(), issue.path, issue.message),
                    }
                }
            }
            Err(Error::Io { source, .. }) => {
                bad += 1;
                errln!("{}: cannot read: {source}", file.display());
            }
            Err(e) => {
                bad += 1;
                errln!("{}: {e}", file.display());
            }
        }
    }
    if bad == 0 {
        if files.len() > 1 {
            outln!("all {} files are valid", files.len());
        }
        Ok(())
    } else {
        Err(Error::InvalidInput(format!(
            "{bad} of {} file{} {} not valid",
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            if files.len() == 1 { "is" } else { "are" }
        )))
    }
}
