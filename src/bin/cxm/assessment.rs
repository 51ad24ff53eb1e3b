//! `cxm assessment|respondent|answer|target|evidence|pack|demo`: writes to the store.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use cx_maturity::Field;
use cx_maturity::dates::parse_date;
use cx_maturity::model::{AnswerValue, DimensionSetting, EvidenceMetric, Respondent};
use cx_maturity::pack::ImportReport;
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::store::Store;
use cx_maturity::{Error, Result};

use crate::database::Database;
use crate::output::{outln, print_json};

#[derive(Subcommand)]
pub enum AssessmentCmd {
    /// Create an assessment; prints its id.
    Create {
        #[arg(long)]
        org: String,
        #[arg(long)]
        title: Option<String>,
        /// A questionnaire id or file (default: the built-in CX maturity questionnaire).
        #[arg(long)]
        questionnaire: Option<String>,
        /// A department to assess; repeat for each.
        #[arg(long = "department")]
        departments: Vec<String>,
    },
    /// List assessments.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Change an assessment's settings (at least one).
    #[command(group(clap::ArgGroup::new("setting").required(true).multiple(true)))]
    Set {
        assessment: String,
        /// The language of its report and workbook: en, de or fr.
        #[arg(long, group = "setting")]
        report_locale: Option<String>,
        /// Anonymous: no names for readers, and a department's own figures
        /// only where at least the threshold of its respondents answered.
        #[arg(long, group = "setting", value_enum)]
        anonymous: Option<OnOff>,
        /// The anonymity threshold k (2 to 50; a new assessment has 3).
        #[arg(long, group = "setting")]
        threshold: Option<u8>,
    },
}

/// A switch on the command line.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Subcommand)]
pub enum RespondentCmd {
    /// Add a respondent; prints its id.
    Add {
        assessment: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        department: String,
        #[arg(long)]
        role: Option<String>,
    },
}

#[derive(Args)]
pub struct DemoArgs {
    /// The language of its departments, roles and report: en, de or fr.
    #[arg(long, default_value = "en")]
    pub locale: String,
}

#[derive(Args)]
pub struct AnswerArgs {
    pub assessment: String,
    pub respondent: String,
    pub question: String,
    /// 1, 2, 3, 4, 5, na or unknown.
    pub value: String,
    #[arg(long)]
    pub comment: Option<String>,
}

#[derive(Args)]
pub struct TargetArgs {
    pub assessment: String,
    pub dimension: String,
    /// Target level, 1-5.
    #[arg(long)]
    pub level: Option<u8>,
    /// Importance, 1-5.
    #[arg(long)]
    pub importance: Option<u8>,
}

#[derive(Args)]
pub struct EvidenceArgs {
    pub assessment: String,
    // Negative numbers are values (refused by the range check with exit 1),
    // never mistaken for unknown flags (a usage error, exit 2).
    /// Net Promoter Score, -100..100.
    #[arg(long, allow_negative_numbers = true)]
    pub nps: Option<f64>,
    /// Customer satisfaction, 0..100 (%).
    #[arg(long, allow_negative_numbers = true)]
    pub csat: Option<f64>,
    /// Annual customer churn, 0..100 (%).
    #[arg(long, allow_negative_numbers = true)]
    pub churn: Option<f64>,
    /// YYYY-MM-DD.
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
}

#[derive(Subcommand)]
pub enum PackCmd {
    /// Write a self-assessment pack for one department head.
    Export {
        assessment: String,
        #[arg(long)]
        department: String,
        #[arg(long)]
        out: PathBuf,
        /// Encrypt the pack with the passphrase on this file's first line
        /// (tell it to the department head another way).
        #[arg(long, value_name = "FILE")]
        pack_passphrase_file: Option<PathBuf>,
    },
    /// Import filled packs: all files or none.
    Import {
        assessment: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print the import report as one JSON document.
        #[arg(long)]
        json: bool,
        /// The passphrase of encrypted packs, on this file's first line.
        #[arg(long, value_name = "FILE")]
        pack_passphrase_file: Option<PathBuf>,
    },
}

/// Opens `--db` (or the desktop app's database) with `--passphrase-file`.
pub fn open_store(db: &Database) -> Result<Store> {
    db.open()
}

