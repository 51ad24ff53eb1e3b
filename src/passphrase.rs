//! A passphrase the user typed or gave in a file: the key of an encrypted
//! database ([`crate::store::Store::open_with`]) or of an encrypted pack
//! ([`crate::pack_crypt`]).
//!
//! The text lives only in memory and is wiped when the value is dropped
//! (`zeroize`); it has no `Display`, and its `Debug` prints a placeholder,
//! so it cannot slip into an error message or a log line.

use std::path::Path;

use zeroize::Zeroizing;

use crate::{Error, Result};

/// The longest passphrase accepted, in bytes: far more than anyone types,
/// and a file given by mistake (a document, a database) is refused before
/// it is read whole.
pub const MAX_PASSPHRASE_BYTES: usize = 1024;

/// A non-empty passphrase, wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Passphrase {
    /// A passphrase from what the user typed. Refused when empty (an empty
    /// key would mean "no encryption"), longer than
    /// [`MAX_PASSPHRASE_BYTES`], or holding a line break or a NUL (it must
    /// survive a round trip through a passphrase file's first line).
    pub fn new(text: String) -> Result<Passphrase> {
        let text = Zeroizing::new(text);
        if text.is_empty() {
            return Err(Error::InvalidInput("the passphrase is empty".into()));
        }
        if text.len() > MAX_PASSPHRASE_BYTES {
            return Err(Error::InvalidInput(format!(
                "the passphrase is longer than {MAX_PASSPHRASE_BYTES} bytes"
            )));
        }
        if text.contains(['\n', '\r', '\0']) {
            return Err(Error::InvalidInput(
                "the passphrase holds a line break or a NUL character".into(),
            ));
        }
        Ok(Passphrase(text))
    }

    /// The first line of the file at `path`, its line ending stripped (a
    /// file written with `echo` ends in a newline). Refused when the file
    /// cannot be read, is not UTF-8 text, or its first line is empty.
    pub fn from_file(path: &Path) -> Result<Passphrase> {
        use std::io::Read as _;
        let io = |source| Error::Io {
            path: path.to_owned(),
            source,
        };
        let mut bytes = Zeroizing::new(Vec::new());
        std::fs::File::open(path)
            .map_err(io)?
            .take(MAX_PASSPHRASE_BYTES as u64 + 2)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        let end = bytes
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(bytes.len());
        let mut line = &bytes[..end];
        if let [rest @ .., b'\r'] = line {
            line = rest;
        }
        if line.len() > MAX_PASSPHRASE_BYTES {
            return Err(Error::InvalidInput(format!(
                "the first line of {} is longer than {MAX_PASSPHRASE_BYTES} bytes; a passphrase \
                 file holds the passphrase alone",
                path.display()
            )));
        }
        let text = std::str::from_utf8(line).map_err(|_| {
            Error::InvalidInput(format!(
                "the first line of {} is not UTF-8 text",
                path.display()
            ))
        })?;
        if text.is_empty() {
            return Err(Error::InvalidInput(format!(
                "the first line of {} is empty; it must hold the passphrase",
                path.display()
            )));
        }
        Passphrase::new(text.to_owned())
    }

    /// The text, for the code that hands it to the cipher.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}
