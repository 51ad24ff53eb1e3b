//! The `roadmap_capacity` table: how many actions the roadmap's Now and
//! Next phases hold for one assessment (scoring.md, "Roadmap" rule 4a).
//! No row, or `NULL` in a column, is the default; the values are checked
//! by [`crate::roadmap::check_capacity`] before they are written.

use rusqlite::{OptionalExtension, params};

use super::Store;
use super::assessments::{require_live, touch};
use crate::model::CapacitySetting;
use crate::roadmap::{Phase, check_capacity};
use crate::{Error, Result};

impl Store {
    /// The capacities agreed for an assessment (`None`: the default).
    pub fn roadmap_capacity(&self, assessment_id: &str) -> Result<CapacitySetting> {
        require_live(self.conn(), assessment_id)?;
        read(self.conn(), assessment_id).map_err(self.fail("could not read the roadmap capacities"))
    }

    /// Sets the capacity of one phase (`None`: back to the default), in one
    /// transaction; returns the capacities as stored. Only Now and Next
    /// have one, from 1 to [`crate::roadmap::MAX_CAPACITY`].
    pub fn set_roadmap_capacity(
        &mut self,
        assessment_id: &str,
        phase: Phase,
        capacity: Option<u32>,
    ) -> Result<CapacitySetting> {
        if let Some(c) = capacity {
            check_capacity(phase, c)?;
        } else if phase == Phase::Later {
            return Err(Error::InvalidInput(
                "the Later phase has no capacity; only Now and Next have one".into(),
            ));
        }
        self.write("could not save the roadmap capacity", |tx| {
            require_live(tx, assessment_id)?;
            let upsert = match phase {
                Phase::Now => {
                    "INSERT INTO roadmap_capacity (assessment_id, now_capacity) VALUES (?1, ?2) \
                     ON CONFLICT (assessment_id) DO UPDATE SET now_capacity = excluded.now_capacity"
                }
                Phase::Next | Phase::Later => {
                    "INSERT INTO roadmap_capacity (assessment_id, next_capacity) VALUES (?1, ?2) \
                     ON CONFLICT (assessment_id) DO UPDATE SET next_capacity = excluded.next_capacity"
                }
            };
            tx.execute(upsert, params![assessment_id, capacity])
            .map_err(Error::storage("could not save the roadmap capacity"))?;
            tx.execute(
                "DELETE FROM roadmap_capacity WHERE assessment_id = ?1 \
                 AND now_capacity IS NULL AND next_capacity IS NULL",
                [assessment_id],
            )
            .map_err(Error::storage("could not save the roadmap capacity"))?;
            touch(tx, assessment_id)?;
            read(tx, assessment_id).map_err(Error::storage("could not read the roadmap capacities"))
        })
    }

    /// Both capacities back to their defaults, in one transaction.
    pub fn reset_roadmap_capacity(&mut self, assessment_id: &str) -> Result<()> {
        self.write("could not reset the roadmap capacities", |tx| {
            require_live(tx, assessment_id)?;
            tx.execute(
                "DELETE FROM roadmap_capacity WHERE assessment_id = ?1",
                [assessment_id],
            )
            .map_err(Error::storage("could not reset the roadmap capacities"))?;
            touch(tx, assessment_id)
        })
    }
}

fn read(conn: &rusqlite::Connection, assessment_id: &str) -> rusqlite::Result<CapacitySetting> {
    conn.prepare_cached(
        "SELECT now_capacity, next_capacity FROM roadmap_capacity WHERE assessment_id = ?1",
    )?
    .query_row([assessment_id], |r| {
        Ok(CapacitySetting {
            now: r.get(0)?,
            next: r.get(1)?,
        })
    })
    .optional()
    .map(Option::unwrap_or_default)
}
