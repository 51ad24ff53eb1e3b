//! Self-assessment packs: the file a department head receives, answers and
//! sends back. This module owns the format (versioned JSON with the
//! assessment's identity, the questionnaire snapshot and a SHA-256 checksum),
//! reading a file with every check that needs no database (size, UTF-8,
//! syntax, kind, format, checksum, shape, times, text lengths), and the
//! merge rule for one answer. Applying packs to the database is
//! [`crate::store::Store::import_packs`] (its SQL lives in `store/packs.rs`).
//!
//! A pack comes back by e-mail: every field is hostile until checked. The
//! checksum detects damage (a truncated download, an edit by hand); it is
//! not a signature and proves nothing about who wrote the file, since anyone
//! can recompute it. Times are the sender's word: each must be a real time
//! between [`EARLIEST`] and a day after this machine's clock.
//!
//! The merge rule: an answer changed only in the pack (its `updated_at` is
//! after the export) replaces the stored one; an answer changed on both
//! sides since the export is a *conflict*: the newer one wins and the
//! report lists it with both values and times. The export time is the
//! consultant's own record when there is one, and a pack answer dated after
//! the moment of the import (a clock set ahead, or a forged time) never
//! wins a conflict. The consultant may decide any conflict the other way
//! ([`ConflictChoices`]); the rule decides the rest. An answer carried from
//! the previous round travels marked `carried`; the head's confirmation
//! after the export (same value, no longer carried) updates the stored one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::model::{Answer, AnswerValue};
use crate::{Error, Issue, Result};

/// What the `kind` field of every pack says.
pub const PACK_KIND: &str = "cx-maturity-pack";
/// The pack format this build reads and writes.
pub const PACK_FORMAT: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_PACK_BYTES: u64 = 20 * 1024 * 1024;
/// The earliest time a pack may carry: no assessment was answered before.
pub const EARLIEST: OffsetDateTime = time::macros::datetime!(2000-01-01 00:00 UTC);
/// How far ahead of this machine's clock a pack's time may be: two
/// laptops' clocks differ, and a day covers a time zone set wrong.
pub const CLOCK_SKEW: time::Duration = time::Duration::DAY;

/// A self-assessment pack for one department of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// [`PACK_FORMAT`].
    pub format: u32,
    /// [`PACK_KIND`].
    pub kind: String,
    pub assessment: PackAssessment,
    pub questionnaire: PackQuestionnaire,
    pub department: PackDepartment,
    #[serde(with = "crate::dates::rfc3339")]
    pub exported_at: OffsetDateTime,
    pub respondents: Vec<PackRespondent>,
    /// `sha256:` and the hex SHA-256 of the canonical payload (every other
    /// field, object keys sorted, no spaces). Set by [`to_json`].
    #[serde(default)]
    pub checksum: String,
}

/// Which assessment a pack belongs to; the id is what import checks, the
/// names are there so a person can tell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackAssessment {
    pub id: String,
    pub organisation: String,
    pub title: String,
}

/// The questionnaire the pack is answered with, snapshot included so the
/// head's app can show the questions without anything else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackQuestionnaire {
    pub id: String,
    pub version: String,
    /// The assessment's questionnaire snapshot (the questionnaire file format).
    pub snapshot: serde_json::Value,
    /// The languages the pack can be answered in: the snapshot's own and
    /// its translations'. Left out by packs that predate languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locales: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackDepartment {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackRespondent {
    /// Kept from the assessment; a respondent the head adds gets a new id.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub consensus: bool,
    #[serde(with = "crate::dates::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The language they answer in, one of `questionnaire.locales`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub answers: Vec<PackAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackAnswer {
    pub question: String,
    /// `1`..`5`, `"na"` or `"unknown"`; kept raw so a bad value is reported
    /// with its JSON path rather than as a parse error.
    pub value: serde_json::Value,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(with = "crate::dates::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Carried forward from the previous round and not yet confirmed or
    /// changed (scoring.md, "Rounds and progress"); left out when false,
    /// so a pack without carried answers reads as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
}

