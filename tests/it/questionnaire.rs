//! Tests of the questionnaire area.
