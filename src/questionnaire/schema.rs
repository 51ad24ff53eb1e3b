//! The JSON Schema of the questionnaire file format, generated from [`super::raw`].
