//! The core's limits and ranges as the screens receive them (dates as
//! `YYYY-MM-DD`, what a date input's `min` and `max` take), and the
//! thresholds rounds are compared by.

use cx_maturity::model::Anonymity;
use cx_maturity::model::EvidenceMetric;
use cx_maturity::scoring::{self, rounds};
use cx_maturity::{dates, limits};

use super::count32;
use crate::wire;

pub(crate) fn rules() -> wire::Rules {
    wire::Rules {
        text: wire::TextLimits {
            name: count32(limits::NAME_CHARS),
            comment: count32(limits::COMMENT_CHARS),
            owner: count32(limits::OWNER_CHARS),
            notes: count32(limits::NOTES_CHARS),
            consultant: count32(limits::CONSULTANT_CHARS),
        },
        questionnaire_max_bytes: u32::try_from(cx_maturity::questionnaire::MAX_FILE_BYTES)
            .unwrap_or(u32::MAX),
        logo_max_bytes: count32(cx_maturity::store::branding::MAX_LOGO_BYTES),
        evidence: EvidenceMetric::ALL
            .into_iter()
            .map(|m| {
                let (min, max) = m.range();
                wire::EvidenceRange {
                    metric: super::results::wire_metric(m),
                    min,
                    max,
                }
            })
            .collect(),
        dates: wire::DateRange {
            min: dates::fmt_date(dates::EARLIEST_DATE),
            max: dates::fmt_date(dates::LATEST_DATE),
        },
        rounds: wire::RoundRules {
            direction_step: rounds::DIRECTION_STEP,
            low_coverage_below: scoring::LOW_COVERAGE_BELOW,
            mostly_carried_below: rounds::MOSTLY_CARRIED_BELOW,
            diverging_nps_drop: rounds::DIVERGING_NPS_DROP,
            diverging_csat_drop: rounds::DIVERGING_CSAT_DROP,
        },
        anonymity: wire::AnonymityRules {
            default_threshold: Anonymity::DEFAULT_THRESHOLD,
            min_threshold: Anonymity::MIN_THRESHOLD,
            max_threshold: Anonymity::MAX_THRESHOLD,
        },
    }
}
