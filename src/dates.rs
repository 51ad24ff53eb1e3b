//! Dates and times a user types or a file carries, read with errors in
//! plain words: "31 February 2027 is not a date", "the due date must look
//! like 2027-03-31" — never the `time` crate's own words ("day was not in
//! range"). A calendar date is `YYYY-MM-DD` between [`EARLIEST_DATE`] and
//! [`LATEST_DATE`] (a roadmap's due date, the date of customer evidence);
//! a time in a file is RFC 3339 ([`rfc3339`], for the times of a pack).

use time::{Date, Month, OffsetDateTime};

use crate::{Error, Field, Result};

/// A calendar date as written and stored: `YYYY-MM-DD`.
pub const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// The earliest date a user may give: nothing this app plans or records
/// happened before it, so an earlier one is a typing slip.
pub const EARLIEST_DATE: Date = time::macros::date!(2000 - 01 - 01);
/// The latest date a user may give (a due date a lifetime away is a slip too).
pub const LATEST_DATE: Date = time::macros::date!(2099 - 12 - 31);

/// An example of the format, in every message that asks for it.
const EXAMPLE: &str = "2027-03-31";

/// Reads a user's `YYYY-MM-DD` for `field`; the error says what is wrong
/// with it and names the field.
pub fn parse_date(text: &str, field: Field) -> Result<Date> {
    let what = field.what();
    let text = text.trim();
    let refuse = |message: String| Error::field(field, message);
    let [year, month, day] = digits_of(text).ok_or_else(|| {
        refuse(format!(
            "{what} must look like {EXAMPLE} (year, month, day); \u{201c}{text}\u{201d} does not"
        ))
    })?;
    let date = calendar_date(year, month, day).map_err(refuse)?;
    if date < EARLIEST_DATE {
        return Err(refuse(format!(
            "{what} {text} is before the year 2000; check the year"
        )));
    }
    if date > LATEST_DATE {
        return Err(refuse(format!(
            "{what} {text} is after the year 2099; check the year"
        )));
    }
    Ok(date)
}

/// A date as written and stored (`YYYY-MM-DD`).
pub fn fmt_date(d: Date) -> String {
    // invariant: years 0..=9999 always format, and every stored or parsed
    // date lies in them.
    d.format(DATE_FORMAT).unwrap_or_default()
}

/// Year, month and day of exactly `DDDD-DD-DD`, or none.
fn digits_of(text: &str) -> Option<[u32; 3]> {
    let mut parts = text.split('-');
    let mut next = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let found = [next(4)?, next(2)?, next(2)?];
    parts.next().is_none().then_some(found)
}

/// The date of `year`, `month` and `day`, or why there is none, in words
/// ("31 February 2027 is not a date (February 2027 has 28 days)").
fn calendar_date(year: u32, month: u32, day: u32) -> Result<Date, String> {
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(|| {
            format!("{year:04}-{month:02}-{day:02} is not a date: there is no month {month}; months run from 01 to 12")
        })?;
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    let days = time::util::days_in_month(month, year);
    u8::try_from(day)
        .ok()
        .and_then(|d| Date::from_calendar_date(year, month, d).ok())
        .ok_or_else(|| {
            format!("{day} {month} {year} is not a date ({month} {year} has {days} days)")
        })
}

/// Reads an RFC 3339 time from a file; the error quotes it and says why
/// it is not a time, in words.
pub fn parse_time(text: &str) -> Result<OffsetDateTime, String> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(t) = OffsetDateTime::parse(text, &Rfc3339) {
        return Ok(t);
    }
    let shown: String = text.chars().take(40).collect();
    let shown = if text.chars().count() > 40 {
        format!("{shown}…")
    } else {
        shown
    };
    // A well-formed date part that is no date says so; anything else
    // gets the shape to follow.
    let why = text
        .get(..10)
        .and_then(digits_of)
        .and_then(|[y, m, d]| calendar_date(y, m, d).err());
    Err(match why {
        Some(why) => format!("\u{201c}{shown}\u{201d} is not a time: {why}"),
        None => format!(
            "\u{201c}{shown}\u{201d} is not a time written like 2027-03-31T14:05:00Z (date, T, time, then Z or an offset like +01:00)"
        ),
    })
}