/// A questionnaire named by a built-in id or a file path.
fn resolve_questionnaire(arg: Option<&str>) -> Result<Questionnaire> {
    let arg = arg.unwrap_or(questionnaire::DEFAULT_ID);
    let as_path = Path::new(arg);
    if as_path.is_file() {
        return questionnaire::load_file(as_path);
    }
    questionnaire::builtin(arg).ok_or_else(|| Error::NotFound {
        what: "questionnaire (built-in id or file)",
        id: arg.to_owned(),
    })
}

/// A respondent of `assessment` by id, or by name when exactly one matches.
fn resolve_respondent(store: &Store, assessment: &str, key: &str) -> Result<Respondent> {
    let all = store.respondents(assessment)?;
    if let Some(r) = all.iter().find(|r| r.id == key) {
        return Ok(r.clone());
    }
    let by_name: Vec<&Respondent> = all.iter().filter(|r| r.name == key).collect();
    match by_name.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::NotFound {
            what: "respondent in this assessment",
            id: key.to_owned(),
        }),
        many => Err(Error::InvalidInput(format!(
            "{} respondents are called {key:?}; use the id",
            many.len()
        ))),
    }
}

pub fn run_assessment(cmd: AssessmentCmd, db: &Database) -> Result<()> {
    match cmd {
        AssessmentCmd::Create {
            org,
            title,
            questionnaire,
            departments,
        } => {
            let q = resolve_questionnaire(questionnaire.as_deref())?;
            let mut store = open_store(db)?;
            let title = title.unwrap_or_else(|| "CX maturity assessment".to_owned());
            let names: Vec<&str> = departments.iter().map(String::as_str).collect();
            let id = store.create_assessment(&org, &title, &q, &names)?;
            outln!("{id}");
            Ok(())
        }
        AssessmentCmd::List { json } => {
            let store = open_store(db)?;
            let list = store.list_assessments()?;
            if json {
                return print_json(&list);
            }
            for a in &list {
                let done = a.completion.map_or_else(
                    || "no respondents".to_owned(),
                    |c| format!("{} answered", cx_maturity::scoring::shown_percent(c)),
                );
                let round = if a.round > 1 {
                    format!("round {}, ", a.round)
                } else {
                    String::new()
                };
                outln!(
                    "{}  {} — {}  ({round}{} departments, {} respondents set up, {done})",
                    a.id,
                    a.organisation,
                    a.title,
                    a.departments,
                    a.respondents
                );
            }
            Ok(())
        }
        AssessmentCmd::Set {
            assessment,
            report_locale,
            anonymous,
            threshold,
        } => {
            // Every value is checked before the first change: a refused
            // setting leaves the others unchanged too.
            if let Some(tag) = &report_locale {
                cx_maturity::locales::supported(tag)?;
            }
            if let Some(k) = threshold {
                cx_maturity::store::anonymity::check_threshold(k)?;
            }
            let mut store = open_store(db)?;
            store.assessment(&assessment)?;
            if anonymous.is_some() || threshold.is_some() {
                let a = store.set_anonymity(
                    &assessment,
                    anonymous.map(|a| matches!(a, OnOff::On)),
                    threshold,
                )?;
                let state = if a.anonymous { "on" } else { "off" };
                outln!("anonymous: {state} (threshold {})", a.threshold);
            }
            if let Some(tag) = report_locale {
                let stored = store.set_report_locale(&assessment, &tag)?;
                outln!("report language: {stored}");
            }
            Ok(())
        }
    }
}

pub fn run_respondent(cmd: RespondentCmd, db: &Database) -> Result<()> {
    let RespondentCmd::Add {
        assessment,
        name,
        department,
        role,
    } = cmd;
    let mut store = open_store(db)?;
    let dept = store.department_by_name(&assessment, &department)?;
    let r = store.add_respondent(&assessment, &dept.id, &name, role.as_deref(), false)?;
    outln!("{}", r.id);
    Ok(())
}

pub fn run_answer(args: AnswerArgs, db: &Database) -> Result<()> {
    let AnswerArgs {
        assessment,
        respondent,
        question,
        value,
        comment,
    } = args;
    let value: AnswerValue = value.parse()?;
    let mut store = open_store(db)?;
    let r = resolve_respondent(&store, &assessment, &respondent)?;
    store.save_answer(&r.id, &question, value, comment.as_deref())?;
    Ok(())
}

