//! The consultant's logo: what kind of image it is, whether it is whole,
//! and how the PDF draws it. A logo is a file from outside: it is decoded
//! in full before it is accepted and again before it is drawn, so a file
//! whose headers look right but whose picture is garbage never reaches a
//! PDF (where it would make the document invalid).
//!
//! - PNG is decoded to 8-bit pixels (the PDF stores them deflated, with the
//!   alpha channel as a soft mask).
//! - JPEG is embedded as is (`/DCTDecode`): its bytes are already what a PDF
//!   reader decodes. The marker structure is walked first (size, components,
//!   and refusing codings PDF readers do not all draw), then the whole image
//!   is decoded with `zune-jpeg` in strict mode, and its pixels dropped.
//!
//! [`inspect`] is the store's check before a logo is saved
//! (`store::branding::check_logo`); [`decode`] is the report's. Both refuse
//! files over [`MAX_BYTES`].

use std::io::Cursor;

/// A logo the PDF can draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub image: Image,
}

/// How the logo's picture is stored in the PDF.
#[derive(Debug, Clone, PartialEq)]
pub enum Image {
    /// Decoded pixels, row-major, `channels` bytes per pixel.
    Pixels { channels: Channels, pixels: Vec<u8> },
    /// The JPEG file's bytes, embedded unchanged.
    Jpeg { colour: JpegColour, bytes: Vec<u8> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channels {
    Gray,
    GrayAlpha,
    Rgb,
    Rgba,
}

/// The colour space of a JPEG's components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JpegColour {
    Gray,
    Rgb,
    /// Four components. Adobe applications write CMYK JPEGs with inverted
    /// values (their APP14 marker says so); the PDF then needs a `/Decode`
    /// array that inverts them back.
    Cmyk {
        inverted: bool,
    },
}

/// The image format of a logo file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
}

impl Format {
    /// Its media type, for a `data:` URL.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
        }
    }
}

/// What [`inspect`] learnt about a logo file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub format: Format,
    pub width: u32,
    pub height: u32,
}

/// Larger logos are refused: a cover logo needs a few hundred pixels, and
/// decoding a huge image would only slow the report down.
pub const MAX_PIXELS: u64 = 4_000_000;

/// The largest logo file accepted, in bytes, wherever a logo is read.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];

/// The format by the file's first bytes.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(PNG_MAGIC) {
        Some(Format::Png)
    } else if bytes.starts_with(JPEG_MAGIC) {
        Some(Format::Jpeg)
    } else {
        None
    }
}

/// Checks that a logo file is a whole PNG or JPEG the report can draw, and
/// returns its format and size. The error says why not, in plain words.
pub fn inspect(bytes: &[u8]) -> Result<Info, String> {
    let logo = decode(bytes)?;
    let format = match logo.image {
        Image::Pixels { .. } => Format::Png,
        Image::Jpeg { .. } => Format::Jpeg,
    };
    Ok(Info {
        format,
        width: logo.width,
        height: logo.height,
    })
}

/// Reads a logo for drawing; the error says why it cannot be drawn.
pub fn decode(bytes: &[u8]) -> Result<Logo, String> {
    if bytes.len() > MAX_BYTES {
        // Lossy only in the message; the comparison is exact.
        #[allow(clippy::cast_precision_loss)]
        let mb = bytes.len() as f64 / (1024.0 * 1024.0);
        return Err(format!(
            "the logo is {mb:.1} MB; at most 2 MB are accepted — save it smaller or choose another file"
        ));
    }
    match sniff(bytes) {
        Some(Format::Png) => decode_png(bytes),
        Some(Format::Jpeg) => read_jpeg(bytes),
        None => Err("the logo is neither a PNG nor a JPEG image; choose a PNG or JPEG file".into()),
    }
}

fn check_size(w: u32, h: u32) -> Result<(), String> {
    if w == 0 || h == 0 {
        return Err(format!(
            "the logo is {w}×{h} pixels, an empty image; choose another file"
        ));
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "the logo is {w}×{h} pixels; at most 4 megapixels are drawn"
        ));
    }
    Ok(())
}

/// Why a PNG cannot be used, whatever the decoder said (its own words are
/// no help to the person choosing a logo).
const PNG_DAMAGED: &str = "the logo PNG is damaged or cut short; save it again from your image program, or choose another file";