/// serde's `with` module for the RFC 3339 times of a file: written as
/// `time::serde::rfc3339` writes them, read with [`parse_time`]'s plain
/// errors.
pub mod rfc3339 {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::OffsetDateTime;

    /// Writes `t` as RFC 3339.
    pub fn serialize<S: Serializer>(t: &OffsetDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        time::serde::rfc3339::serialize(t, serializer)
    }

    /// Reads an RFC 3339 time; a wrong one is refused in plain words.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_time(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        match parse_date(text, Field::ActionDue) {
            Err(Error::InvalidField { field, message }) => {
                assert_eq!(field, Field::ActionDue);
                message
            }
            other => panic!("{text:?} gave {other:?}"),
        }
    }

    #[test]
    fn a_date_reads_with_spaces_around_it() {
        assert_eq!(
            parse_date(" 2027-03-31 ", Field::ActionDue).unwrap(),
            time::macros::date!(2027 - 03 - 31)
        );
        assert_eq!(
            parse_date("2028-02-29", Field::EvidenceDate).unwrap(),
            time::macros::date!(2028 - 02 - 29)
        );
    }

    #[test]
    fn a_day_the_month_does_not_have_is_named() {
        assert_eq!(
            refused("2027-02-31"),
            "31 February 2027 is not a date (February 2027 has 28 days)"
        );
        // 2027 is no leap year; 2028 is.
        assert_eq!(
            refused("2027-02-29"),
            "29 February 2027 is not a date (February 2027 has 28 days)"
        );
        assert_eq!(
            refused("2027-04-00"),
            "0 April 2027 is not a date (April 2027 has 30 days)"
        );
        assert_eq!(
            refused("2027-13-01"),
            "2027-13-01 is not a date: there is no month 13; months run from 01 to 12"
        );
    }

    #[test]
    fn another_shape_is_shown_the_one_to_use() {
        for text in [
            "30.09.2026",
            "2026-9-30",
            "2026/09/30",
            "tomorrow",
            "2026-09-30-1",
        ] {
            assert_eq!(
                refused(text),
                format!(
                    "the due date must look like 2027-03-31 (year, month, day); \u{201c}{text}\u{201d} does not"
                )
            );
        }
    }

    #[test]
    fn a_year_out_of_this_century_is_a_slip() {
        assert_eq!(
            refused("0202-03-31"),
            "the due date 0202-03-31 is before the year 2000; check the year"
        );
        assert_eq!(
            refused("2207-03-31"),
            "the due date 2207-03-31 is after the year 2099; check the year"
        );
        assert!(parse_date("2000-01-01", Field::ActionDue).is_ok());
        assert!(parse_date("2099-12-31", Field::ActionDue).is_ok());
    }

    #[test]
    fn a_time_in_a_file_is_refused_in_words() {
        assert!(parse_time("2026-03-05T10:00:00Z").is_ok());
        assert!(parse_time("2026-03-05T10:00:00.123+01:00").is_ok());
        assert_eq!(
            parse_time("2027-02-31T10:00:00Z").unwrap_err(),
            "\u{201c}2027-02-31T10:00:00Z\u{201d} is not a time: 31 February 2027 is not a date (February 2027 has 28 days)"
        );
        assert_eq!(
            parse_time("yesterday").unwrap_err(),
            "\u{201c}yesterday\u{201d} is not a time written like 2027-03-31T14:05:00Z (date, T, time, then Z or an offset like +01:00)"
        );
        assert_eq!(
            parse_time("2026-03-05 10:00").unwrap_err(),
            "\u{201c}2026-03-05 10:00\u{201d} is not a time written like 2027-03-31T14:05:00Z (date, T, time, then Z or an offset like +01:00)"
        );
    }
}
