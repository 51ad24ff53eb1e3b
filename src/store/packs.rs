//! Applying self-assessment packs: see [`crate::pack`].
