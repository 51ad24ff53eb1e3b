//! Printing for the CLI: JSON documents and text on stdout, errors on
//! stderr. Every byte goes through here, for two reasons:
//!
//! - Names and texts come from files (packs, questionnaires) and may carry
//!   control characters; printed raw, an escape sequence in a respondent's
//!   name would drive the user's terminal. Text output shows every control
//!   character other than line breaks and tabs as an escape (`\u{1b}`);
//!   JSON escapes them by its own rules.
//! - `cxm score ID --json | head -c 50` closes the pipe early; that ends
//!   the command quietly (exit 0), never with a panic.

use std::borrow::Cow;
use std::fmt;
use std::io::Write as _;

use cx_maturity::Error;

/// Prints a formatted line on stdout ([`write_out`]).
macro_rules! outln {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}
/// Prints formatted text on stdout without a line break ([`write_out`]).
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!($($arg)*)) };
}
/// Prints a formatted line on stderr ([`write_err`]).
macro_rules! errln {
    ($($arg:tt)*) => { $crate::output::write_err(format_args!("{}\n", format_args!($($arg)*))) };
}
pub(crate) use {errln, out, outln};

/// `text` with every control character except `\n` and `\t` escaped.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hostile(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_hostile(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Writes to stdout, cleaned ([`clean`]). A closed pipe ends the program
/// with exit status 0; any other failure to write with status 1.
pub fn write_out(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(clean(&text).as_bytes())
        .and_then(|()| stdout.flush());
    if let Err(e) = written {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        write_err(format_args!("error: could not write the output: {e}\n"));
        std::process::exit(1);
    }
}

/// Writes to stderr, cleaned ([`clean`]); nothing more can be done when
/// stderr itself is gone.
pub fn write_err(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = std::io::stderr().lock().write_all(clean(&text).as_bytes());
}

/// Prints `value` as one pretty JSON document on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> cx_maturity::Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::InvalidInput(format!("could not encode JSON: {e}")))?;
    outln!("{text}");
    Ok(())
}

/// Prints an error and its causes on stderr, one per line.
pub fn print_error(e: &Error) {
    errln!("error: {e}");
    let mut shown = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let text = cause.to_string();
        // Most variants already end with their cause; do not say it twice.
        if !shown.contains(&text) {
            errln!("  caused by: {text}");
        }
        shown = text;
        source = cause.source();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_drive_no_terminal_but_lines_and_tabs_stay() {
        assert_eq!(clean("Anna\u{1b}[2J"), "Anna\\u{1b}[2J");
        assert_eq!(clean("a\rb\u{7}"), "a\\u{d}b\\u{7}");
        assert_eq!(clean("one\n\ttwo"), "one\n\ttwo");
    }
}