impl PackAnswer {
    /// The answer as the store holds it, when the value is valid.
    pub fn answer_value(&self) -> Option<AnswerValue> {
        match &self.value {
            serde_json::Value::Number(n) => n
                .as_u64()
                .filter(|l| (1..=5).contains(l))
                .and_then(|l| u8::try_from(l).ok())
                .map(AnswerValue::Level),
            serde_json::Value::String(s) => match s.as_str() {
                "na" => Some(AnswerValue::NotApplicable),
                "unknown" => Some(AnswerValue::Unknown),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The pack as JSON text, with its checksum computed and set.
pub fn to_json(pack: &Pack) -> Result<String> {
    let mut value = serde_json::to_value(pack)
        .map_err(|e| Error::InvalidInput(format!("could not encode the pack: {e}")))?;
    let sum = checksum_of(&value);
    if let Some(obj) = value.as_object_mut() {
        obj.insert("checksum".into(), serde_json::Value::String(sum));
    }
    serde_json::to_string_pretty(&value)
        .map_err(|e| Error::InvalidInput(format!("could not encode the pack: {e}")))
}

/// Writes a pack to `path` atomically ([`crate::files::write_atomically`]),
/// so a crash never leaves half a pack under the real name.
pub fn write_file(pack: &Pack, path: &Path) -> Result<()> {
    write_file_with(pack, path, None)
}

/// [`write_file`], encrypted with `passphrase` when there is one
/// ([`crate::pack_crypt`]).
pub fn write_file_with(
    pack: &Pack,
    path: &Path,
    passphrase: Option<&crate::Passphrase>,
) -> Result<()> {
    let json = to_json(pack)?;
    match passphrase {
        Some(p) => {
            crate::files::write_atomically(path, &crate::pack_crypt::encrypt(json.as_bytes(), p)?)
        }
        None => crate::files::write_atomically(path, json.as_bytes()),
    }
}

/// `sha256:<hex>` of the canonical payload: `value` without its
/// `checksum`, object keys sorted, compact.
pub fn checksum_of(value: &serde_json::Value) -> String {
    let mut payload = value.clone();
    if let Some(obj) = payload.as_object_mut() {
        obj.remove("checksum");
    }
    let mut text = String::new();
    canonical(&payload, &mut text);
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Compact JSON with object keys sorted, whatever map order serde_json was
/// built with (another crate may turn on `preserve_order`).
fn canonical(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::String(k.clone()).to_string());
                out.push(':');
                canonical(&map[k], out);
            }
            out.push('}');
        }
        serde_json::Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// An [`Issue`] at a JSON path, without a position.
pub(crate) fn issue(path: impl Into<String>, message: impl Into<String>) -> Issue {
    Issue {
        path: path.into(),
        line: None,
        column: None,
        message: message.into(),
    }
}

fn invalid(file: &Path, issue: Issue) -> Error {
    Error::InvalidPack {
        file: file.to_owned(),
        issue,
    }
}

/// Reads and checks a pack file: at most [`MAX_PACK_BYTES`] (checked before
/// reading), UTF-8, JSON, `kind`, `format`, checksum, shape. What needs the
/// database (which assessment, which questions) is checked on import.
pub fn read_file(path: &Path) -> Result<Pack> {
    read_file_with(path, None)
}

/// [`read_file`] for a pack that may be encrypted ([`crate::pack_crypt`]):
/// an encrypted one needs `passphrase` ([`Error::PassphraseNeeded`]
/// without it); its decrypted content is held to the same size limit. A
/// plain pack is read as it is, whatever `passphrase` says.
pub fn read_file_with(path: &Path, passphrase: Option<&crate::Passphrase>) -> Result<Pack> {
    read_file_sealed(path, passphrase).map(|(p, _)| p)
}

/// [`read_file_with`], also saying whether the file was encrypted.
pub fn read_file_sealed(
    path: &Path,
    passphrase: Option<&crate::Passphrase>,
) -> Result<(Pack, bool)> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_PACK_BYTES {
        return Err(invalid(path, too_big(size)));
    }
    let mut bytes = Vec::new();
    {
        use std::io::Read;
        // The file may grow between the size check and the read.
        std::fs::File::open(path)
            .map_err(io)?
            .take(MAX_PACK_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    }
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(invalid(path, too_big(bytes.len() as u64)));
    }
    if !crate::pack_crypt::is_encrypted(&bytes) {
        return Ok((parse_bytes(&bytes, path)?, false));
    }
    let passphrase = passphrase.ok_or_else(|| Error::PassphraseNeeded {
        path: path.to_owned(),
    })?;
    let plain = crate::pack_crypt::decrypt(&bytes, passphrase, path)?;
    Ok((parse_bytes(&plain, path)?, true))
}

/// A file over [`MAX_PACK_BYTES`]: not a pack, or not one this app wrote.
fn too_big(size: u64) -> Issue {
    let limit = MAX_PACK_BYTES / (1024 * 1024);
    // Lossy only in the message; the comparison is exact.
    #[allow(clippy::cast_precision_loss)]
    let mb = size as f64 / (1024.0 * 1024.0);
    // Just over the limit reads "20.0 MB" to one decimal: say "more than".
    let shown = if format!("{mb:.1}") == format!("{limit}.0") {
        format!("more than {limit} MB")
    } else {
        format!("{mb:.1} MB")
    };
    issue(
        "$",
        format!(
            "the file is {shown}; packs are at most {limit} MB — choose the pack file itself, not an export or a database"
        ),
    )
}

/// Why a time read from a file cannot be stored, or `None`: it must lie
/// between [`EARLIEST`] and `now` + [`CLOCK_SKEW`] once converted to UTC.
pub fn check_time(t: OffsetDateTime, now: OffsetDateTime) -> Option<String> {
    let latest = now + CLOCK_SKEW;
    let (t_text, now_text) = (rfc3339(t), rfc3339(now));
    match t.checked_to_offset(time::UtcOffset::UTC) {
        Some(utc) if utc >= EARLIEST && utc <= latest => None,
        Some(utc) if utc < EARLIEST => Some(format!(
            "the time {t_text} is before 2000-01-01; a pack's times must be real times of its answers"
        )),
        _ => Some(format!(
            "the time {t_text} is in the future (this computer's clock says {now_text}); check the clock of the computer the pack was filled in on"
        )),
    }
}

/// A time as the file spells it (RFC 3339), or as the `time` crate
/// prints it when RFC 3339 cannot say it (a year beyond 9999 in UTC).
fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}

/// Every time of a pack, with its JSON path ([`check_time`]).
fn check_times(p: &Pack, now: OffsetDateTime) -> Option<Issue> {
    let at = |path: String, t: OffsetDateTime| check_time(t, now).map(|m| issue(path, m));
    at("exported_at".into(), p.exported_at).or_else(|| {
        p.respondents.iter().enumerate().find_map(|(i, r)| {
            at(format!("respondents[{i}].created_at"), r.created_at).or_else(|| {
                r.answers.iter().enumerate().find_map(|(j, a)| {
                    at(
                        format!("respondents[{i}].answers[{j}].updated_at"),
                        a.updated_at,
                    )
                })
            })
        })
    })
}

/// Every text of a pack against its limit ([`crate::limits`]), with its
/// JSON path. Emptiness and what needs the database are checked on import.
fn check_texts(p: &Pack) -> Option<Issue> {
    use crate::limits::{COMMENT_CHARS, NAME_CHARS, problem};
    let line = |path: &str, what: &str, text: &str| {
        problem(what, text, NAME_CHARS, false).map(|m| issue(path, m))
    };
    line(
        "assessment.organisation",
        "the organisation name",
        &p.assessment.organisation,
    )
    .or_else(|| line("assessment.title", "the title", &p.assessment.title))
    .or_else(|| line("department.name", "the department name", &p.department.name))
    .or_else(|| {
        p.respondents.iter().enumerate().find_map(|(i, r)| {
            line(
                &format!("respondents[{i}].name"),
                "the respondent's name",
                &r.name,
            )
            .or_else(|| {
                let role = r.role.as_deref()?;
                line(
                    &format!("respondents[{i}].role"),
                    "the respondent's role",
                    role,
                )
            })
            .or_else(|| {
                r.answers.iter().enumerate().find_map(|(j, a)| {
                    let comment = a.comment.as_deref()?;
                    problem("the comment", comment, COMMENT_CHARS, true)
                        .map(|m| issue(format!("respondents[{i}].answers[{j}].comment"), m))
                })
            })
        })
    })
}

/// A respondent's language must be one the pack can be answered in.
fn check_locales(p: &Pack) -> Option<Issue> {
    let locales = &p.questionnaire.locales;
    p.respondents.iter().enumerate().find_map(|(i, r)| {
        let locale = r.locale.as_deref()?;
        if locales.iter().any(|l| l == locale) {
            return None;
        }
        let offered = if locales.is_empty() {
            "it names none".to_owned()
        } else {
            locales.join(", ")
        };
        Some(issue(
            format!("respondents[{i}].locale"),
            format!(
                "\u{201c}{locale}\u{201d} is not one of the languages this pack can be answered in ({offered}); ask for the pack again"
            ),
        ))
    })
}

/// [`read_file`] on bytes already in memory; `file` names them in errors.
/// Every problem of reading the JSON is worded as a questionnaire's is
/// (`crate::json_problems`), with its line, column and JSON path.
pub fn parse_bytes(bytes: &[u8], file: &Path) -> Result<Pack> {
    use crate::json_problems::{json_issue, not_utf8, path_string};
    let text =
        std::str::from_utf8(bytes).map_err(|e| invalid(file, not_utf8(bytes, e.valid_up_to())))?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| invalid(file, json_issue("$", &e, text)))?;
    let Some(obj) = value.as_object() else {
        return Err(invalid(file, issue("$", not_a_pack())));
    };
    match obj.get("kind").and_then(|k| k.as_str()) {
        Some(PACK_KIND) => {}
        Some(other) => {
            return Err(invalid(
                file,
                issue(
                    "kind",
                    format!("this file is a \u{201c}{other}\u{201d}, not a pack; {CHOOSE_A_PACK}"),
                ),
            ));
        }
        None => return Err(invalid(file, issue("kind", not_a_pack()))),
    }
    match obj.get("format").and_then(serde_json::Value::as_u64) {
        Some(f) if f == u64::from(PACK_FORMAT) => {}
        Some(f) => {
            return Err(invalid(
                file,
                issue(
                    "format",
                    format!(
                        "pack format {f} is not supported; this version of the app reads format {PACK_FORMAT} — update the app, or ask for a pack exported by this version"
                    ),
                ),
            ));
        }
        None => {
            return Err(invalid(
                file,
                issue(
                    "format",
                    "the pack's format number is missing or not a number; the file was changed after it was exported — ask for the pack again",
                ),
            ));
        }
    }
    let stated = obj.get("checksum").and_then(|c| c.as_str()).unwrap_or("");
    if stated.is_empty() {
        return Err(invalid(
            file,
            issue(
                "checksum",
                "the pack's checksum is missing; the file was changed after it was exported — ask for the pack again",
            ),
        ));
    }
    let actual = checksum_of(&value);
    if stated != actual {
        return Err(invalid(
            file,
            issue(
                "checksum",
                "does not match the content: the file was changed or damaged after it was exported — ask for the pack again",
            ),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let pack: Pack = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| invalid(file, json_issue(&path_string(e.path()), e.inner(), text)))?;
    if let Some(found) = check_times(&pack, OffsetDateTime::now_utc())
        .or_else(|| check_texts(&pack))
        .or_else(|| check_locales(&pack))
    {
        return Err(invalid(file, found));
    }
    Ok(pack)
}

/// What to do with a file that is no pack.
const CHOOSE_A_PACK: &str =
    "choose a pack file (its name ends in .cxpack.json) that this app exported";

/// The message for JSON that is not a pack at all.
fn not_a_pack() -> String {
    format!(
        "this file is not a self-assessment pack (it has no \"kind\": \"{PACK_KIND}\"); {CHOOSE_A_PACK}"
    )
}

/// What happens to one answer of a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// No stored answer: the pack's is added.
    Add,
    /// The pack's answer replaces the stored one.
    Update,
    /// The stored answer stays (same, or only changed in the database).
    Keep,
    /// Changed on both sides since the export; `pack_wins` when the pack's
    /// is newer.
    Conflict { pack_wins: bool },
}

/// The merge rule for one answer (see the module docs). `exported_at` is
/// when the pack left this database (the consultant's record, when there
/// is one); `now` is this machine's clock at the import: a pack answer
/// dated after it never wins a conflict.
pub fn merge(
    stored: Option<&Answer>,
    incoming: &Answer,
    exported_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Merge {
    let Some(stored) = stored else {
        return Merge::Add;
    };
    if stored.value == incoming.value && stored.comment == incoming.comment {
        // The same answer. A carried answer the head confirmed after the
        // export is news all the same: it is theirs now, no longer carried.
        let confirmed = stored.carried && !incoming.carried && incoming.updated_at > exported_at;
        return if confirmed {
            Merge::Update
        } else {
            Merge::Keep
        };
    }
    let pack_changed = incoming.updated_at > exported_at;
    let db_changed = stored.updated_at > exported_at;
    let pack_newer = incoming.updated_at > stored.updated_at && incoming.updated_at <= now;
    match (pack_changed, db_changed) {
        (true, true) => Merge::Conflict {
            pack_wins: pack_newer,
        },
        (true, false) => Merge::Update,
        (false, true) => Merge::Keep,
        // Neither side changed since the export yet they differ (a pack
        // exported from another copy): the newer answer stands.
        (false, false) if pack_newer => Merge::Update,
        (false, false) => Merge::Keep,
    }
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictSide {
    pub value: AnswerValue,
    pub comment: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// An answer changed both in the database and in the pack since the export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub respondent_id: String,
    pub respondent: String,
    pub question: String,
    pub database: ConflictSide,
    pub pack: ConflictSide,
    /// Which side's answer stands.
    pub kept: Kept,
    /// The side the merge rule keeps: the newer answer, never a pack
    /// answer dated after the import. Equal to `kept` unless the
    /// consultant chose the other side.
    pub rule_keeps: Kept,
    /// Whether `kept` is the consultant's choice or the rule's.
    pub decided_by: DecidedBy,
}

/// Who decided a conflict. On the JSON of `cxm pack import --json`:
/// `"rule"` or `"choice"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DecidedBy {
    /// The merge rule (no choice was given for this answer).
    Rule,
    /// The consultant's choice ([`ConflictChoices`]).
    Choice,
}

/// The consultant's decisions on conflicts: for an answer (respondent id,
/// question id), which side stands. A conflict without a choice is decided
/// by the merge rule; a choice that names no conflict of the packs
/// imported is refused as a whole (see
/// [`crate::store::Store::import_pack_values`]). Empty: the rule decides
/// every conflict, as `cxm pack import` does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConflictChoices {
    /// Respondent id → question id → the side to keep.
    by_respondent: BTreeMap<String, BTreeMap<String, Kept>>,
}

impl ConflictChoices {
    /// No choice: the rule decides every conflict.
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps `kept` for the conflict on `question_id` of `respondent_id`;
    /// returns the choice it replaces for that answer, if there was one.
    pub fn choose(
        &mut self,
        respondent_id: impl Into<String>,
        question_id: impl Into<String>,
        kept: Kept,
    ) -> Option<Kept> {
        self.by_respondent
            .entry(respondent_id.into())
            .or_default()
            .insert(question_id.into(), kept)
    }