fn decode_png(bytes: &[u8]) -> Result<Logo, String> {
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|_| PNG_DAMAGED.to_owned())?;
    let (w, h) = (reader.info().width, reader.info().height);
    check_size(w, h)?;
    // A palette must hold whole RGB entries: png 0.18.1 panics expanding
    // one that ends in a partial entry (found by fuzzing,
    // tests/fixtures/fuzz/logo/), so such a file is refused before it is
    // decoded.
    if reader
        .info()
        .palette
        .as_ref()
        .is_some_and(|p| p.len() % 3 != 0)
    {
        return Err(PNG_DAMAGED.into());
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| "the logo PNG is too large".to_owned())?;
    let mut buf = vec![0; size];
    let info = reader
        .next_frame(&mut buf)
        .map_err(|_| PNG_DAMAGED.to_owned())?;
    let channels = match info.color_type {
        png::ColorType::Grayscale => Channels::Gray,
        png::ColorType::GrayscaleAlpha => Channels::GrayAlpha,
        png::ColorType::Rgb => Channels::Rgb,
        png::ColorType::Rgba => Channels::Rgba,
        png::ColorType::Indexed => {
            return Err(
                "the logo PNG uses a colour palette reports cannot draw; save it as an RGB PNG"
                    .into(),
            );
        }
    };
    let n = match channels {
        Channels::Gray => 1,
        Channels::GrayAlpha => 2,
        Channels::Rgb => 3,
        Channels::Rgba => 4,
    };
    // Drop any row padding: keep exactly width × channels bytes per row.
    let row = w as usize * n;
    let mut pixels = Vec::with_capacity(row * h as usize);
    for line in buf.chunks(info.line_size).take(h as usize) {
        pixels.extend_from_slice(&line[..row.min(line.len())]);
    }
    Ok(Logo {
        width: info.width,
        height: info.height,
        image: Image::Pixels { channels, pixels },
    })
}

/// Walks a JPEG's markers up to the start of its scan: the frame header
/// (SOF) gives size and components, an Adobe APP14 marker whether CMYK is
/// inverted. The file must end with the end-of-image marker, which a cut-off
/// download or copy lacks.
fn read_jpeg(bytes: &[u8]) -> Result<Logo, String> {
    const TRUNCATED: &str = "the logo JPEG is cut off (the file ends inside its headers); save the logo again or use a PNG";
    let mut at = 2; // after SOI
    let mut frame: Option<(u32, u32, u8)> = None;
    let mut adobe = false;
    loop {
        // A marker: 0xFF, optional 0xFF fill bytes, then the marker code.
        if bytes.get(at) != Some(&0xFF) {
            return Err(if at >= bytes.len() {
                TRUNCATED.into()
            } else {
                "the logo JPEG is damaged; save the logo again or use a PNG".to_owned()
            });
        }
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&code) = bytes.get(at) else {
            return Err(TRUNCATED.into());
        };
        at += 1;
        match code {
            // Standalone markers carry no length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 => {
                return Err(
                    "the logo JPEG has no image data; save the logo again or use a PNG".into(),
                );
            }
            _ => {}
        }
        let len = match bytes.get(at..at + 2) {
            Some(&[hi, lo]) => usize::from(u16::from_be_bytes([hi, lo])),
            _ => return Err(TRUNCATED.into()),
        };
        let Some(body) = bytes.get(at + 2..at + len).filter(|_| len >= 2) else {
            return Err(TRUNCATED.into());
        };
        match code {
            // Baseline, extended sequential and progressive Huffman frames:
            // what every PDF reader's DCT decoder draws.
            0xC0..=0xC2 => {
                let [precision, h1, h0, w1, w0, components, ..] = *body else {
                    return Err(
                        "the logo JPEG is damaged (its frame header); save the logo again or use a PNG"
                            .into(),
                    );
                };
                if precision != 8 {
                    return Err(format!(
                        "the logo JPEG has {precision}-bit samples; only 8-bit JPEGs can be drawn — save it as a standard JPEG or a PNG"
                    ));
                }
                frame = Some((
                    u32::from(u16::from_be_bytes([w1, w0])),
                    u32::from(u16::from_be_bytes([h1, h0])),
                    components,
                ));
            }
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                return Err(
                    "the logo JPEG uses lossless or arithmetic coding, which PDF readers \
                     cannot all draw; save it as a standard JPEG or a PNG"
                        .into(),
                );
            }
            0xEE if body.starts_with(b"Adobe") => adobe = true,
            0xDA => break,
            _ => {}
        }
        at += len;
    }
    let Some((width, height, components)) = frame else {
        return Err(
            "the logo JPEG is damaged (it has no frame header); save the logo again or use a PNG"
                .into(),
        );
    };
    check_size(width, height)?;
    let colour = match components {
        1 => JpegColour::Gray,
        3 => JpegColour::Rgb,
        4 => JpegColour::Cmyk { inverted: adobe },
        n => {
            return Err(format!(
                "the logo JPEG has {n} colour channels, which reports cannot draw; save it as a standard JPEG or a PNG"
            ));
        }
    };
    // Some writers pad the file after the end marker; zero bytes are harmless.
    let end = bytes.len() - bytes.iter().rev().take_while(|&&b| b == 0).count();
    if !bytes[..end].ends_with(&[0xFF, 0xD9]) {
        return Err(
            "the logo JPEG is cut off (its image data has no end); save the logo again or use a PNG"
                .into(),
        );
    }
    decode_jpeg_pixels(bytes, width, height)?;
    Ok(Logo {
        width,
        height,
        image: Image::Jpeg {
            colour,
            bytes: bytes.to_vec(),
        },
    })
}

