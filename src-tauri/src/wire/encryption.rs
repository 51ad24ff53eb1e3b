//! Encryption at rest as the screens see it: whether the database is
//! encrypted and still locked, and the passphrases the unlock screen and
//! the passphrase settings send. A passphrase only ever travels from the
//! web view to the shell, never back.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether the database is encrypted, and whether it waits for its
/// passphrase (the app shows the unlock screen first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DatabaseLock {
    pub(crate) encrypted: bool,
    pub(crate) locked: bool,
}

/// The unlock screen's passphrase.
#[derive(Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UnlockArgs {
    pub(crate) passphrase: String,
}

/// A new passphrase, with the current one when the database is already
/// encrypted.
#[derive(Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetPassphraseArgs {
    pub(crate) current: Option<String>,
    pub(crate) new: String,
}

/// Removing the passphrase: the current one, once more.
#[derive(Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RemovePassphraseArgs {
    pub(crate) current: String,
}