    /// The side chosen for one answer, if any.
    pub fn get(&self, respondent_id: &str, question_id: &str) -> Option<Kept> {
        self.by_respondent
            .get(respondent_id)
            .and_then(|q| q.get(question_id))
            .copied()
    }

    /// Every choice as (respondent id, question id, side), ordered by ids.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, Kept)> {
        self.by_respondent.iter().flat_map(|(r, qs)| {
            qs.iter()
                .map(move |(q, kept)| (r.as_str(), q.as_str(), *kept))
        })
    }

    /// How many answers have a choice.
    pub fn len(&self) -> usize {
        self.by_respondent.values().map(BTreeMap::len).sum()
    }

    /// Whether there is no choice at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The side whose answer stands after a conflict. On the JSON of
/// `cxm pack import --json`: `"pack"` or `"database"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kept {
    /// The pack's answer replaced the stored one.
    Pack,
    /// The stored answer stayed.
    Database,
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kept::Pack => "pack",
            Kept::Database => "database",
        })
    }
}

/// What one file did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileReport {
    pub file: PathBuf,
    /// The department's name as stored (not as the pack spells it).
    pub department: String,
    /// Whether this database recorded the pack's export; when not, the
    /// pack came from another copy or an older version of the app, and its
    /// export time is the file's word.
    pub export_recorded: bool,
    /// Names of respondents the pack brought that the assessment did not have.
    pub respondents_added: Vec<String>,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub conflicts: Vec<Conflict>,
}

/// What an import did, file by file (in the order given).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ImportReport {
    pub files: Vec<FileReport>,
}

impl ImportReport {
    /// Answers added, updated, unchanged and conflicts over all files.
    pub fn totals(&self) -> (u32, u32, u32, usize) {
        self.files.iter().fold((0, 0, 0, 0), |(a, u, n, c), f| {
            (
                a + f.added,
                u + f.updated,
                n + f.unchanged,
                c + f.conflicts.len(),
            )
        })
    }
}
