//! Which of two versions of a questionnaire is the newer one: semver.org's
//! precedence over the `MAJOR.MINOR.PATCH[-pre][+build]` strings the
//! validator accepts. The next round of an assessment may be taken with a
//! newer version of its questionnaire; this decides what "newer" means.

use std::cmp::Ordering;

/// Compares two questionnaire versions by semver precedence: the numbers
/// in turn, then a version without a pre-release after one with it, then
/// the pre-release identifiers one by one (numeric ones as numbers and
/// before words). Build metadata does not count. A string that is not a
/// version orders before every version (and equal to another such string),
/// so it is never taken for a newer one.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a
            .numbers
            .cmp(&b.numbers)
            .then_with(|| compare_pre(&a.pre, &b.pre)),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}

/// Whether `candidate` is a newer version than `than`.
pub fn is_newer(candidate: &str, than: &str) -> bool {
    compare_versions(candidate, than) == Ordering::Greater
}

struct Version<'a> {
    numbers: [u64; 3],
    pre: Vec<&'a str>,
}

fn parse(text: &str) -> Option<Version<'_>> {
    let rest = text.split_once('+').map_or(text, |(r, _)| r);
    let (core, pre) = match rest.split_once('-') {
        Some((c, p)) => (c, p.split('.').collect()),
        None => (rest, Vec::new()),
    };
    let mut parts = core.split('.');
    let mut numbers = [0; 3];
    for n in &mut numbers {
        let part = parts.next()?;
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *n = part.parse().ok()?;
    }
    parts.next().is_none().then_some(Version { numbers, pre })
}

fn compare_pre(a: &[&str], b: &[&str]) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        (false, false) => {}
    }
    for (x, y) in a.iter().zip(b) {
        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            (Err(_), Err(_)) => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    a.len().cmp(&b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver_precedence() {
        // semver.org's own example, in increasing order.
        let ordered = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.2.0",
            "1.10.0",
            "2.0.0",
        ];
        for pair in ordered.windows(2) {
            assert_eq!(
                compare_versions(pair[0], pair[1]),
                Ordering::Less,
                "{pair:?}"
            );
            assert!(is_newer(pair[1], pair[0]), "{pair:?}");
            assert!(!is_newer(pair[0], pair[1]), "{pair:?}");
        }
    }

    #[test]
    fn build_metadata_does_not_count_and_a_non_version_is_never_newer() {
        assert_eq!(compare_versions("1.1.0+2027", "1.1.0"), Ordering::Equal);
        assert!(!is_newer("1.1.0", "1.1.0"));
        assert!(!is_newer("next", "1.0.0"));
        assert!(is_newer("1.0.0", "next"));
        assert!(!is_newer("1.0", "0.9.0"));
        assert!(!is_newer("1.0.0.0", "0.9.0"));
    }
}
