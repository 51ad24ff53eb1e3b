//! The branding commands' pieces over a real store: logos checked before
//! anything is stored, and the branding's `data:` URL.

use base64::Engine as _;

use super::demo;
use crate::commands::decode_logo;
use crate::convert::branding::branding_view;
use crate::wire::ErrorKind;

fn jpeg() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/branding/logo-rgb.jpg"
    );
    std::fs::read(path).expect("fixture")
}

#[test]
fn logos_are_checked_before_anything_is_stored() {
    let (_dir, app, _id) = demo();
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    // A 3 MB file is refused from its base64 length, before decoding it.
    let err = decode_logo(&"A".repeat(4 * 1024 * 1024)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the logo is larger than 2 MB; save it smaller or choose another file"
    );
    let err = decode_logo("not base64 at all!").unwrap_err();
    assert_eq!(
        err.to_string(),
        "the logo file did not arrive whole; choose it again"
    );
    let logo = jpeg();
    assert_eq!(decode_logo(&b64(&logo)).unwrap(), logo);

    let stored = app
        .with("test", |s| {
            s.update_branding(|b| {
                b.logo = Some(logo.clone());
                Ok(())
            })
        })
        .expect("stored");
    let view = branding_view(&stored);
    let shown = view.logo.expect("logo shown");
    assert_eq!(
        (shown.mime.as_str(), shown.width, shown.height),
        ("image/jpeg", 24, 12)
    );
    assert_eq!(
        shown.data_url,
        format!("data:image/jpeg;base64,{}", b64(&logo))
    );
    assert_eq!(view.default_accent, "#1f3a5f");

    let err = app
        .with("test", |s| {
            s.update_branding(|b| {
                b.logo = Some(logo[..100].to_vec());
                Ok(())
            })
        })
        .expect_err("cut-off JPEG refused");
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("cut off"), "{}", err.message);
    let kept = app.with("test", |s| s.branding()).expect("branding");
    assert_eq!(kept.logo, Some(logo));
}

/// A refused logo is named as the user's file is spelt, from a folder path
/// down to its name, even though the message starts a sentence.
#[test]
fn a_refused_logo_is_named_as_the_file_is_spelt() {
    let b64 = base64::engine::general_purpose::STANDARD.encode(b"GIF89a not a logo we take");
    let err = crate::commands::checked_logo("/home/ana/Pictures/acme-logo.gif", &b64)
        .expect_err("a GIF is refused");
    let shown = crate::convert::error::report("set_logo", &err);
    assert_eq!(shown.kind, ErrorKind::InvalidInput);
    assert!(
        shown.message.starts_with("\u{201c}acme-logo.gif\u{201d}: "),
        "{}",
        shown.message
    );
    assert!(!shown.message.contains("Pictures"), "{}", shown.message);
    let logo = jpeg();
    assert_eq!(
        crate::commands::checked_logo(
            "Logo.JPG",
            &base64::engine::general_purpose::STANDARD.encode(&logo)
        )
        .expect("a JPEG is taken"),
        logo
    );
}

/// The branding preview takes its band colours from the core, and they are
/// the colours the PDF cover prints the organisation's name and the kicker
/// in, for a light accent (dark text) and a dark one (white text).
#[test]
fn the_preview_band_text_is_the_pdf_covers_for_light_and_dark_accents() {
    use cx_maturity::model::Branding;
    use cx_maturity::report::layout::Item;
    use cx_maturity::report::{self, ReportOptions};

    let (_dir, app, id) = demo();
    let ink = report::style::INK.hex();
    for (accent, expected) in [("#f5e663", ink.as_str()), ("#123a5e", "#ffffff")] {
        let preview = crate::commands::accent_colours(crate::wire::AccentColoursArgs {
            colour: accent.to_owned(),
        })
        .expect("a colour");
        let stored = branding_view(&Branding {
            accent_colour: Some(accent.to_owned()),
            ..Branding::default()
        })
        .accent_on_band;
        assert_eq!(preview, stored, "{accent}");
        assert_eq!(preview.text, expected, "{accent}");

        let (organisation, texts) = app
            .with("test", |s| {
                let data = s.load(&id)?;
                let sc = cx_maturity::scoring::score(&data);
                let rm = cx_maturity::roadmap::plan(&data, &sc);
                let branding = Branding {
                    accent_colour: Some(accent.to_owned()),
                    ..Branding::default()
                };
                let opts = ReportOptions::new(time::OffsetDateTime::UNIX_EPOCH);
                let laid = report::layout(&data, &sc, &rm, &branding, &opts, &mut Vec::new())?;
                let cover = &laid.pages[0];
                let texts: Vec<(String, String)> = cover
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text { text, color, .. } => Some((text.clone(), color.hex())),
                        _ => None,
                    })
                    .collect();
                Ok((data.assessment.organisation, texts))
            })
            .expect("laid out");
        let first_word = organisation.split_whitespace().next().expect("a name");
        let name_colour = texts
            .iter()
            .find(|(t, _)| t.contains(first_word))
            .map(|(_, c)| c.clone())
            .expect("the organisation on the cover");
        assert_eq!(name_colour, preview.text, "{accent}: name");
        assert!(
            texts.iter().any(|(_, c)| *c == preview.muted),
            "{accent}: the kicker in the preview's muted colour"
        );
        assert_eq!(preview.readable, preview.contrast >= 4.5);
    }
    let bad = crate::commands::accent_colours(crate::wire::AccentColoursArgs {
        colour: "teal".to_owned(),
    })
    .expect_err("not a colour");
    assert_eq!(bad.kind, ErrorKind::InvalidInput);
    assert_eq!(
        bad.message,
        "The accent colour must look like #1f6feb (a # and six digits or letters a to f); \u{201c}teal\u{201d} does not."
    );
    // The field at fault, for the screen to mark.
    assert_eq!(bad.issues.len(), 1);
    assert_eq!(bad.issues[0].path, "accentColour");
}
