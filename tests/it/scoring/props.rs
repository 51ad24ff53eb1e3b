//! Property tests of scoring (proptest).
