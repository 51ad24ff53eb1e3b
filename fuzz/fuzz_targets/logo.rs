//! Feeds arbitrary bytes to the logo reader: `cx_maturity::logo::inspect` (the
//! store's check before a logo is saved) and `logo::decode` (the
//! report's, before the PDF draws it).
//!
//! Why: the logo is an image file the consultant picks from anywhere; a
//! PNG goes through the png crate's decoder, a JPEG through our own walk of
//! its markers. Both must end in `Ok` or `Err`, never a panic, a hang or a
//! huge allocation (4 megapixels at most).
//!
//! On top, what the PDF writer relies on: `inspect` and `decode` agree, a
//! decoded PNG has exactly width × height × channels bytes (printpdf is
//! handed them as they are), and the size is within the limit.
#![no_main]

use cx_maturity::logo::{self, Channels, Image};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let info = logo::inspect(data);
    let decoded = logo::decode(data);
    match (&info, &decoded) {
        (Ok(i), Ok(l)) => {
            assert_eq!(
                (i.width, i.height),
                (l.width, l.height),
                "inspect and decode disagree"
            );
            let pixels = u64::from(l.width) * u64::from(l.height);
            assert!(
                pixels > 0 && pixels <= logo::MAX_PIXELS,
                "{}×{} passed",
                l.width,
                l.height
            );
            if let Image::Pixels {
                channels,
                pixels: p,
            } = &l.image
            {
                let n = match channels {
                    Channels::Gray => 1,
                    Channels::GrayAlpha => 2,
                    Channels::Rgb => 3,
                    Channels::Rgba => 4,
                };
                assert_eq!(
                    p.len() as u64,
                    pixels * n,
                    "pixel buffer of the wrong length"
                );
            }
        }
        (Err(_), Err(_)) => {}
        _ => panic!(
            "inspect and decode disagree: {info:?} vs {:?}",
            decoded.as_ref().map(|l| (l.width, l.height))
        ),
    }
});
