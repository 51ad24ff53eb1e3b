//! What the Help screen shows: the methodology as structured sections (the
//! UI renders them as elements, never as markup), and where the data lives.

use serde::Serialize;
use ts_rs::TS;

/// Everything the Help screen shows, in one reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Help {
    pub(crate) app_name: String,
    pub(crate) version: String,
    /// The method in words: the same sections as the report's appendix.
    pub(crate) methodology: Vec<HelpSection>,
    /// Where the app keeps its files on this machine.
    pub(crate) data: DataLocations,
}

/// One methodology section: a heading and its blocks, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct HelpSection {
    pub(crate) heading: String,
    pub(crate) blocks: Vec<HelpBlock>,
}

/// A block of text: a paragraph, or an ordered list of items (the core's
/// numbered paragraphs, "1. Initial: …", grouped so they read as a list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum HelpBlock {
    Paragraph { text: String },
    OrderedList { items: Vec<String> },
}

/// Where the data lives. Each path is `null` when the system reports no
/// home folder (then the app has nowhere to keep data and says so).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DataLocations {
    /// The database file, shared with `cxm` (its `--db` default).
    pub(crate) database_path: Option<String>,
    /// The folder of the database's automatic backups (taken before a
    /// schema upgrade).
    pub(crate) backup_dir: Option<String>,
    /// The app's own data folder (installed questionnaires, the web view's
    /// storage); the database lives here unless `CXM_DB` names another file.
    pub(crate) app_data_dir: Option<String>,
    /// Why the database could not be opened, in plain words.
    pub(crate) database_error: Option<String>,
    /// How many migration backups are kept (the newest).
    pub(crate) backups_kept: u32,
}
