//! The PDF report and the XLSX export: a layout model built from the
//! scorecard and roadmap, rendered with printpdf.
