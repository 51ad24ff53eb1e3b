//! Turns paginated [`Laid`] pages into PDF bytes with printpdf: fonts
//! embedded (printpdf subsets them on save), text placed with an absolute
//! text matrix (never the relative `Td` cursor), metadata and the creation
//! date set by us (printpdf would write 1970), an outline from the headings.
//!
//! Every string passes [`Fonts::sanitize`] here, the one door to the page,
//! so a character DejaVu cannot draw is replaced visibly and reported, not
//! left as an empty box.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{
    Color, DictItem, ExternalStream, ExternalXObject, FontId, Line, LineDashPattern, LinePoint, Mm,
    Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, Px, RawImage, RawImageData, RawImageFormat, TextItem, TextMatrix,
    WindingOrder, XObjectId, XObjectTransform,
};

use super::charts::Stroke;
use super::fonts::{BOLD_TTF, Fonts, REGULAR_TTF, Weight};
use super::layout::{Item, Laid};
use super::style::Rgb;
use crate::logo::{Channels, Image, JpegColour, Logo};
use crate::{Error, Result};

/// Document information written into the PDF.
pub struct DocInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// Seconds since 1970 (UTC), the creation and modification date.
    pub created: i64,
}

/// Both faces parsed by printpdf, once per process (parsing is the most
/// expensive step of a small report).
fn parsed_fonts() -> Result<&'static (ParsedFont, ParsedFont)> {
    static PARSED: OnceLock<Option<(ParsedFont, ParsedFont)>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            let mut warnings = Vec::new();
            let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut warnings)?;
            let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut warnings)?;
            Some((regular, bold))
        })
        .as_ref()
        .ok_or_else(|| Error::Report("the embedded DejaVu fonts could not be parsed".into()))
}

fn color(c: Rgb) -> Color {
    let (r, g, b) = c.unit();
    Color::Rgb(printpdf::Rgb::new(r, g, b, None))
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// The drawing state already set in the content stream, so repeated
/// settings are not written again.
#[derive(Default)]
struct State {
    in_text: bool,
    font: Option<(Weight, u32)>,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, u32)>,
    dashed: bool,
}

struct Writer<'a> {
    ops: Vec<Op>,
    st: State,
    regular: &'a FontId,
    bold: &'a FontId,
}

impl Writer<'_> {
    fn end_text(&mut self) {
        if self.st.in_text {
            self.ops.push(Op::EndTextSection);
            self.st.in_text = false;
        }
    }
    fn fill(&mut self, c: Rgb) {
        if self.st.fill != Some(c) {
            self.ops.push(Op::SetFillColor { col: color(c) });
            self.st.fill = Some(c);
        }
    }
    fn stroke(&mut self, s: &Stroke) {
        let key = (s.color, (s.width * 100.0).round() as u32);
        if self.st.stroke != Some(key) {
            self.ops.push(Op::SetOutlineColor {
                col: color(s.color),
            });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
            self.st.stroke = Some(key);
        }
        match s.dash {
            Some([a, b]) => {
                self.ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[a, b]),
                });
                self.st.dashed = true;
            }
            None if self.st.dashed => {
                self.ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::solid(),
                });
                self.st.dashed = false;
            }
            None => {}
        }
    }
    fn shape(
        &mut self,
        points: Vec<LinePoint>,
        closed: bool,
        fill: Option<Rgb>,
        stroke: Option<&Stroke>,
    ) {
        self.end_text();
        if let Some(f) = fill {
            self.fill(f);
        }
        if let Some(s) = stroke {
            self.stroke(s);
        }
        match (fill.is_some(), stroke.is_some()) {
            (false, false) => {}
            (false, true) => self.ops.push(Op::DrawLine {
                line: Line {
                    points,
                    is_closed: closed,
                },
            }),
            (true, has_stroke) => self.ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing { points }],
                    mode: if has_stroke {
                        PaintMode::FillStroke
                    } else {
                        PaintMode::Fill
                    },
                    winding_order: WindingOrder::NonZero,
                },
            }),
        }
    }
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f32,
        y: f32,
        text: String,
        size: f32,
        weight: Weight,
        c: Rgb,
        rotate: f32,
    ) {
        if !self.st.in_text {
            self.ops.push(Op::StartTextSection);
            self.st.in_text = true;
            // A new text object: the font must be set in it again.
            self.st.font = None;
        }
        let key = (weight, (size * 100.0).round() as u32);
        if self.st.font != Some(key) {
            let id = match weight {
                Weight::Regular => self.regular,
                Weight::Bold => self.bold,
            };
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: Pt(size),
            });
            self.st.font = Some(key);
        }
        self.fill(c);
        let (sin, cos) = rotate.to_radians().sin_cos();
        self.ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([cos, sin, -sin, cos, x, y]),
        });
        self.ops.push(Op::ShowText {
            items: vec![TextItem::Text(text)],
        });
    }
}

