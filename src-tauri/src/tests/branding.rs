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
    assert!(err.to_string().contains("at most 2097152 bytes"), "{err}");
    let err = decode_logo("not base64 at all!").unwrap_err();
    assert!(err.to_string().contains("could not be read"), "{err}");
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
    assert_eq!(view.max_logo_bytes, 2 * 1024 * 1024);

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
