//! Packs encrypted with a passphrase: the pack's JSON inside an age file
//! (age's scrypt mode, <https://age-encryption.org/v1>). The consultant
//! tells the department head the passphrase another way (phone, in
//! person); the filled pack goes back under the same passphrase.
//!
//! An encrypted pack is recognised by age's header, so a reader never
//! needs to be told which kind it was given. The file is hostile until
//! decrypted and checked: it is read only up to
//! [`crate::pack::MAX_PACK_BYTES`], its decrypted content is cut at the
//! same limit, and the scrypt work factor it asks for is bounded by
//! [`MAX_WORK_FACTOR`] so a crafted file cannot make the app spend minutes
//! and gigabytes deriving a key.

use std::io::{Read as _, Write as _};
use std::path::Path;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use crate::pack::MAX_PACK_BYTES;
use crate::passphrase::Passphrase;
use crate::{Error, Issue, Result};

/// How every age file starts.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// The scrypt work factor (log2 of N) packs are written with: 128 MiB of
/// memory and about half a second on a laptop. Fixed rather than measured
/// on the writing machine, so that a pack written on a fast computer
/// still opens within [`MAX_WORK_FACTOR`] on a slow one.
pub const WORK_FACTOR: u8 = 17;

/// The largest work factor a pack may ask for when it is read (256 MiB,
/// about a second); a file asking for more is refused before any work.
pub const MAX_WORK_FACTOR: u8 = 18;

/// Whether `bytes` (the start of a file is enough) are an age file.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// `plain` encrypted under `passphrase` as an age file.
pub fn encrypt(plain: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>> {
    let failed =
        |e: &dyn std::fmt::Display| Error::InvalidInput(format!("could not encrypt the pack: {e}"));
    let mut recipient = age::scrypt::Recipient::new(secret(passphrase));
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| failed(&e))?;
    let mut out = Vec::with_capacity(plain.len() + 1024);
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| failed(&e))?;
    writer.write_all(plain).map_err(|e| failed(&e))?;
    writer.finish().map_err(|e| failed(&e))?;
    Ok(out)
}

/// The content of the age file `bytes` (read from `file`), decrypted with
/// `passphrase`: at most [`MAX_PACK_BYTES`]. A wrong passphrase is
/// [`Error::WrongPassphrase`]; a damaged or crafted file (bad header, too
/// high a work factor, a cut or altered body, too large a content) is an
/// [`Error::InvalidPack`] saying so.
pub fn decrypt(bytes: &[u8], passphrase: &Passphrase, file: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let invalid = |message: String| Error::InvalidPack {
        file: file.to_owned(),
        issue: Issue {
            path: "$".into(),
            line: None,
            column: None,
            message,
        },
    };
    let decryptor = age::Decryptor::new_buffered(bytes)
        .map_err(|e| invalid(format!("the encrypted pack cannot be read ({e})")))?;
    if !decryptor.is_scrypt() {
        return Err(invalid(
            "the file is encrypted for a key, not with a passphrase; this app reads only \
             packs encrypted with a passphrase"
                .into(),
        ));
    }
    let mut identity = age::scrypt::Identity::new(secret(passphrase));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => Error::WrongPassphrase {
                path: file.to_owned(),
            },
            age::DecryptError::ExcessiveWork { required, .. } => invalid(format!(
                "the encrypted pack asks for a key derivation of work factor {required}; packs \
                 use at most {MAX_WORK_FACTOR}, so this file was not made by this app"
            )),
            other => invalid(format!("the encrypted pack cannot be read ({other})")),
        })?;
    let mut plain = Zeroizing::new(Vec::new());
    reader
        .take(MAX_PACK_BYTES + 1)
        .read_to_end(&mut plain)
        .map_err(|e| invalid(format!("the encrypted pack is damaged or cut short ({e})")))?;
    if plain.len() as u64 > MAX_PACK_BYTES {
        return Err(invalid(format!(
            "the encrypted pack holds more than {} MB; packs are at most that",
            MAX_PACK_BYTES / (1024 * 1024)
        )));
    }
    Ok(plain)
}

fn secret(passphrase: &Passphrase) -> SecretString {
    SecretString::from(passphrase.expose().to_owned())
}

/// What a passphrase check holds once decrypted: nothing secret, only
/// proof that the passphrase opened it.
const CHECK_TEXT: &[u8] = b"cx-maturity pack passphrase";

/// A small age file under `passphrase`, kept with a head's pack session
/// in place of the passphrase itself: [`verify`] later tells whether a
/// passphrase typed again is the one the pack came with, so the filled
/// pack goes back under the passphrase the consultant knows. It costs a
/// guesser exactly as much as the pack file the head already holds.
pub fn passphrase_check(passphrase: &Passphrase) -> Result<Vec<u8>> {
    encrypt(CHECK_TEXT, passphrase)
}

/// Whether `passphrase` opens `check` (made by [`passphrase_check`]); a
/// wrong one is [`Error::WrongPassphrase`] naming `file`, the pack the
/// session came from.
pub fn verify(check: &[u8], passphrase: &Passphrase, file: &Path) -> Result<()> {
    match decrypt(check, passphrase, file)?.as_slice() {
        CHECK_TEXT => Ok(()),
        _ => Err(Error::WrongPassphrase {
            path: file.to_owned(),
        }),
    }
}
