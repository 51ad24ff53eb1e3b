//! Unit tests of the shell: the generated bindings are fresh, the security
//! configuration is as strict as promised, errors read as plain words, and
//! the screens' data is built right from the core's types.

mod bindings;
mod charts;
mod config;
mod errors;
mod exchange;
mod help;
mod pack;
mod picker;
mod plan;
mod state;
mod views;
