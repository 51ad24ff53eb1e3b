//! How long each user text may be, and the one check that enforces it.
//!
//! Every text a person types or a file brings (names, titles, comments,
//! notes) has a limit, checked by the store before anything is written and
//! by the pack reader with the field's JSON path. Limits protect what comes
//! after the store: a 40,000-character department name would not fit a
//! spreadsheet header, an 8 MB comment would turn the report into a
//! thousand pages. The numbers are generous for real use: a name or title
//! is a line, a comment is a few paragraphs.

use crate::{Error, Result};

/// Names and titles: organisation, assessment title, department,
/// respondent, role, evidence source.
pub const NAME_CHARS: usize = 200;
/// A comment or evidence note on an answer.
pub const COMMENT_CHARS: usize = 10_000;
/// The owner of a roadmap action: a name or a role.
pub const OWNER_CHARS: usize = 120;
/// The notes on a roadmap action.
pub const NOTES_CHARS: usize = 2_000;
/// The consultant's name on the report.
pub const CONSULTANT_CHARS: usize = 120;

/// Why a text was refused, or `None`: at most `max` characters, and one
/// line (no control character) unless `multi_line`, which allows line
/// breaks and tabs. `what` names the field in the message ("the
/// department name").
pub fn problem(what: &str, text: &str, max: usize, multi_line: bool) -> Option<String> {
    // Counting stops one past the limit: a hostile 20 MB text costs no
    // more than a legal one.
    let n = text.chars().take(max + 1).count();
    if n > max {
        let total = text.chars().count();
        return Some(format!(
            "{what} is {total} characters long; at most {max} are accepted"
        ));
    }
    if has_control(text, multi_line) {
        return Some(if multi_line {
            format!(
                "{what} contains a control character; only text, line breaks and tabs are accepted"
            )
        } else {
            format!(
                "{what} must be one line of text (it contains a line break or control character)"
            )
        });
    }
    None
}

/// Whether `text` holds a control character: any at all for a one-line
/// text, any but line breaks and tabs when `multi_line`.
pub fn has_control(text: &str, multi_line: bool) -> bool {
    let allowed = |c: char| multi_line && matches!(c, '\n' | '\r' | '\t');
    text.chars().any(|c| c.is_control() && !allowed(c))
}

/// [`problem`] for a one-line text, as an [`Error::InvalidInput`].
pub fn check_line(what: &str, text: &str, max: usize) -> Result<()> {
    problem(what, text, max, false).map_or(Ok(()), |m| Err(Error::InvalidInput(m)))
}

/// [`problem`] for a text that may span lines, as an [`Error::InvalidInput`].
pub fn check_text(what: &str, text: &str, max: usize) -> Result<()> {
    problem(what, text, max, true).map_or(Ok(()), |m| Err(Error::InvalidInput(m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_at_the_limit_passes_one_over_is_refused_with_both_numbers() {
        assert!(check_line("the name", &"é".repeat(NAME_CHARS), NAME_CHARS).is_ok());
        let e = check_line("the name", &"é".repeat(NAME_CHARS + 1), NAME_CHARS).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the name is 201 characters long; at most 200 are accepted"
        );
    }

    #[test]
    fn line_breaks_belong_to_comments_not_to_names() {
        assert!(check_text("the comment", "one\r\ntwo\tthree", COMMENT_CHARS).is_ok());
        assert!(check_line("the name", "one\ntwo", NAME_CHARS).is_err());
        assert!(check_text("the comment", "bell\u{7}", COMMENT_CHARS).is_err());
        assert!(check_line("the name", "esc\u{1b}[31m", NAME_CHARS).is_err());
    }
}
