//! Tests of the roadmap area.