/// Adds the logo to the document's resources: PNG pixels as a printpdf
/// image (it writes the alpha channel as a soft mask), a JPEG as an image
/// XObject of its own bytes with `/DCTDecode`, which every PDF reader
/// decodes, so nothing is re-encoded or lost.
fn add_logo(doc: &mut PdfDocument, logo: &Logo) -> XObjectId {
    match &logo.image {
        Image::Pixels { channels, pixels } => doc.add_image(&RawImage {
            pixels: RawImageData::U8(pixels.clone()),
            width: logo.width as usize,
            height: logo.height as usize,
            data_format: match channels {
                Channels::Gray => RawImageFormat::R8,
                Channels::GrayAlpha => RawImageFormat::RG8,
                Channels::Rgb => RawImageFormat::RGB8,
                Channels::Rgba => RawImageFormat::RGBA8,
            },
            tag: Vec::new(),
        }),
        Image::Jpeg { colour, bytes } => {
            let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
            let (space, components) = match colour {
                JpegColour::Gray => ("DeviceGray", 1),
                JpegColour::Rgb => ("DeviceRGB", 3),
                JpegColour::Cmyk { .. } => ("DeviceCMYK", 4),
            };
            let mut dict = std::collections::BTreeMap::from([
                ("Type".to_owned(), name("XObject")),
                ("Subtype".to_owned(), name("Image")),
                ("Width".to_owned(), DictItem::Int(i64::from(logo.width))),
                ("Height".to_owned(), DictItem::Int(i64::from(logo.height))),
                ("ColorSpace".to_owned(), name(space)),
                ("BitsPerComponent".to_owned(), DictItem::Int(8)),
                ("Filter".to_owned(), name("DCTDecode")),
            ]);
            if let JpegColour::Cmyk { inverted: true } = colour {
                let decode = (0..components)
                    .flat_map(|_| [DictItem::Int(1), DictItem::Int(0)])
                    .collect();
                dict.insert("Decode".to_owned(), DictItem::Array(decode));
            }
            doc.add_xobject(&ExternalXObject {
                stream: ExternalStream {
                    dict,
                    content: bytes.clone(),
                    // Already compressed; deflating JPEG data gains nothing.
                    compress: false,
                },
                width: Some(Px(logo.width as usize)),
                height: Some(Px(logo.height as usize)),
                dpi: None,
            })
        }
    }
}

/// Writes the laid-out pages as a PDF. Characters the font lacks are added
/// to `missing`.
pub fn write(
    laid: &Laid,
    info: &DocInfo,
    logo: Option<&Logo>,
    missing: &mut BTreeSet<char>,
) -> Result<Vec<u8>> {
    let fonts = Fonts::get()?;
    let (regular, bold) = parsed_fonts()?;
    let mut doc = PdfDocument::new(&info.title);
    let regular_id = doc.add_font(regular);
    let bold_id = doc.add_font(bold);
    let logo_id = logo.map(|l| add_logo(&mut doc, l));
    let mut pages = Vec::with_capacity(laid.pages.len());
    for page in &laid.pages {
        let mut w = Writer {
            ops: Vec::with_capacity(page.items.len() * 4),
            st: State::default(),
            regular: &regular_id,
            bold: &bold_id,
        };
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    text,
                    size,
                    weight,
                    color,
                    rotate,
                } => {
                    let clean = fonts.sanitize(text, missing).replace('\n', " ");
                    if !clean.trim().is_empty() {
                        w.text(*x, *y, clean, *size, *weight, *color, *rotate);
                    }
                }
                Item::Rect {
                    x,
                    y,
                    w: rw,
                    h,
                    fill,
                    stroke,
                } => {
                    let pts = vec![
                        point(*x, *y),
                        point(x + rw, *y),
                        point(x + rw, y + h),
                        point(*x, y + h),
                    ];
                    w.shape(pts, true, *fill, stroke.as_ref());
                }
                Item::Path {
                    points,
                    closed,
                    fill,
                    stroke,
                } => {
                    let pts = points.iter().map(|[x, y]| point(*x, *y)).collect();
                    w.shape(pts, *closed, *fill, stroke.as_ref());
                }
                Item::Logo { x, y, w: lw, h } => {
                    if let Some(id) = &logo_id {
                        w.end_text();
                        // The image is the unit square: scale it to the box,
                        // then move it into place.
                        w.ops.push(Op::UseXobject {
                            id: id.clone(),
                            transform: XObjectTransform {
                                translate_x: Some(Pt(*x)),
                                translate_y: Some(Pt(*y)),
                                scale_x: Some(*lw),
                                scale_y: Some(*h),
                                no_auto_scale: true,
                                ..XObjectTransform::default()
                            },
                        });
                    }
                }
            }
        }
        w.end_text();
        pages.push(PdfPage::new(
            Mm::from(Pt(laid.width)),
            Mm::from(Pt(laid.height)),
            w.ops,
        ));
    }
    doc.with_pages(pages);
    for (name, page) in &laid.bookmarks {
        let clean = fonts.sanitize(name, missing);
        doc.add_bookmark(&clean, page + 1);
    }
    let date = printpdf::OffsetDateTime::from_unix_timestamp(info.created)
        .map_err(|e| Error::Report(format!("creation date {}: {e}", info.created)))?;
    let meta = &mut doc.metadata.info;
    meta.creation_date = date;
    meta.modification_date = date;
    meta.metadata_date = date;
    meta.author = fonts.sanitize(&info.author, missing);
    meta.subject = fonts.sanitize(&info.subject, missing);
    meta.creator = "cx-maturity".to_owned();
    meta.producer = "cx-maturity (printpdf)".to_owned();
    let mut warnings = Vec::new();
    let bytes = doc.save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(Error::Report("printpdf produced an empty document".into()));
    }
    Ok(bytes)
}
