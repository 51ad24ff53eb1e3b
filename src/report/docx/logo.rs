//! The consultant's logo as a PNG for Word: decoded pixels are written as
//! they are; a JPEG is decoded to RGB first (docx-rs places PNG pictures
//! only). The logo was checked whole when it was set ([`crate::logo`]).

use crate::logo::{Channels, Image, Logo};

/// The logo's PNG, or why it cannot be placed.
pub fn png(logo: &Logo) -> Result<Vec<u8>, String> {
    let (colour, pixels) = match &logo.image {
        Image::Pixels { channels, pixels } => (
            match channels {
                Channels::Gray => png::ColorType::Grayscale,
                Channels::GrayAlpha => png::ColorType::GrayscaleAlpha,
                Channels::Rgb => png::ColorType::Rgb,
                Channels::Rgba => png::ColorType::Rgba,
            },
            std::borrow::Cow::Borrowed(pixels.as_slice()),
        ),
        Image::Jpeg { bytes, .. } => (
            png::ColorType::Rgb,
            std::borrow::Cow::Owned(jpeg_rgb(bytes)?),
        ),
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, logo.width, logo.height);
    encoder.set_color(colour);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(&pixels))
        .map_err(|e| format!("the logo could not be written for Word: {e}"))?;
    Ok(out)
}

fn jpeg_rgb(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use zune_core::bytestream::ZCursor;
    use zune_core::colorspace::ColorSpace;
    use zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGB);
    zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options)
        .decode()
        .map_err(|e| format!("the logo JPEG could not be decoded for Word: {e:?}"))
}
