//! Wire types: what crosses the IPC boundary, and nothing else.
//!
//! Every type here derives `serde` (camelCase on the wire) and `ts-rs`; the
//! TypeScript twins are generated into `ui/src/bindings/` by the test in
//! `bindings.rs`, which fails when the committed files are stale. Domain
//! types of the core are converted into these in `views.rs`, so the core keeps
//! its own JSON shape (the `cxm --json` contract) and the UI gets a stable,
//! typed one.

mod args;
mod assessment;
mod error;
mod exchange;
mod pack;
mod plan;
mod results;
mod ship;

pub use args::*;
pub use assessment::*;
pub use error::*;
pub use exchange::*;
pub use pack::*;
pub use plan::*;
pub use results::*;
pub use ship::*;
