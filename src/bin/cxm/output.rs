//! Printing for the CLI: JSON documents on stdout, errors on stderr.

use cx_maturity::Error;

/// Prints `value` as one pretty JSON document on stdout.
#[allow(dead_code)] // used by the commands as they land
pub fn print_json<T: serde::Serialize>(value: &T) -> cx_maturity::Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::InvalidInput(format!("could not encode JSON: {e}")))?;
    println!("{text}");
    Ok(())
}

/// Prints an error and its causes on stderr, one per line.
pub fn print_error(e: &Error) {
    eprintln!("error: {e}");
    let mut shown = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let text = cause.to_string();
        // Most variants already end with their cause; do not say it twice.
        if !shown.contains(&text) {
            eprintln!("  caused by: {text}");
        }
        shown = text;
        source = cause.source();
    }
}
