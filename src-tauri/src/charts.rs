//! Chart geometry for the results screen, converted from the core's charts
//! (`cx_maturity::report::charts`) into wire shapes the UI draws as SVG
//! elements.

use cx_maturity::model::AssessmentData;
use cx_maturity::scoring::Scorecard;

use crate::wire::Chart;

/// The radar, current-vs-target and heat-map charts of an assessment.
/// Empty until the core's chart geometry is available.
pub fn charts(data: &AssessmentData, scorecard: &Scorecard) -> Vec<Chart> {
    let _ = (data, scorecard);
    Vec::new()
}
