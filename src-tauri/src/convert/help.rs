//! The Help screen → `wire/help.rs`. The methodology comes from the core
//! (`cx_maturity::methodology`, the text of the report's appendix), turned
//! into paragraph and list blocks here; the paths are the ones the app
//! really uses.

use std::path::Path;

use cx_maturity::methodology::{self, Section};
use cx_maturity::report::locale;

use crate::wire::{DataLocations, Help, HelpBlock, HelpSection};

/// The app's name as the user sees it (also `productName` in tauri.conf.json).
pub(crate) const APP_NAME: &str = "CX Maturity";

/// The Help screen's content for the database at `database` (`None` when
/// the system reports no home folder), the methodology in `app_locale`.
pub(crate) fn help(
    database: Option<&Path>,
    database_error: Option<String>,
    app_locale: &str,
) -> Help {
    let shown = |p: &Path| p.display().to_string();
    Help {
        app_name: APP_NAME.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        methodology: methodology::methodology(locale::labels(app_locale).unwrap_or(&locale::EN))
            .iter()
            .map(help_section)
            .collect(),
        data: DataLocations {
            database_path: database.map(shown),
            backup_dir: database.map(|p| shown(&cx_maturity::store::backup_dir(p))),
            app_data_dir: cx_maturity::paths::app_data_dir().map(|p| shown(&p)),
            database_error,
            backups_kept: u32::try_from(cx_maturity::store::BACKUPS_KEPT).unwrap_or(u32::MAX),
        },
    }
}

/// One core section as wire blocks: runs of numbered paragraphs ("1. …",
/// "2. …") become one ordered list, with the numbers left to the list.
pub(crate) fn help_section(section: &Section) -> HelpSection {
    let mut blocks: Vec<HelpBlock> = Vec::new();
    for paragraph in &section.paragraphs {
        match list_item(paragraph) {
            Some(item) => match blocks.last_mut() {
                Some(HelpBlock::OrderedList { items }) => items.push(item.to_owned()),
                _ => blocks.push(HelpBlock::OrderedList {
                    items: vec![item.to_owned()],
                }),
            },
            None => blocks.push(HelpBlock::Paragraph {
                text: paragraph.clone(),
            }),
        }
    }
    HelpSection {
        heading: section.heading.clone(),
        blocks,
    }
}

/// The text of a numbered paragraph ("3. Defined: …" → "Defined: …"), or
/// `None` for an ordinary one.
fn list_item(paragraph: &str) -> Option<&str> {
    let digits = paragraph.len()
        - paragraph
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    if digits == 0 {
        return None;
    }
    paragraph[digits..].strip_prefix(". ")
}
