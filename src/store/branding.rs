//! The `branding` table: one row with the consultant's name, logo (PNG or
//! JPEG, at most 2 MB) and accent colour, used on every report.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::model::Branding;
use crate::{Error, Result};

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Checks a logo: PNG or JPEG by its magic bytes, at most [`MAX_LOGO_BYTES`].
pub fn check_logo(bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(Error::InvalidInput(format!(
            "the logo is {} bytes; at most {MAX_LOGO_BYTES} bytes (2 MB) are accepted",
            bytes.len()
        )));
    }
    let png = bytes.starts_with(b"\x89PNG\r\n\x1a\n");
    let jpeg = bytes.starts_with(&[0xFF, 0xD8, 0xFF]);
    if png || jpeg {
        Ok(())
    } else {
        Err(Error::InvalidInput(
            "the logo is neither a PNG nor a JPEG image".into(),
        ))
    }
}

/// Checks an accent colour: `#rrggbb`.
pub fn check_accent(colour: &str) -> Result<()> {
    let ok = colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidInput(format!(
            "accent colour {colour:?} is not of the form #rrggbb"
        )))
    }
}

impl Store {
    /// The consultant's branding (empty when never set).
    pub fn branding(&self) -> Result<Branding> {
        self.conn()
            .query_row(
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
            .map_err(self.fail("could not read the branding"))
    }

    /// Replaces the branding.
    pub fn set_branding(&mut self, branding: &Branding) -> Result<()> {
        if let Some(logo) = &branding.logo {
            check_logo(logo)?;
        }
        if let Some(accent) = &branding.accent_colour {
            check_accent(accent)?;
        }
        self.write("could not save the branding", |tx| {
            tx.execute(
                "INSERT INTO branding (id, consultant_name, logo, accent_colour) VALUES (1, ?1, ?2, ?3) \
                 ON CONFLICT (id) DO UPDATE SET consultant_name = excluded.consultant_name, \
                 logo = excluded.logo, accent_colour = excluded.accent_colour",
                params![branding.consultant_name, branding.logo, branding.accent_colour],
            )
            .map_err(Error::storage("could not save the branding"))?;
            Ok(())
        })
    }
}
