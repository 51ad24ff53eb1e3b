//! The languages this build is written in — the app, the report and the
//! built-in questionnaire: English, German and French — and how a language
//! tag from a user, a file or a system setting maps onto one of them.
//! A new language is a code here, a label table in `report/locale/`, a
//! catalog in `ui/src/i18n/` and a translation in the questionnaire.

use crate::{Error, Result};

/// Every language, by its code; the first is the fallback.
pub const LOCALES: [&str; 3] = ["en", "de", "fr"];

/// The language `tag` is written in, as one of [`LOCALES`]: `de-CH` and
/// `DE` are `de`. A language this build lacks is an error that names the
/// ones it has.
pub fn supported(tag: &str) -> Result<&'static str> {
    let language = tag.trim().split(['-', '_']).next().unwrap_or_default();
    LOCALES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(language))
        .copied()
        .ok_or_else(|| {
            Error::InvalidInput(format!(
                "language {:?} is not available (available: {})",
                tag.trim(),
                LOCALES.join(", ")
            ))
        })
}

/// A language's name in that language, as a language picker shows it.
pub fn own_name(code: &str) -> &'static str {
    match code {
        "de" => "Deutsch",
        "fr" => "Français",
        _ => "English",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_onto_their_language() {
        for (tag, code) in [
            ("en", "en"),
            ("en-GB", "en"),
            ("DE", "de"),
            ("de-CH", "de"),
            ("de_AT", "de"),
            (" fr-BE ", "fr"),
        ] {
            assert_eq!(supported(tag).unwrap(), code, "{tag}");
        }
        let e = supported("es-ES").unwrap_err().to_string();
        assert!(
            e.contains("\"es-ES\"") && e.contains("available: en, de, fr"),
            "{e}"
        );
        assert!(supported("").is_err());
        assert_eq!(own_name("fr"), "Français");
    }
}
