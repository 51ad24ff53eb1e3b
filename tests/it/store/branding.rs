//! The store's side of report branding: logos (PNG and JPEG) checked
//! before they are stored, branding fields changed one at a time, and
//! hostile logos and names refused with nothing stored.

use cx_maturity::model::Branding;
use cx_maturity::store::branding;
use cx_maturity::{Error, Field};

use super::{db_path, dump, temp_store};
use crate::util::fixtures;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join("branding").join(name)).unwrap()
}

/// A 6×3 RGB PNG.
fn png() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, 6, 3);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[90; 6 * 3 * 3]).unwrap();
    }
    out
}

#[test]
fn logos_png_and_jpeg_are_stored_and_branding_fields_change_one_at_a_time() {
    let (_dir, mut store) = temp_store();
    let b = store
        .update_branding(|b| {
            b.consultant_name = Some("Hartmann & Nowak".into());
            Ok(())
        })
        .unwrap();
    assert_eq!(b.consultant_name.as_deref(), Some("Hartmann & Nowak"));
    for (bytes, w, h) in [
        (png(), 6, 3),
        (fixture("logo-rgb.jpg"), 24, 12),
        (fixture("logo-gray.jpg"), 16, 8),
        (fixture("logo-cmyk.jpg"), 24, 12),
        (fixture("logo-progressive.jpg"), 24, 12),
    ] {
        let info = branding::check_logo(&bytes).unwrap();
        assert_eq!((info.width, info.height), (w, h));
        let stored = store
            .update_branding(|b| {
                b.logo = Some(bytes.clone());
                Ok(())
            })
            .unwrap();
        assert_eq!(stored.logo.as_deref(), Some(&bytes[..]));
        // The name set before is still there.
        assert_eq!(
            store.branding().unwrap().consultant_name.as_deref(),
            Some("Hartmann & Nowak")
        );
    }
    store
        .update_branding(|b| {
            b.accent_colour = Some("#0b6e4f".into());
            Ok(())
        })
        .unwrap();
    assert_eq!(
        store.branding().unwrap(),
        Branding {
            consultant_name: Some("Hartmann & Nowak".into()),
            logo: Some(fixture("logo-progressive.jpg")),
            accent_colour: Some("#0b6e4f".into()),
        }
    );
}

#[test]
fn hostile_logos_and_names_are_refused_and_nothing_is_stored() {
    let (dir, mut store) = temp_store();
    store
        .update_branding(|b| {
            b.logo = Some(png());
            b.consultant_name = Some("Keep me".into());
            Ok(())
        })
        .unwrap();
    let before = dump(&db_path(&dir));
    let jpeg = fixture("logo-rgb.jpg");
    let mut png_cut = png();
    png_cut.truncate(png_cut.len() - 20);
    let mut three_mb = png();
    three_mb.resize(3 * 1024 * 1024, 0);
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (jpeg[..jpeg.len() / 2].to_vec(), "cut off"),
        (jpeg[..40].to_vec(), "cut off"),
        (png_cut, "damaged or cut short"),
        (
            b"<html>not a picture</html>".to_vec(),
            "neither a PNG nor a JPEG",
        ),
        (three_mb, "at most 2 MB are accepted"),
        (Vec::new(), "neither a PNG nor a JPEG"),
    ];
    for (bytes, says) in cases {
        let err = store
            .update_branding(|b| {
                b.logo = Some(bytes.clone());
                Ok(())
            })
            .unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidField {
                    field: Field::Logo,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains(says), "{err} (wanted {says})");
    }
    for bad_name in ["a\nb".to_owned(), "n".repeat(branding::MAX_NAME_CHARS + 1)] {
        assert!(matches!(
            store.update_branding(|b| {
                b.consultant_name = Some(bad_name.clone());
                Ok(())
            }),
            Err(Error::InvalidField {
                field: Field::ConsultantName,
                ..
            })
        ));
    }
    assert!(matches!(
        store.update_branding(|b| {
            b.accent_colour = Some("teal".into());
            Ok(())
        }),
        Err(Error::InvalidField {
            field: Field::AccentColour,
            ..
        })
    ));
    assert_eq!(dump(&db_path(&dir)), before);
}
