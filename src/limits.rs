//! How long each user text may be, and the one check that enforces it.
//!
//! Every text a person types or a file brings (names, titles, comments,
//! notes) has a limit, checked by the store before anything is written and
//! by the pack reader with the field's JSON path. Limits protect what comes
//! after the store: a 40,000-character department name would not fit a
//! spreadsheet header, an 8 MB comment would turn the report into a
//! thousand pages. The numbers are generous for real use: a name or title
//! is a line, a comment is a few paragraphs.

use crate::{Error, Field, Result};

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
            "{what} is {total} characters long; at most {max} are accepted — shorten it"
        ));
    }
    if has_control(text, multi_line) {
        return Some(if multi_line {
            format!(
                "{what} holds an invisible character that is not text (only text, line breaks and tabs are accepted); retype it or paste it as plain text"
            )
        } else {
            format!(
                "{what} must be one line of text; it holds a line break or an invisible character such as a tab — retype it or paste it as plain text"
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

/// [`problem`] for a one-line text in `field`, as an [`Error::InvalidField`].
pub fn check_line(field: Field, text: &str, max: usize) -> Result<()> {
    problem(field.what(), text, max, false).map_or(Ok(()), |m| Err(Error::field(field, m)))
}

/// [`problem`] for a text in `field` that may span lines, as an [`Error::InvalidField`].
pub fn check_text(field: Field, text: &str, max: usize) -> Result<()> {
    problem(field.what(), text, max, true).map_or(Ok(()), |m| Err(Error::field(field, m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_at_the_limit_passes_one_over_is_refused_with_both_numbers() {
        let name = Field::RespondentName;
        assert!(check_line(name, &"é".repeat(NAME_CHARS), NAME_CHARS).is_ok());
        let e = check_line(name, &"é".repeat(NAME_CHARS + 1), NAME_CHARS).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the respondent's name is 201 characters long; at most 200 are accepted — shorten it"
        );
        assert!(matches!(e, Error::InvalidField { field, .. } if field == name));
    }

    #[test]
    fn line_breaks_belong_to_comments_not_to_names() {
        let (name, comment) = (Field::RespondentName, Field::AnswerComment);
        assert!(check_text(comment, "one\r\ntwo\tthree", COMMENT_CHARS).is_ok());
        assert!(check_line(name, "one\ntwo", NAME_CHARS).is_err());
        assert!(check_text(comment, "bell\u{7}", COMMENT_CHARS).is_err());
        assert_eq!(
            check_line(name, "esc\u{1b}[31m", NAME_CHARS)
                .unwrap_err()
                .to_string(),
            "the respondent's name must be one line of text; it holds a line break or an invisible character such as a tab — retype it or paste it as plain text"
        );
    }
}
