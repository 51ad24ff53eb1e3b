//! The consultant's logo for the cover: PNG decoded to 8-bit pixels (the
//! PDF stores them deflated, with the alpha channel as a soft mask). JPEG
//! logos are accepted by the store but not drawn yet; the report says so in
//! its warnings instead of failing.

use std::io::Cursor;

/// Decoded pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub width: u32,
    pub height: u32,
    pub channels: Channels,
    /// Row-major, `channels` bytes per pixel.
    pub pixels: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channels {
    Gray,
    GrayAlpha,
    Rgb,
    Rgba,
}

/// Larger logos are refused: a cover logo needs a few hundred pixels, and
/// decoding a huge image would only slow the report down.
const MAX_PIXELS: u64 = 4_000_000;

/// Decodes a PNG logo; the error says why it cannot be drawn.
pub fn decode(bytes: &[u8]) -> Result<Logo, String> {
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err("the logo is not a PNG (JPEG logos are not drawn yet)".into());
    }
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder
        .read_info()
        .map_err(|e| format!("the logo PNG cannot be read: {e}"))?;
    let (w, h) = (reader.info().width, reader.info().height);
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(format!(
            "the logo is {w}×{h} pixels; at most 4 megapixels are drawn"
        ));
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| "the logo PNG is too large".to_owned())?;
    let mut buf = vec![0; size];
    let info = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("the logo PNG cannot be read: {e}"))?;
    let channels = match info.color_type {
        png::ColorType::Grayscale => Channels::Gray,
        png::ColorType::GrayscaleAlpha => Channels::GrayAlpha,
        png::ColorType::Rgb => Channels::Rgb,
        png::ColorType::Rgba => Channels::Rgba,
        png::ColorType::Indexed => return Err("the logo PNG uses an unsupported palette".into()),
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
        channels,
        pixels,
    })
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

    #[test]
    fn png_decodes_to_its_pixels() {
        let logo = decode(&png_2x1()).unwrap();
        assert_eq!(
            (logo.width, logo.height, logo.channels),
            (2, 1, Channels::Rgba)
        );
        assert_eq!(logo.pixels, vec![255, 0, 0, 255, 0, 0, 255, 128]);
    }

    #[test]
    fn jpeg_and_garbage_are_refused_with_a_reason() {
        assert!(
            decode(b"\xff\xd8\xff\xe0 jpeg")
                .unwrap_err()
                .contains("not a PNG")
        );
        let mut broken = png_2x1();
        broken.truncate(30);
        assert!(decode(&broken).unwrap_err().contains("cannot be read"));
    }
}
