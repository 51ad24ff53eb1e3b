//! The page around the text: paper size and margins as the PDF's, the
//! running header (the logo, the organisation and the report's title, the
//! consultant at the right) and the footer (consultant, "confidential",
//! date, and the page number as a PAGE field). The cover has neither.

use docx_rs::{Footer, Header, PageMargin, PageNum, Paragraph, Pic, Run, Tab, TabValueType};

use super::styles::id;
use super::text::{emu, twips};
use crate::report::Paper;
use crate::report::layout::{MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X};

/// The text area's width and height in points.
pub fn text_area(paper: Paper) -> (f32, f32) {
    let (w, h) = paper.size();
    (w - 2.0 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM)
}

/// The page's size in twips.
pub fn size(paper: Paper) -> (u32, u32) {
    let (w, h) = paper.size();
    (twips(w) as u32, twips(h) as u32)
}

/// The margins in twips; header and footer sit where the PDF's do.
pub fn margins() -> PageMargin {
    let t = |pt: f32| twips(pt) as i32;
    PageMargin {
        top: t(MARGIN_TOP),
        left: t(MARGIN_X),
        bottom: t(MARGIN_BOTTOM),
        right: t(MARGIN_X),
        header: t(30.0),
        footer: t(28.0),
        gutter: 0,
    }
}

/// A tab stop at the right edge of the text.
fn right_tab(width: f32) -> Tab {
    Tab::new().val(TabValueType::Right).pos(twips(width))
}

/// The running header: the logo (18 points high) when there is one, the
/// organisation and the report's title, the consultant at the right.
pub fn header(
    left: &str,
    consultant: Option<&str>,
    logo: Option<(Vec<u8>, u32, u32)>,
    width: f32,
) -> Header {
    let mut p = Paragraph::new().style(id::HEADER).add_tab(right_tab(width));
    if let Some((png, w, h)) = logo {
        let high = 18.0;
        let wide = (w as f32 * high / h.max(1) as f32).min(120.0);
        let pic = Pic::new_with_dimensions(png, w, h).size(emu(wide), emu(high));
        p = p.add_run(Run::new().add_image(pic).add_text("  "));
    }
    p = p.add_run(Run::new().add_text(left));
    if let Some(c) = consultant {
        p = p.add_run(Run::new().add_tab().add_text(c));
    }
    Header::new().add_paragraph(p)
}

/// The footer: `left` and the page number at the right.
pub fn footer(left: &str, width: f32) -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style(id::FOOTER)
            .add_tab(right_tab(width))
            .add_run(Run::new().add_text(left).add_tab())
            .add_page_num(PageNum::new()),
    )
}
