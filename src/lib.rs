//! # cx-maturity: the core of the CX maturity assessment app
//!
//! Everything the desktop app and the `cxm` command line do, without a
//! window: questionnaires, the SQLite store, scoring, the roadmap and the
//! report. The core knows nothing of Tauri; `src-tauri` is a thin shell over
//! it, and `src/bin/cxm` is another.
//!
//! | module | owns |
//! |---|---|
//! | [`questionnaire`] | the questionnaire file format, its validation and JSON Schema, the built-in questionnaires |
//! | [`model`] | plain domain types: assessments, departments, respondents, answers, settings, evidence, roadmap edits |
//! | [`store`] | the SQLite database: opening, pragmas, migrations, backups, one file of queries per table; self-assessment packs |
//! | [`scoring`] | `shared/design/scoring.md`: every figure the user sees |
//! | [`roadmap`] | Now / Next / Later planning from the gaps, with the consultant's edits |
//! | [`methodology`] | the method in plain words in English, German and French (report appendix, app help), written from the scoring constants |
//! | [`report`] | the PDF report and the XLSX export |
//! | [`anonymity`] | what readers see of an assessment: anonymous names, figures withheld below the threshold, comments not to be quoted |
//! | [`dates`] | dates and times from a user or a file, read with errors in plain words |
//! | [`limits`] | how long each user text may be, and the check the store and the pack reader apply |
//! | [`logo`] | the consultant's logo: checked by decoding it whole, and read for drawing |
//! | [`files`] | writing a user's file atomically (temporary file, flush, rename) |
//! | [`owner_only`] | files and folders only their owner can read: what the app creates is `0600` / `0700` on Unix |
//! | [`demo`] | the realistic demo assessment (`cxm demo`) |
//! | [`pack`] | self-assessment packs: the file format, its checks and the merge rule (applied by [`store`]) |
//! | [`passphrase`] | a passphrase held in memory only, wiped when dropped, never printed |
//! | [`pack_crypt`] | packs encrypted with a passphrase (age's scrypt mode), with a bounded work factor |
//! | [`paths`] | where the database and installed questionnaires live (shared with the desktop app) |
//! | [`live`] | the live-workshop server: participants join and vote from their phones over HTTP (a front door like `cxm`; nothing else in the core uses it) |
//! | [`workflow`] | the sequences across layers: load → score → plan → render, for `cxm` and the app |
//! | `json_problems` | why a JSON file (questionnaire, pack) cannot be read, in plain words, for both readers |
//! | [`error`] | the one error type |

pub mod anonymity;
pub mod dates;
pub mod demo;
pub mod error;
pub mod files;
mod json_problems;
pub mod limits;
pub mod live;
pub mod locales;
pub mod logo;
pub mod methodology;
pub mod model;
pub mod owner_only;
pub mod pack;
pub mod pack_crypt;
pub mod passphrase;
pub mod paths;
pub mod questionnaire;
pub mod report;
pub mod roadmap;
pub mod scoring;
pub mod store;
pub mod workflow;

pub use error::{Error, ErrorKind, Field, Issue, Result};
pub use passphrase::Passphrase;
