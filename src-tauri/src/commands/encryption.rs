//! Encryption at rest: the unlock screen (`unlock_database`) and the
//! passphrase settings (set, change, remove). Refused while a live session
//! runs: it holds its own connection to the database.

use cx_maturity::Passphrase;
use tauri::State;

use super::Reply;
use crate::live_session::LiveSessions;
use crate::state::AppState;
use crate::wire::{
    DatabaseLock, ErrorKind, RemovePassphraseArgs, SetPassphraseArgs, UnlockArgs, WireError,
};

/// Whether the database is encrypted and still locked; answers before
/// unlocking too.
#[tauri::command(async)]
pub(crate) fn database_lock(state: State<'_, AppState>) -> Reply<DatabaseLock> {
    Ok(lock_view(&state))
}

/// Opens the encrypted database with the passphrase typed on the unlock
/// screen; a wrong one is refused and nothing changes.
#[tauri::command(async)]
pub(crate) fn unlock_database(state: State<'_, AppState>, args: UnlockArgs) -> Reply<DatabaseLock> {
    state.unlock(passphrase(args.passphrase)?)?;
    Ok(lock_view(&state))
}

/// Encrypts the database with a new passphrase, or changes it.
#[tauri::command(async)]
pub(crate) fn set_database_passphrase(
    state: State<'_, AppState>,
    live: State<'_, LiveSessions>,
    args: SetPassphraseArgs,
) -> Reply<DatabaseLock> {
    no_live_session(&live)?;
    let current = args.current.map(passphrase).transpose()?;
    state.change_passphrase(current.as_ref(), Some(passphrase(args.new)?))?;
    Ok(lock_view(&state))
}

/// Decrypts the database.
#[tauri::command(async)]
pub(crate) fn remove_database_passphrase(
    state: State<'_, AppState>,
    live: State<'_, LiveSessions>,
    args: RemovePassphraseArgs,
) -> Reply<DatabaseLock> {
    no_live_session(&live)?;
    state.change_passphrase(Some(&passphrase(args.current)?), None)?;
    Ok(lock_view(&state))
}

pub(crate) fn lock_view(state: &AppState) -> DatabaseLock {
    let (encrypted, locked) = state.lock_state();
    DatabaseLock { encrypted, locked }
}

/// A passphrase typed in the window; an empty one is refused in words.
pub(crate) fn passphrase(text: String) -> Reply<Passphrase> {
    Passphrase::new(text).map_err(|e| crate::convert::error::to_wire(&e))
}

fn no_live_session(live: &LiveSessions) -> Reply<()> {
    if live.session()?.is_some() {
        return Err(WireError::new(
            ErrorKind::InvalidInput,
            "A live session is running. Stop it before changing the passphrase.",
        ));
    }
    Ok(())
}
