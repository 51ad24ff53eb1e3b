//! The `branding` table: one row with the consultant's name, logo (PNG or
//! JPEG, at most 2 MB, whole and drawable) and accent colour, used on every
//! report.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::logo;
use crate::model::Branding;
use crate::{Error, Field, Result};

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = logo::MAX_BYTES;

/// The longest consultant name accepted, in characters.
pub const MAX_NAME_CHARS: usize = crate::limits::CONSULTANT_CHARS;

/// Checks a logo: at most [`MAX_LOGO_BYTES`], and a whole PNG or JPEG that
/// the report can draw (a truncated file, a non-image with an image's name,
/// an exotic JPEG are refused with the reason). Returns its format and size.
pub fn check_logo(bytes: &[u8]) -> Result<logo::Info> {
    logo::inspect(bytes).map_err(|m| Error::field(Field::Logo, m))
}

/// Checks a consultant name: one line, at most [`MAX_NAME_CHARS`].
pub fn check_name(name: &str) -> Result<()> {
    crate::limits::check_line(Field::ConsultantName, name, MAX_NAME_CHARS)
}

/// Checks an accent colour: `#rrggbb`.
pub fn check_accent(colour: &str) -> Result<()> {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(accent_refused(colour))
    }
}

/// Why `colour` is no accent colour, and the form to use.
pub fn accent_refused(colour: &str) -> Error {
    Error::field(
        Field::AccentColour,
        format!(
            "the accent colour must look like #1f6feb (a # and six digits or letters a to f); \u{201c}{colour}\u{201d} does not"
        ),
    )
}

impl Store {
    /// The consultant's branding (empty when never set).
    pub fn branding(&self) -> Result<Branding> {
        read_branding(self.conn()).map_err(self.fail("could not read the branding"))
    }

    /// Replaces the branding.
    pub fn set_branding(&mut self, branding: &Branding) -> Result<()> {
        check_branding(branding)?;
        self.write("could not save the branding", |tx| {
            write_branding(tx, branding)
        })
    }

    /// Changes part of the branding (`change` edits the stored one) in one
    /// transaction, and returns the branding as stored. The fields `change`
    /// altered are checked; nothing is written when `change` fails or a
    /// check does.
    pub fn update_branding(
        &mut self,
        change: impl FnOnce(&mut Branding) -> Result<()>,
    ) -> Result<Branding> {
        self.write("could not save the branding", |tx| {
            let before =
                read_branding(tx).map_err(Error::storage("could not read the branding"))?;
            let mut after = before.clone();
            change(&mut after)?;
            check_changed(&before, &after)?;
            write_branding(tx, &after)?;
            Ok(after)
        })
    }
}

fn check_branding(branding: &Branding) -> Result<()> {
    check_changed(&Branding::default(), branding)
}

/// Checks the fields of `after` that differ from `before` (a logo stored by
/// an older version with laxer checks does not block a change of name).
fn check_changed(before: &Branding, after: &Branding) -> Result<()> {
    if let Some(name) = after
        .consultant_name
        .as_ref()
        .filter(|n| before.consultant_name.as_ref() != Some(*n))
    {
        check_name(name)?;
    }
    if let Some(logo) = after
        .logo
        .as_ref()
        .filter(|l| before.logo.as_ref() != Some(*l))
    {
        check_logo(logo)?;
    }
    if let Some(accent) = after
        .accent_colour
        .as_ref()
        .filter(|a| before.accent_colour.as_ref() != Some(*a))
    {
        check_accent(accent)?;
    }
    Ok(())
}

fn read_branding(conn: &rusqlite::Connection) -> rusqlite::Result<Branding> {
    conn.query_row(
        "SELECT consultant_name, logo, accent_colour FROM branding WHERE id = 1",
        [],
        |r| {
            Ok(Branding {
                consultant_name: r.get(0)?,
                logo: r.get(1)?,
                accent_colour: r.get(2)?,
            })
        },
    )
    .optional()
    .map(Option::unwrap_or_default)
}

fn write_branding(tx: &rusqlite::Transaction<'_>, branding: &Branding) -> Result<()> {
    tx.execute(
        "INSERT INTO branding (id, consultant_name, logo, accent_colour) VALUES (1, ?1, ?2, ?3) \
                 ON CONFLICT (id) DO UPDATE SET consultant_name = excluded.consultant_name, \
                 logo = excluded.logo, accent_colour = excluded.accent_colour",
        params![
            branding.consultant_name,
            branding.logo,
            branding.accent_colour
        ],
    )
    .map_err(Error::storage("could not save the branding"))?;
    Ok(())
}