pub fn run_target(args: TargetArgs, db: &Database) -> Result<()> {
    let TargetArgs {
        assessment,
        dimension,
        level,
        importance,
    } = args;
    if level.is_none() && importance.is_none() {
        return Err(Error::InvalidInput(
            "give --level, --importance or both".into(),
        ));
    }
    let mut store = open_store(db)?;
    let current = store
        .dimension_settings(&assessment)?
        .into_iter()
        .find(|s| s.dimension_id == dimension);
    let setting = DimensionSetting {
        dimension_id: dimension,
        target: level.or(current.as_ref().and_then(|c| c.target)),
        importance: importance.or(current.as_ref().and_then(|c| c.importance)),
    };
    store.set_dimension_setting(&assessment, &setting)
}

pub fn run_evidence(args: EvidenceArgs, db: &Database) -> Result<()> {
    let EvidenceArgs {
        assessment,
        nps,
        csat,
        churn,
        date,
        source,
    } = args;
    let values: Vec<(EvidenceMetric, f64)> = [
        (EvidenceMetric::Nps, nps),
        (EvidenceMetric::Csat, csat),
        (EvidenceMetric::Churn, churn),
    ]
    .into_iter()
    .filter_map(|(m, v)| v.map(|v| (m, v)))
    .collect();
    if values.is_empty() {
        return Err(Error::InvalidInput(
            "give at least one of --nps, --csat, --churn".into(),
        ));
    }
    let date = date
        .as_deref()
        .map(|d| parse_date(d, Field::EvidenceDate))
        .transpose()?;
    let mut store = open_store(db)?;
    store.record_evidence(&assessment, &values, date, source.as_deref())?;
    Ok(())
}

pub fn run_pack(cmd: PackCmd, db: &Database) -> Result<()> {
    match cmd {
        PackCmd::Export {
            assessment,
            department,
            out,
            pack_passphrase_file,
        } => {
            let passphrase = pack_passphrase(pack_passphrase_file.as_deref())?;
            let mut store = open_store(db)?;
            let dept = store.department_by_name(&assessment, &department)?;
            let pack = store.export_pack(&assessment, &dept.id)?;
            cx_maturity::pack::write_file_with(&pack, &out, passphrase.as_ref())?;
            outln!("{}", out.display());
            Ok(())
        }
        PackCmd::Import {
            assessment,
            files,
            json,
            pack_passphrase_file,
        } => {
            let passphrase = pack_passphrase(pack_passphrase_file.as_deref())?;
            let mut store = open_store(db)?;
            let report = store.import_packs_with(&assessment, &files, passphrase.as_ref())?;
            if json {
                return print_json(&report);
            }
            print_import_report(&report);
            Ok(())
        }
    }
}

/// The pack passphrase given with `--pack-passphrase-file`, read first so
/// an unreadable file changes nothing.
fn pack_passphrase(file: Option<&Path>) -> Result<Option<cx_maturity::Passphrase>> {
    file.map(cx_maturity::Passphrase::from_file).transpose()
}

fn print_import_report(report: &ImportReport) {
    for f in &report.files {
        outln!(
            "{} ({}): {} answer(s) added, {} updated, {} unchanged, {} conflict(s)",
            f.file.display(),
            f.department,
            f.added,
            f.updated,
            f.unchanged,
            f.conflicts.len()
        );
        if !f.export_recorded {
            outln!(
                "  note: this database has no record of exporting this pack; its export time is the file's word"
            );
        }
        for name in &f.respondents_added {
            outln!("  new respondent: {name}");
        }
        for c in &f.conflicts {
            outln!(
                "  conflict: {} / {}: database {} ({}) vs pack {} ({}); kept the {} answer",
                c.respondent,
                c.question,
                c.database.value,
                time_text(c.database.updated_at),
                c.pack.value,
                time_text(c.pack.updated_at),
                c.kept
            );
        }
    }
    let (added, updated, unchanged, conflicts) = report.totals();
    outln!(
        "imported {} file(s): {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflict(s)",
        report.files.len()
    );
    // A checksum anyone can recompute detects damage, not forgery.
    outln!(
        "each pack's checksum matched: the files were not damaged in transit (a checksum does not prove who wrote a file)"
    );
}

fn time_text(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}

pub fn run_demo(args: &DemoArgs, db: &Database) -> Result<()> {
    let mut store = open_store(db)?;
    let id = cx_maturity::demo::create_demo_in(&mut store, &args.locale)?;
    outln!("{id}");
    Ok(())
}
