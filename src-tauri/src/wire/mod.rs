//! Wire types: what crosses the IPC boundary, and nothing else.
//!
//! Every type here derives `serde` (camelCase on the wire) and `ts-rs`; the
//! TypeScript twins are generated into `ui/src/bindings/` by the test in
//! `tests/bindings.rs`, which fails when the committed files are stale. The
//! core's domain types become these in `convert/` (one file per file here),
//! so the core keeps its own JSON shape (the `cxm --json` contract) and the
//! UI gets a stable, typed one.
//!
//! | file | types of |
//! |---|---|
//! | `args` | the arguments of the questionnaire, assessment, set-up, respondent, answer, target and evidence commands |
//! | `assessment` | questionnaires, assessments, departments, respondents, answers: the set-up, respondents and questionnaire screens |
//! | `results` | the scorecard and chart geometry of the results screen |
//! | `roadmap` | the roadmap and one-field action edits |
//! | `branding` | the consultant's name, accent colour and logo |
//! | `encryption` | encryption at rest: locked or not, the passphrases of the unlock screen and the settings |
//! | `help` | the Help screen: methodology blocks, data locations |
//! | `pack_sessions` | self-assessments opened from packs (the department head's side) |
//! | `exports` | export kinds, destinations, files written |
//! | `imports` | pack imports: the merge report, refused files, the preview |
//! | `live` | the live workshop: addresses, the running session, its status and tally, the agenda |
//! | `rounds` | rounds: a round's place in its chain, the next round's dialog and start, the Progress tab |
//! | `rules` | the core's text limits, file size and evidence ranges, for the screens |
//! | `error` | the `{kind, message, issues}` every command fails with |

mod args;
mod assessment;
mod branding;
mod encryption;
mod error;
mod exports;
mod help;
mod imports;
mod live;
mod pack_sessions;
mod results;
mod roadmap;
mod rounds;
mod rules;

pub(crate) use args::*;
pub(crate) use assessment::*;
pub(crate) use branding::*;
pub(crate) use encryption::*;
pub(crate) use error::*;
pub(crate) use exports::*;
pub(crate) use help::*;
pub(crate) use imports::*;
pub(crate) use live::*;
pub(crate) use pack_sessions::*;
pub(crate) use results::*;
pub(crate) use roadmap::*;
pub(crate) use rounds::*;
pub(crate) use rules::*;
