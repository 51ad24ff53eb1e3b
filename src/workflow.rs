//! The sequences that cross the layers: load an assessment from the store,
//! score it, plan its roadmap, render a document. They live here, above
//! [`crate::store`] and [`crate::report`], so that the store knows no
//! document and the report renders what it is given; `cxm` and the desktop
//! app both call these, so the two always write the same file.

use crate::report::{self, Rendered, ReportOptions};
use crate::store::Store;
use crate::{Result, roadmap, scoring};

/// The PDF report of a stored assessment as it is now (answers, targets,
/// roadmap edits) with the consultant's branding: what `cxm report` and the
/// app's "Export PDF…" write.
pub fn render_report(
    store: &Store,
    assessment_id: &str,
    options: &ReportOptions,
) -> Result<Rendered> {
    let data = store.load(assessment_id)?;
    let branding = store.branding()?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    report::render(&data, &sc, &rm, &branding, options)
}

/// The workbook of a stored assessment as it is now, in English: what
/// `cxm export` and the app's "Export XLSX…" write.
pub fn export_workbook(store: &Store, assessment_id: &str) -> Result<Vec<u8>> {
    let data = store.load(assessment_id)?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    report::xlsx::export(&data, &sc, &rm, &report::locale::EN)
}
