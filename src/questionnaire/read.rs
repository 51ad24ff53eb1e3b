//! Reading a questionnaire file into text, refusing what cannot be one before
//! any parsing: missing files, folders, files over [`MAX_FILE_BYTES`]
//! (checked on the size first and capped while reading, so a huge file is
//! never read into memory), empty files and bytes that are not UTF-8.

use std::io::Read;
use std::path::Path;

use crate::{Error, Issue, Result};

/// The largest questionnaire file accepted. The built-in one, with 50
/// questions and 120 actions, is about 0.1 MB; 5 MB leaves room for fifty
/// times that and still refuses a wrong file (an export, a database) at once.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// One issue at the root of `file`, optionally with a position.
pub(crate) fn file_issue(file: &Path, message: String, at: Option<(usize, usize)>) -> Error {
    Error::InvalidQuestionnaire {
        file: file.to_owned(),
        issues: vec![Issue {
            path: "$".into(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            message,
        }],
    }
}

/// Reads `path` as UTF-8 text within the size limit.
pub fn read_text(path: &Path) -> Result<String> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(file_issue(
            path,
            "this is a folder, not a questionnaire file; choose the .json file inside it".into(),
            None,
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(path, meta.len()));
    }
    // The size can lie (a growing file, a pipe, /proc): never read past the limit.
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(path, bytes.len() as u64));
    }
    decode(path, bytes)
}

/// Refuses questionnaire text over [`MAX_FILE_BYTES`] that reached the
/// program some other way than reading a file (the desktop app receives the
/// file's text from its window).
pub fn check_length(path: &Path, len: usize) -> Result<()> {
    let len = u64::try_from(len).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        return Err(too_big(path, len));
    }
    Ok(())
}

fn too_big(path: &Path, len: u64) -> Error {
    // Lossy only in the message; the comparison above is exact.
    #[allow(clippy::cast_precision_loss)]
    let mb = len as f64 / (1024.0 * 1024.0);
    let more = if len > MAX_FILE_BYTES + 1 {
        format!("{mb:.1} MB")
    } else {
        "more than 5 MB".to_owned()
    };
    file_issue(
        path,
        format!(
            "the file is {more}; questionnaire files are at most {} MB — choose the questionnaire file itself, not an export or a database",
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        None,
    )
}

/// Bytes to text: UTF-8 only, a leading byte-order mark dropped.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let refused = |issue: Issue| Error::InvalidQuestionnaire {
        file: path.to_owned(),
        issues: vec![issue],
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(refused(crate::json_problems::utf16()));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            Err(refused(crate::json_problems::not_utf8(e.as_bytes(), valid)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_column() {
        // "{\n  é" then a bad byte: line 2, after three characters.
        let mut bytes = "{\n  é".as_bytes().to_vec();
        bytes.push(0xFF);
        let err = decode(Path::new("q.json"), bytes).unwrap_err();
        let Error::InvalidQuestionnaire { issues, .. } = err else {
            panic!("wrong error kind")
        };
        assert_eq!((issues[0].line, issues[0].column), (Some(2), Some(4)));
        assert!(
            issues[0]
                .message
                .starts_with("a character here cannot be read"),
            "{}",
            issues[0].message
        );
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let text = decode(Path::new("q.json"), b"\xEF\xBB\xBF{}".to_vec()).unwrap();
        assert_eq!(text, "{}");
    }
}
