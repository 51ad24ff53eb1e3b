//! The Tauri commands, one file per area, each command a call or two into
//! the core and a conversion to wire types (`convert/`). The list of
//! commands, with their argument and result types, is the table in
//! `table.rs`; from it come the invoke handler, the permission names
//! (`build.rs`) and the TypeScript command map
//! (`ui/src/bindings/commands.ts`).
//!
//! | file | commands |
//! |---|---|
//! | `questionnaires` | the built-in questionnaires; checking a questionnaire file |
//! | `rules` | the core's text limits, file size and evidence ranges |
//! | `assessments` | list, create (also the demo), delete and restore, show |
//! | `departments` | the set-up's save (organisation, title, departments in one transaction); a department name's check |
//! | `respondents` | add, update, remove |
//! | `answers` | a respondent's answers; save and clear one |
//! | `results` | the scorecard and charts; customer evidence |
//! | `targets` | a dimension's target and importance |
//! | `roadmap` | the roadmap; an action's edits |
//! | `branding` | the consultant's name, accent colour and logo |
//! | `help` | the Help screen |
//! | `encryption` | the unlock screen and the passphrase settings (encryption at rest) |
//! | `data_copies` | "Save a copy of all data…": the whole database as one file |
//! | `pack_sessions` | the department head's side of packs: open one, list and show sessions, save the filled pack |
//! | `exports` | choose a destination, write PDF / XLSX / packs, open a written file |
//! | `window` | the end of closing the window, once the page saved what it held |
//! | `imports` | packs previewed, then committed or cancelled |
//! | `live` | the live workshop: addresses, start and stop, status, the facilitator's moves, the agenda |
//! | `anonymity` | an assessment anonymous or named, and its threshold; a comment not to be quoted |
//! | `languages` | the app's language; an assessment's report language, a respondent's language; the questionnaire in one of its languages |
//! | `rounds` | the next round: the dialog's data, starting it; confirming a carried answer; the Progress tab |
//!
//! Paths the app writes to or reads from come from the native dialogs of
//! `picker/`, never from the web view; dialogs run outside the store's
//! lock, so autosave keeps working while the user browses folders.

// Tauri hands each command its arguments and state by value (they are
// deserialised for the call), so taking them by reference is not an option.
#![allow(clippy::needless_pass_by_value)]

mod anonymity;
mod answers;
mod assessments;
mod branding;
mod data_copies;
mod departments;
mod encryption;
mod exports;
mod help;
mod imports;
mod languages;
mod live;
mod pack_sessions;
mod questionnaires;
mod respondents;
mod results;
mod roadmap;
mod rounds;
mod rules;
mod table_macro;
mod targets;
mod window;

pub(crate) use anonymity::*;
pub(crate) use answers::*;
pub(crate) use assessments::*;
pub(crate) use branding::*;
pub(crate) use data_copies::*;
pub(crate) use departments::*;
pub(crate) use encryption::*;
pub(crate) use exports::*;
pub(crate) use help::*;
pub(crate) use imports::*;
pub(crate) use languages::*;
pub(crate) use live::*;
pub(crate) use pack_sessions::*;
pub(crate) use questionnaires::*;
pub(crate) use respondents::*;
pub(crate) use results::*;
pub(crate) use roadmap::*;
pub(crate) use rounds::*;
pub(crate) use rules::*;
#[cfg(test)]
pub(crate) use table_macro::TsType;
pub(crate) use targets::*;
pub(crate) use window::*;

use crate::wire::*;
use table_macro::command_table;

/// What every command returns: its result, or the error the UI shows.
pub(crate) type Reply<T> = Result<T, WireError>;

// The table itself is in `table.rs`, which `build.rs` includes too (with
// its own `command_table!` that keeps only the names) to generate one
// `allow-…` permission per command.
include!("table.rs");
