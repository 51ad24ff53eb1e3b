//! The core's rules for the screens: text limits, file size, evidence
//! ranges. They need no database, so they answer even when it failed to open.

use super::Reply;
use crate::convert;
use crate::wire::Rules;

#[tauri::command(async)]
pub(crate) fn rules() -> Reply<Rules> {
    Ok(convert::rules::rules())
}
