//! Integration tests of the core and the `cxm` CLI: one test binary (one link),
//! one module per area, shared helpers in `util`.

mod anonymity;
mod cli;
mod figures;
mod live;
mod questionnaire;
mod report;
mod roadmap;
mod scoring;
mod store;
mod translations;
mod util;
