//! The `evidence` table: customer evidence (NPS, CSAT, churn) set beside
//! the self-assessment; every record is kept, the latest per metric counts.

use rusqlite::params;
use time::Date;

use super::assessments::{require_live, touch};
use super::{Store, fmt_date, fmt_time, non_empty, now, parse_stored_date, parse_time};
use crate::limits;
use crate::model::{Evidence, EvidenceMetric};
use crate::{Error, Field, Result};

fn metric_text(m: EvidenceMetric) -> &'static str {
    match m {
        EvidenceMetric::Nps => "nps",
        EvidenceMetric::Csat => "csat",
        EvidenceMetric::Churn => "churn",
    }
}

fn metric_from_text(text: &str) -> rusqlite::Result<EvidenceMetric> {
    match text {
        "nps" => Ok(EvidenceMetric::Nps),
        "csat" => Ok(EvidenceMetric::Csat),
        "churn" => Ok(EvidenceMetric::Churn),
        other => Err(rusqlite::Error::InvalidColumnType(
            1,
            format!("metric {other}"),
            rusqlite::types::Type::Text,
        )),
    }
}

/// Checks a metric's value against its range (scoring.md).
pub fn check_value(metric: EvidenceMetric, value: f64) -> Result<()> {
    let (lo, hi) = metric.range();
    let name = match metric {
        EvidenceMetric::Nps => "NPS",
        EvidenceMetric::Csat => "CSAT",
        EvidenceMetric::Churn => "churn",
    };
    if value.is_finite() && (lo..=hi).contains(&value) {
        Ok(())
    } else {
        Err(Error::field(
            Field::EvidenceValue,
            format!("{name} must be a number from {lo} to {hi}; {value} is not"),
        ))
    }
}

impl Store {
    /// Records customer evidence, one record per metric given, all in one
    /// transaction (a command line with `--nps` and `--csat` is one change).
    pub fn record_evidence(
        &mut self,
        assessment_id: &str,
        values: &[(EvidenceMetric, f64)],
        date: Option<Date>,
        source: Option<&str>,
    ) -> Result<Vec<Evidence>> {
        if values.is_empty() {
            return Err(Error::field(
                Field::EvidenceValue,
                "no value was given; give at least one of NPS, CSAT or churn",
            ));
        }
        for (metric, value) in values {
            check_value(*metric, *value)?;
        }
        if let Some(source) = source {
            limits::check_line(Field::EvidenceSource, source, limits::NAME_CHARS)?;
        }
        let at = now();
        let records: Vec<Evidence> = values
            .iter()
            .map(|(metric, value)| Evidence {
                metric: *metric,
                value: *value,
                date,
                source: non_empty(source),
                recorded_at: at,
            })
            .collect();
        self.write("could not save the evidence", |tx| {
            require_live(tx, assessment_id)?;
            for e in &records {
                tx.execute(
                    "INSERT INTO evidence (assessment_id, metric, value, date, source, recorded_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        assessment_id,
                        metric_text(e.metric),
                        e.value,
                        e.date.map(fmt_date),
                        e.source,
                        fmt_time(e.recorded_at)?
                    ],
                )
                .map_err(Error::storage("could not save the evidence"))?;
            }
            touch(tx, assessment_id)
        })?;
        Ok(records)
    }

    /// All evidence of an assessment, oldest first.
    pub fn evidence(&self, assessment_id: &str) -> Result<Vec<Evidence>> {
        require_live(self.conn(), assessment_id)?;
        self.conn()
            .prepare_cached(
                "SELECT metric, value, date, source, recorded_at FROM evidence \
                 WHERE assessment_id = ?1 ORDER BY recorded_at, id",
            )
            .and_then(|mut s| {
                s.query_map([assessment_id], |r| {
                    Ok(Evidence {
                        metric: metric_from_text(&r.get::<_, String>(0)?)?,
                        value: r.get(1)?,
                        date: r
                            .get::<_, Option<String>>(2)?
                            .map(|d: String| parse_stored_date(&d))
                            .transpose()?,
                        source: r.get(3)?,
                        recorded_at: parse_time(&r.get::<_, String>(4)?)?,
                    })
                })?
                .collect()
            })
            .map_err(self.fail("could not read the evidence"))
    }
}
