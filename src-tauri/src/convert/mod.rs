//! Core types → wire types, the one place where that happens: one file per
//! file of `wire/`, by the same name. Pure functions (nothing here opens the
//! store or a file), so each screen's data can be tested without a window.
//! No figure is computed here: scores come from `cx_maturity::scoring`,
//! phases and order from `cx_maturity::roadmap`, chart geometry from
//! `cx_maturity::report::charts`; only the encoding changes. The few wire
//! values the core reads back (an evidence metric, an action field, a paper
//! size) are turned into core types beside their wire twins' conversions.

pub(crate) mod assessment;
pub(crate) mod branding;
pub(crate) mod error;
pub(crate) mod exports;
pub(crate) mod help;
pub(crate) mod imports;
pub(crate) mod live;
pub(crate) mod pack_sessions;
pub(crate) mod results;
pub(crate) mod roadmap;
pub(crate) mod rounds;
pub(crate) mod rules;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// RFC 3339, as the UI parses it.
pub(crate) fn timestamp(t: OffsetDateTime) -> String {
    // invariant: RFC 3339 formatting fails only for years outside 0..=9999,
    // which the store never holds; fall back to the debug form rather than panic.
    t.format(&Rfc3339).unwrap_or_else(|_| format!("{t:?}"))
}

/// A count or size for the wire. Counts on screen are small; saturate
/// rather than wrap if one ever is not.
pub(crate) fn count32<N: TryInto<u32>>(n: N) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// `YYYY-MM-DD`, the way dates are typed in and shown.
pub(crate) fn date(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