/// Decodes the whole JPEG (strict: damaged image data is an error, not a
/// grey patch) and checks that the decoder saw the frame the markers
/// announced. The pixels are not kept: the PDF embeds the file itself.
fn decode_jpeg_pixels(bytes: &[u8], width: u32, height: u32) -> Result<(), String> {
    use zune_core::bytestream::ZCursor;
    use zune_core::options::DecoderOptions;
    let limit = usize::try_from(MAX_PIXELS).unwrap_or(usize::MAX);
    let options = DecoderOptions::default()
        .set_strict_mode(true)
        .set_max_width(limit)
        .set_max_height(limit);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    let pixels = decoder.decode().map_err(|_| {
        "the logo JPEG's image data is damaged; save the logo again or use a PNG".to_owned()
    })?;
    let seen = decoder
        .info()
        .map(|i| (u32::from(i.width), u32::from(i.height)));
    if seen != Some((width, height)) || pixels.is_empty() {
        return Err(
            "the logo JPEG's image data does not match its header; save the logo again or use a PNG"
                .into(),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2×1 RGBA PNG written with the png crate itself.
    fn png_2x1() -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, 2, 1);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            let mut w = enc.write_header().unwrap();
            w.write_image_data(&[255, 0, 0, 255, 0, 0, 255, 128])
                .unwrap();
        }
        out
    }

    /// Real JPEGs from the test fixtures (written by an image editor).
    const RGB: &[u8] = include_bytes!("../tests/fixtures/branding/logo-rgb.jpg");
    const GRAY: &[u8] = include_bytes!("../tests/fixtures/branding/logo-gray.jpg");
    const CMYK: &[u8] = include_bytes!("../tests/fixtures/branding/logo-cmyk.jpg");
    const PROGRESSIVE: &[u8] = include_bytes!("../tests/fixtures/branding/logo-progressive.jpg");

    /// The smallest marker structure of a baseline JPEG: SOI, a frame
    /// header of `w`×`h` with `n` components, an empty scan, EOI. Not
    /// decodable pixels: for the refusals that come before decoding.
    fn jpeg_skeleton(w: u16, h: u16, n: u8, sof: u8) -> Vec<u8> {
        let mut b = vec![0xFF, 0xD8];
        let sof_len = 8 + 3 * u16::from(n);
        b.extend([0xFF, sof]);
        b.extend(sof_len.to_be_bytes());
        b.push(8);
        b.extend(h.to_be_bytes());
        b.extend(w.to_be_bytes());
        b.push(n);
        for c in 0..n {
            b.extend([c + 1, 0x11, 0]);
        }
        b.extend([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9]);
        b
    }

    #[test]
    fn png_decodes_to_its_pixels() {
        let logo = decode(&png_2x1()).unwrap();
        assert_eq!((logo.width, logo.height), (2, 1));
        assert_eq!(
            logo.image,
            Image::Pixels {
                channels: Channels::Rgba,
                pixels: vec![255, 0, 0, 255, 0, 0, 255, 128]
            }
        );
    }

    #[test]
    fn jpeg_frame_header_gives_size_and_colour() {
        let logo = decode(RGB).unwrap();
        assert_eq!((logo.width, logo.height), (24, 12));
        assert_eq!(
            logo.image,
            Image::Jpeg {
                colour: JpegColour::Rgb,
                bytes: RGB.to_vec()
            }
        );
        let gray = decode(GRAY).unwrap();
        assert!(matches!(
            gray.image,
            Image::Jpeg {
                colour: JpegColour::Gray,
                ..
            }
        ));
        assert!(matches!(
            decode(CMYK).unwrap().image,
            Image::Jpeg {
                colour: JpegColour::Cmyk { .. },
                ..
            }
        ));
        assert_eq!(
            inspect(PROGRESSIVE).unwrap(),
            Info {
                format: Format::Jpeg,
                width: 24,
                height: 12
            }
        );
    }

    #[test]
    fn a_jpeg_with_sound_markers_but_garbage_image_data_is_refused() {
        // The skeleton's markers are all valid; its scan is two bytes of noise.
        let e = decode(&jpeg_skeleton(300, 120, 3, 0xC0)).unwrap_err();
        assert!(e.contains("image data is damaged"), "{e}");
        // A real file whose entropy-coded data is overwritten with noise.
        let scan = RGB.windows(2).rposition(|w| w == [0xFF, 0xDA]).unwrap();
        let mut noisy = RGB.to_vec();
        let end = noisy.len() - 2;
        for (i, b) in noisy[scan + 20..end].iter_mut().enumerate() {
            // No 0xFF: the noise must not form markers of its own.
            *b = u8::try_from((i * 151 + 7) % 255).unwrap();
        }
        assert!(decode(&noisy).is_err());
    }

    #[test]
    fn a_logo_over_two_megabytes_is_refused_wherever_it_is_read() {
        let mut big = RGB.to_vec();
        big.resize(MAX_BYTES + 1, 0);
        assert!(
            decode(&big)
                .unwrap_err()
                .contains("at most 2 MB are accepted")
        );
        assert!(inspect(&big).is_err());
    }

    #[test]
    fn damaged_jpegs_are_refused_with_a_reason() {
        let whole = jpeg_skeleton(30, 10, 3, 0xC0);
        // Cut inside the frame header, and cut inside the image data.
        assert!(decode(&whole[..10]).unwrap_err().contains("cut off"));
        assert!(
            decode(&whole[..whole.len() - 2])
                .unwrap_err()
                .contains("has no end")
        );
        // Arithmetic coding, 12-bit samples, no frame at all.
        assert!(
            decode(&jpeg_skeleton(30, 10, 3, 0xC9))
                .unwrap_err()
                .contains("arithmetic")
        );
        let mut twelve = whole;
        twelve[6] = 12;
        assert!(decode(&twelve).unwrap_err().contains("12-bit"));
        assert!(
            decode(&[0xFF, 0xD8, 0xFF, 0xD9])
                .unwrap_err()
                .contains("no image data")
        );
        assert!(
            decode(&jpeg_skeleton(0, 10, 3, 0xC0))
                .unwrap_err()
                .contains("empty image")
        );
    }

    #[test]
    fn truncated_png_and_garbage_are_refused_with_a_reason() {
        let mut broken = png_2x1();
        broken.truncate(30);
        assert!(
            decode(&broken)
                .unwrap_err()
                .contains("damaged or cut short")
        );
        assert!(
            decode(b"GIF89a....")
                .unwrap_err()
                .contains("neither a PNG nor a JPEG")
        );
    }

    /// Found by fuzzing: a palette PNG whose PLTE chunk is 49 bytes (not
    /// whole RGB entries), which made the png decoder panic; here with
    /// every chunk's CRC correct, as a crafted file would have them.
    #[test]
    fn a_palette_png_with_a_partial_palette_entry_is_refused() {
        let bytes =
            include_bytes!("../tests/fixtures/fuzz/logo/png-palette-plte-49-bytes-valid-crc.png");
        assert_eq!(decode(bytes).unwrap_err(), PNG_DAMAGED);
        assert!(inspect(bytes).is_err());
    }
}
